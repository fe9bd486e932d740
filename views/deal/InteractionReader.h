// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One interaction in full, as the user reads it: subject, kind, direction, time and participants, its
// sentiment with the driving words marked in the text, the content (email HTML sanitized and shown without
// loading anything, a transcript with its speakers), and the +/− rating with an optional note.

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace dp {

class TaskRunner;

class SafeTextBrowser;
struct SanitizedHtml;

class InteractionReader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionReader)

public:
    // Long bodies are sanitized on `runner`'s workers.
    explicit InteractionReader(TaskRunner &runner, QWidget *parent = nullptr);

    // Shows the row of a TimelineModel; an invalid index shows a hint to pick one.
    void display(const QModelIndex &index);
    QModelIndex current() const { return m_index; }
    SafeTextBrowser *browser() const { return m_browser; }

signals:
    // value +1, −1, or 0 to take a rating back.
    void rated(const QModelIndex &index, int value, const QString &note);
    // The content of the current interaction is in the browser (a large email is sanitized on a worker).
    void contentShown();

private:
    void rate(int value);
    void updateRatingControls();
    void changeEvent(QEvent *event) override;
    void applyHighlightStyle();
    // The subject, the sentiment and the content, with the words that drove the score marked.
    void showMarks(const QModelIndex &index);
    void showContent(const QModelIndex &index);
    void showBody(SanitizedHtml body);
    void showMoreOfBody();

    TaskRunner &m_runner;
    QPersistentModelIndex m_index;
    QPointer<const QAbstractItemModel> m_model; // whose changes of marks are followed
    QLabel *m_subject;
    QLabel *m_meta;
    QLabel *m_participants;
    QLabel *m_sentiment;
    SafeTextBrowser *m_browser;
    QPushButton *m_showRest = nullptr; // a body cut at the sanitizer's cap goes on as plain text
    QString m_rest;                    // what is not shown yet of the cut body
    quint64 m_contentTicket = 0;       // the content being prepared; older results are dropped
    QToolButton *m_positive;
    QToolButton *m_negative;
    QLineEdit *m_note;
    QLabel *m_ratingState;
};

} // namespace dp
