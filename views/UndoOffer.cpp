// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace dp {

UndoOffer::UndoOffer(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_button(new QToolButton(this))
    , m_expiry(new QTimer(this)) {
    setObjectName(QStringLiteral("undoOffer"));
    m_message->setObjectName(QStringLiteral("undoMessage"));
    m_message->setTextFormat(Qt::PlainText); // may quote a deal's name
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setText(tr("Undo"));
    m_button->setToolTip(tr("Take the last change back (Ctrl+Z)"));
    m_button->setAccessibleName(tr("Undo the last change"));
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &UndoOffer::withdraw);
    connect(m_button, &QToolButton::clicked, this, &UndoOffer::undo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_button);
    hide();
}

void UndoOffer::offer(const QString &message, std::function<void()> undo, int timeoutMs) {
    m_message->setText(message);
    m_undo = std::move(undo);
    m_expiry->start(timeoutMs);
    show();
}

void UndoOffer::undo() {
    // Taken first: the action may offer something new, and never runs twice.
    std::function<void()> action = std::move(m_undo);
    withdraw();
    if (action)
        action();
}

void UndoOffer::withdraw() {
    m_undo = nullptr;
    m_expiry->stop();
    hide();
}

} // namespace dp
