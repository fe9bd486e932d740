// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help → About Dealpulse: the version, the licence (GPL-3.0-or-later) with its short notice, and the
// third-party notices (THIRD-PARTY.md, embedded as a resource so the dialog and the package say the same).

#include <QDialog>

namespace dp {

class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const QString &version, QWidget *parent = nullptr);

    // THIRD-PARTY.md as built into the program.
    static QString thirdPartyNotices();
};

} // namespace dp
