// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoachingNotesPanel.h"

#include "PlainText.h"
#include "items/WhoseText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp {
namespace {

constexpr int kNoteIdRole = Qt::UserRole + 1;

} // namespace

CoachingNotesPanel::CoachingNotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_submit(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_delete(new QPushButton(tr("Delete"), this)) {
    setObjectName(QStringLiteral("coachingNotes"));
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Coaching notes"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    m_empty->setText(tr("No coaching notes yet."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Coaching note text"));
    m_editor->setPlaceholderText(tr("Write a coaching note for the rep…"));
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 3 + 14);
    m_submit->setObjectName(QStringLiteral("noteSubmit"));
    m_cancel->setObjectName(QStringLiteral("noteCancel"));
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_delete->setObjectName(QStringLiteral("noteDelete"));
    m_edit->setToolTip(tr("Only the author can edit a note"));
    m_delete->setToolTip(tr("Only the author can delete a note"));

    auto *noteButtons = new QHBoxLayout;
    noteButtons->addStretch(1);
    noteButtons->addWidget(m_edit);
    noteButtons->addWidget(m_delete);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_cancel);
    editorButtons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(noteButtons);
    layout->addWidget(m_editor);
    layout->addLayout(editorButtons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CoachingNotesPanel::updateButtons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CoachingNotesPanel::updateButtons);
    connect(m_edit, &QPushButton::clicked, this, &CoachingNotesPanel::startEditing);
    connect(m_submit, &QPushButton::clicked, this, &CoachingNotesPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CoachingNotesPanel::cancelEditing);
    connect(m_delete, &QPushButton::clicked, this, &CoachingNotesPanel::deleteSelected);
    updateButtons();
}

QString CoachingNotesPanel::opening(const QString &body) {
    constexpr int kWords = 8;
    const QStringList words = body.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString text = words.mid(0, kWords).join(QLatin1Char(' '));
    if (words.size() > kWords)
        text += QStringLiteral("…");
    return text;
}

bool CoachingNotesPanel::askToDelete(QWidget *parent, const QString &opening) {
    // Plain text: the note is the manager's own words and may hold anything, "<b>" included.
    QMessageBox box(QMessageBox::Question, tr("Delete the note?"),
                    tr("Delete the coaching note “%1”? This cannot be undone.").arg(opening),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("noteDeleteConfirm"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void CoachingNotesPanel::deleteSelected() {
    const CoachingNote *note = selectedNote();
    if (!note || !isMine(*note))
        return;
    // Copied: while the question is open, new notes may arrive and replace m_notes.
    const qint64 id = note->id;
    if (m_confirmDelete(this, opening(note->body)))
        emit deleteRequested(id);
}

void CoachingNotesPanel::setNotes(const QList<CoachingNote> &notes) {
    m_notes = notes;
    m_list->clear();
    for (const CoachingNote &note : notes) {
        const bool mine = isMine(note);
        auto *item =
            new QListWidgetItem(note.body + QStringLiteral("\n— ") + whose::noteByline(note, mine, m_zone));
        item->setData(kNoteIdRole, note.id);
        // The author's name comes from the cache: escaped, so a tooltip never renders it as markup.
        item->setToolTip(mine ? tr("Your note") : plainToolTip(tr("Written by %1").arg(note.author)));
        m_list->addItem(item);
    }
    m_list->setVisible(!notes.isEmpty());
    m_empty->setVisible(notes.isEmpty());
    cancelEditing();
}

const CoachingNote *CoachingNotesPanel::selectedNote() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_notes.size() ? &m_notes[row] : nullptr;
}

void CoachingNotesPanel::updateButtons() {
    const CoachingNote *note = selectedNote();
    const bool mine = note && isMine(*note);
    m_edit->setEnabled(mine && m_editing == 0);
    m_delete->setEnabled(mine && m_editing == 0);
    m_submit->setText(m_editing ? tr("Save changes") : tr("Add note"));
    m_submit->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
    m_cancel->setVisible(m_editing != 0);
}

void CoachingNotesPanel::startEditing() {
    const CoachingNote *note = selectedNote();
    if (!note || !isMine(*note))
        return;
    m_editing = note->id;
    m_editor->setPlainText(note->body);
    m_editor->setFocus();
    updateButtons();
}

void CoachingNotesPanel::submit() {
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    if (m_editing)
        emit editRequested(m_editing, text);
    else
        emit addRequested(text);
}

void CoachingNotesPanel::cancelEditing() {
    m_editing = 0;
    m_editor->clear();
    updateButtons();
}

} // namespace dp
