// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks why an alert is snoozed and until when; both are kept for coaching review.

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;

namespace dp {

struct SnoozeChoice {
    QString reason;
    QDate resumeOn;
};

class SnoozeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeDialog)

public:
    SnoozeDialog(const QString &dealName, const QDate &today, QWidget *parent = nullptr);
    SnoozeChoice choice() const;

    // Shows the dialog; nothing when the user cancelled or gave no reason.
    static std::optional<SnoozeChoice> ask(const QString &dealName, const QDate &today, QWidget *parent);

private:
    QComboBox *m_reason;
    QDateEdit *m_resumeOn;
};

} // namespace dp
