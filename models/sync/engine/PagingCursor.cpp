// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/PagingCursor.h"

#include "sync/engine/SyncError.h"

#include <QCoreApplication>
#include <QUrl>

namespace dp::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::sync::PagingCursor", text);
}

} // namespace

CursorHistory::CursorHistory(QString service, QString listing)
    : m_service(std::move(service))
    , m_listing(std::move(listing)) {}

SyncError repeatedCursorError(const QString &service, const QString &listing) {
    return SyncError(SyncError::Kind::Protocol,
                     tr("%1 sent the same paging cursor twice while listing %2; the sync stopped instead "
                        "of reading the same pages forever. Try again later.")
                         .arg(service, listing));
}

void CursorHistory::advance(const QString &cursor) {
    if (cursor.isEmpty())
        return;
    if (m_seen.contains(cursor))
        throw repeatedCursorError(m_service, m_listing);
    m_seen.insert(cursor);
}

void checkNextRecordsUrl(const QString &url, const QString &object) {
    // Checked both as sent and decoded, so "%2e%2e" or an encoded "//" cannot hide a way out.
    const QString decoded = QUrl::fromPercentEncoding(url.toUtf8());
    bool safe = true;
    for (const QString &text : {url, decoded}) {
        safe = safe && text.startsWith(QLatin1String("/services/data/")) &&
               !text.contains(QLatin1String("..")) && !text.contains(QLatin1String("//")) &&
               !text.contains(QLatin1Char('\\')) && !text.contains(QLatin1Char('@'));
        for (const QChar c : text)
            safe = safe && c.unicode() > 0x20 && c.unicode() < 0x7f;
    }
    const QUrl parsed(url);
    safe = safe && parsed.isValid() && parsed.scheme().isEmpty() && parsed.host().isEmpty();
    if (!safe)
        throw SyncError(SyncError::Kind::Protocol,
                        tr("Salesforce gave an address for the next %1 records that is not a path on the "
                           "instance (%2); the sync stopped rather than follow it.")
                            .arg(object, url.left(80)));
}

} // namespace dp::sync
