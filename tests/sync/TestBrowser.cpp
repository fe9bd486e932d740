// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBrowser.h"

#include <QNetworkProxy>
#include <QNetworkReply>

namespace dp::test {

TestBrowser::TestBrowser() {
    m_network.setProxy(QNetworkProxy::NoProxy); // everything it visits is on this computer
}

bool TestBrowser::open(const QUrl &url) {
    ++m_opened;
    m_lastRequest = m_tamper ? m_tamper(url) : url;
    QNetworkRequest request(m_lastRequest);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return true;
}

QUrl TestBrowser::withQueryValue(const QUrl &url, const QString &key, const QString &value) {
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    QUrl changed = url;
    changed.setQuery(query);
    return changed;
}

} // namespace dp::test
