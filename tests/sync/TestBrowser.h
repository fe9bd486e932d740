// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stand-in for the user's web browser in the sign-in tests: it loads the authorisation page the sign-in
// opens (a test server, which answers as a user who signed in) and follows its redirect to the app's
// loopback port, over real HTTP. A tamper function changes the address on the way, as a hostile page or a
// meddling extension could.

#include "sync/http/BrowserSignIn.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace dp::test {

class TestBrowser final {
public:
    TestBrowser();
    TestBrowser(const TestBrowser &) = delete;
    TestBrowser &operator=(const TestBrowser &) = delete;

    void setTamper(std::function<QUrl(const QUrl &)> tamper) { m_tamper = std::move(tamper); }
    // Loads the page; true as a real browser would say it started.
    bool open(const QUrl &url);
    sync::BrowserSignIn::OpenBrowser opener() {
        return [this](const QUrl &url) { return open(url); };
    }
    int pagesOpened() const { return m_opened; }
    // The last address requested (after tampering).
    QUrl lastRequest() const { return m_lastRequest; }

    // The same address with one query value replaced.
    static QUrl withQueryValue(const QUrl &url, const QString &key, const QString &value);

private:
    QNetworkAccessManager m_network;
    std::function<QUrl(const QUrl &)> m_tamper;
    QUrl m_lastRequest;
    int m_opened = 0;
};

} // namespace dp::test
