// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowIcon.h"

#include <QDir>

namespace dp {

QIcon windowIcon() {
    // One folder per size (:/icons/16, :/icons/32, …), as packaging/CMakeLists.txt renders them.
    QIcon icon;
    const QDir root(QStringLiteral(":/icons"));
    for (const QString &size : root.entryList(QDir::Dirs))
        icon.addFile(root.filePath(size + QStringLiteral("/io.dealpulse.Dealpulse.png")),
                     QSize(size.toInt(), size.toInt()));
    return icon;
}

} // namespace dp
