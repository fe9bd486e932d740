#include "SafeTextBrowser.h"

#include <QDesktopServices>

namespace dp {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent) {
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
    m_requested.append(name);
    return {};
}

} // namespace dp
