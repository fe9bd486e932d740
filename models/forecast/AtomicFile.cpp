#include "forecast/AtomicFile.h"

namespace dp {

AtomicFile::AtomicFile(const QString &path)
    : m_file(path) {}

bool AtomicFile::open() {
    if (m_file.open(QIODevice::WriteOnly))
        return true;
    m_error = QStringLiteral("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

void AtomicFile::write(const QByteArray &bytes) {
    if (!m_failed && m_file.write(bytes) != bytes.size())
        m_failed = true;
}

bool AtomicFile::commit() {
    if (m_failed || !m_file.commit()) {
        m_error = QStringLiteral("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace dp
