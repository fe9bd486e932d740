// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal's coaching notes, newest first (text, then whose: "you" or the author, and when), and a box to
// write one. A note can be edited or deleted only by its author: the buttons say so by being disabled for
// anyone else's note.

#include "domain/Records.h"

#include <QTimeZone>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dp {

class CoachingNotesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingNotesPanel)

public:
    // Asked before a note is deleted, with the note's first words; true deletes it. Tests answer it.
    using ConfirmDelete = std::function<bool(QWidget *parent, const QString &opening)>;

    explicit CoachingNotesPanel(QWidget *parent = nullptr);

    // The question as the manager sees it: "No" is the default, so a stray Enter keeps the note.
    static bool askToDelete(QWidget *parent, const QString &opening);
    // A note's first words (at most eight, "…" when there are more), on one line.
    static QString opening(const QString &body);
    void setDeleteConfirm(ConfirmDelete confirm) { m_confirmDelete = std::move(confirm); }

    void setUser(const QString &user) { m_user = user; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setNotes(const QList<CoachingNote> &notes);
    const QList<CoachingNote> &notes() const { return m_notes; }

signals:
    void addRequested(const QString &text);
    void editRequested(qint64 noteId, const QString &text);
    void deleteRequested(qint64 noteId);

private:
    void updateButtons();
    void startEditing();
    void submit();
    void cancelEditing();
    const CoachingNote *selectedNote() const;

    void deleteSelected();
    // Only the author edits a note (DealActions checks the same), and the list calls that author "you".
    bool isMine(const CoachingNote &note) const { return !m_user.isEmpty() && note.author == m_user; }

    QString m_user;
    ConfirmDelete m_confirmDelete = &CoachingNotesPanel::askToDelete;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<CoachingNote> m_notes;
    qint64 m_editing = 0; // the note being edited, 0 when writing a new one
    QListWidget *m_list;
    QLabel *m_empty;
    QPlainTextEdit *m_editor;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace dp
