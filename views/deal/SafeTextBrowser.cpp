// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeTextBrowser.h"

#include <QDesktopServices>

namespace dp {

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent) {
    setResourceProvider([this](const QUrl &name) { return refuse(name); });
}

QVariant SafeTextDocument::refuse(const QUrl &name) {
    m_requested.append(name);
    return QVariant(QByteArray());
}

QVariant SafeTextDocument::loadResource(int, const QUrl &name) {
    // The base class would ask the parent, then decode data: URLs and read files; none of it happens.
    return refuse(name);
}

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new SafeTextDocument(this)) {
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    // A link is handed to the user's browser or mail program only when it is one they can judge there.
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &name) {
    return m_document->refuse(name);
}

} // namespace dp
