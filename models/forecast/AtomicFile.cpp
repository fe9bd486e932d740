// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dp {

AtomicFile::AtomicFile(const QString &path)
    : m_file(path) {}

bool AtomicFile::open() {
    const bool replacing = QFileInfo::exists(m_file.fileName());
    if (m_file.open(QIODevice::WriteOnly)) {
        // QSaveFile gives a new file 0666 less the umask (usually 0644); its temporary file is set before
        // anything is written and the rename keeps the mode.
        if (!replacing)
            m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }
    m_error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                  .arg(m_file.fileName(), m_file.errorString());
    return false;
}

void AtomicFile::write(const QByteArray &bytes) {
    if (!m_failed && m_file.write(bytes) != bytes.size())
        m_failed = true;
}

bool AtomicFile::commit() {
    if (m_failed || !m_file.commit()) {
        m_error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace dp
