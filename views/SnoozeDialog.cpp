// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnoozeDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp {

SnoozeDialog::SnoozeDialog(const QString &dealName, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_resumeOn(new QDateEdit(this)) {
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze alert"));
    m_reason->setObjectName(QStringLiteral("snoozeReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setEditable(true);
    m_reason->addItems({QString(), tr("Buyer is on holiday"), tr("Waiting for legal or procurement"),
                        tr("Rep is in touch by phone"), tr("Budget decision next quarter")});
    m_reason->lineEdit()->setPlaceholderText(tr("Why is this deal quiet?"));
    m_resumeOn->setObjectName(QStringLiteral("snoozeResumeOn"));
    m_resumeOn->setAccessibleName(tr("Alert again on"));
    m_resumeOn->setCalendarPopup(true);
    m_resumeOn->setMinimumDate(today.addDays(1));
    m_resumeOn->setDate(today.addDays(14));

    auto *title = new QLabel(tr("Snooze the alert for <b>%1</b>").arg(dealName.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("snoozeTitle"));
    // Markup on purpose with the deal's name escaped: rich text whatever the translation starts with.
    title->setTextFormat(Qt::RichText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Alert again on"), m_resumeOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QComboBox::currentTextChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SnoozeChoice SnoozeDialog::choice() const {
    return SnoozeChoice{m_reason->currentText().trimmed(), m_resumeOn->date()};
}

std::optional<SnoozeChoice> SnoozeDialog::ask(const QString &dealName, const QDate &today, QWidget *parent) {
    SnoozeDialog dialog(dealName, today, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice().reason.isEmpty())
        return std::nullopt;
    return dialog.choice();
}

} // namespace dp
