// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exports are written to a temporary file and renamed into place only when complete, so a failure or a
// cancel never leaves half a file where the user expects a report. A new file is readable by its owner
// alone (0600), as KeePassXC writes its databases: exports carry customer names and amounts. A file replaced
// keeps the permissions it had, which its owner chose.

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace dp {

class AtomicFile final {
public:
    explicit AtomicFile(const QString &path);
    // False with error() set when the folder cannot be written.
    bool open();
    void write(const QByteArray &bytes);
    // For writers that need a device (QPdfWriter); their write errors fail commit() too.
    QIODevice *device() { return &m_file; }
    // Renames into place; false with error() set when any write failed.
    bool commit();
    QString error() const { return m_error; }

private:
    QSaveFile m_file;
    QString m_error;
    bool m_failed = false;
};

} // namespace dp
