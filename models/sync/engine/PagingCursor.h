// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Guards on the cursors servers hand out for the next page. A cursor seen before in the same listing would
// read the same pages again and again, forever; and Salesforce's nextRecordsUrl is appended to the instance
// address, so anything but a path on that instance could send the bearer token elsewhere.

#include "sync/engine/SyncError.h"

#include <QSet>
#include <QString>

namespace dp::sync {

// The error for a listing that handed out a cursor it gave before (or, for searches that walk by offset and
// stamp, a page that moved neither): reading on would loop forever.
SyncError repeatedCursorError(const QString &service, const QString &listing);

class CursorHistory final {
public:
    // service and listing name the error: "HubSpot", "deals".
    CursorHistory(QString service, QString listing);
    // Remembers cursor; throws SyncError(Protocol) when this listing already had it. Empty cursors (the
    // end) are not remembered.
    void advance(const QString &cursor);

private:
    QString m_service;
    QString m_listing;
    QSet<QString> m_seen;
};

// Throws SyncError(Protocol) unless url is a path under /services/data/ with no scheme, host or "..".
void checkNextRecordsUrl(const QString &url, const QString &object);

} // namespace dp::sync
