// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/DealRowsHash.h"

#include "forecast/SnapshotJson.h"

namespace dp {

void DealRowsHash::add(const SnapshotDeal &deal) {
    m_hash.addData(snapshotDealLine(deal));
    m_hash.addData(QByteArrayView("\n"));
}

QString DealRowsHash::hex() {
    return QString::fromLatin1(m_hash.result().toHex());
}

QString DealRowsHash::of(const QList<SnapshotDeal> &deals) {
    DealRowsHash hash;
    for (const SnapshotDeal &deal : deals)
        hash.add(deal);
    return hash.hex();
}

} // namespace dp
