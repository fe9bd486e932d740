// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SHA-256 every export carries over its deal rows, so a forwarded file can be checked against the cache
// later: each deal as its compact JSON line (snapshotDealLine) followed by a line feed, in export order.
// Every format hashes the same lines, so a CSV, an XLSX and a JSON of one export carry the same value.

#include "forecast/Snapshot.h"

#include <QCryptographicHash>
#include <QList>
#include <QString>

namespace dp {

class DealRowsHash final {
public:
    DealRowsHash()
        : m_hash(QCryptographicHash::Sha256) {}
    void add(const SnapshotDeal &deal);
    // Lower-case hex; the hash cannot take more deals afterwards.
    QString hex();

    static QString of(const QList<SnapshotDeal> &deals);

private:
    QCryptographicHash m_hash;
};

} // namespace dp
