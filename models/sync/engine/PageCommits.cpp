// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/PageCommits.h"

#include "store/SearchStore.h"

namespace dp::sync {

void PageCommits::beginPage() {
    if (m_open)
        return;
    m_open.emplace(m_db);
    m_openedAt.start();
    m_records = 0;
}

bool PageCommits::pageWritten(int records) {
    m_records += records;
    const bool old = m_maxAge && m_openedAt.elapsed() >= m_maxAge->count();
    if (m_records < m_recordsPerCommit && !old)
        return false;
    return commit();
}

bool PageCommits::commit() {
    if (!m_open)
        return false;
    // Indexed once per transaction: FTS5 writes one segment per transaction whatever its size.
    SearchStore(m_db).indexPending();
    m_open->commit();
    m_open.reset();
    return true;
}

} // namespace dp::sync
