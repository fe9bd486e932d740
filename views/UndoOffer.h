// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A short-lived "done — Undo" offer in the status bar: what was just done, and a button that takes it back
// for a few seconds. A new offer replaces the one before (only the latest action can be undone).

#include <QWidget>
#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace dp {

class UndoOffer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoOffer)

public:
    explicit UndoOffer(QWidget *parent = nullptr);

    // Shows `message` with Undo for `timeoutMs`; `undo` runs at most once, when Undo is chosen in time.
    void offer(const QString &message, std::function<void()> undo, int timeoutMs = 10000);
    bool isOffered() const { return bool(m_undo); }
    // Takes the offered action back (the button, or Ctrl+Z on the page that made it); nothing when none is.
    void undo();
    // The offer ends unused (the data it would restore was replaced).
    void withdraw();

private:
    QLabel *m_message;
    QToolButton *m_button;
    QTimer *m_expiry;
    std::function<void()> m_undo;
};

} // namespace dp
