// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheStatusLine.h"

#include "MainWindow.h"
#include "PlainText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace dp {
namespace {

QString formatInstant(Millis at, const QTimeZone &zone) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, zone), QLocale::ShortFormat);
}

} // namespace

CacheStatusLine::CacheStatusLine(QWidget *parent)
    : QWidget(parent)
    , m_cache(new QLabel(this))
    , m_figures(new QLabel(this)) {
    m_cache->setObjectName(QStringLiteral("cacheLabel"));
    m_figures->setObjectName(QStringLiteral("syncLabel"));
    // A file name and error messages (which quote SQLite and file names), never markup.
    m_cache->setTextFormat(Qt::PlainText);
    m_figures->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cache);
    layout->addWidget(m_figures, 1);
    setCache({});
}

void CacheStatusLine::setCache(const QString &path) {
    // The window's words: these strings were always the window's to translate.
    m_cache->setText(path.isEmpty() ? MainWindow::tr("No cache open")
                                    : MainWindow::tr("Cache: %1").arg(QFileInfo(path).fileName()));
    m_cache->setToolTip(path.isEmpty() ? QString() : plainToolTip(path));
}

void CacheStatusLine::setMessage(const QString &text) {
    m_figures->setText(text);
}

void CacheStatusLine::showFigures(const CacheContent &content, int goingDarkDays, const QTimeZone &zone) {
    QStringList parts;
    if (content.lastSyncedAt)
        parts.append(MainWindow::tr("Last synced %1").arg(formatInstant(*content.lastSyncedAt, zone)));
    else if (content.generatedAt)
        parts.append(MainWindow::tr("Demo data from %1").arg(formatInstant(*content.generatedAt, zone)));
    else
        parts.append(MainWindow::tr("Never synced"));
    if (!content.rows.isEmpty())
        parts.append(
            MainWindow::tr("figures as of %1").arg(formatInstant(content.rows.first().metrics.asOf, zone)));
    parts.append(MainWindow::tr("going dark after %n day(s)", nullptr, goingDarkDays));
    m_figures->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace dp
