// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionReader.h"

#include "SafeTextBrowser.h"
#include "TimelineDelegate.h"
#include "items/TimelineModel.h"
#include "tasks/TaskRunner.h"
#include "text/HighlightedText.h"
#include "text/HtmlSanitizer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextFormat>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace dp {
namespace {

// Content (email HTML or plain text) up to this size is prepared on the GUI thread: the sanitizer is linear,
// so this takes a few milliseconds at worst and the body shows without a blank moment. Larger bodies go to
// a worker.
constexpr qsizetype kPrepareHere = 16 * 1024;
// The rest of a cut body is added a page at a time, so one click lays out a bounded amount of text: a page
// holds this many characters, a line counting kLineCost, and its lines and words are at most kLongestLine
// and kLongestWord long.
constexpr qsizetype kRestPage = 32'000;
constexpr qsizetype kLineCost = 20;
constexpr qsizetype kLongestLine = 5'000;
constexpr qsizetype kLongestWord = 1'000;

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

// The driving words: tinted in the colour of the way they pushed the score, readable on either palette.
// Terms learned from ratings are also set in italics and underlined, so they stand apart without colour.
QString highlightStyle(const QPalette &palette) {
    const bool dark = isDark(palette);
    const QString positive = dark ? QStringLiteral("#1f5136") : QStringLiteral("#c9f0d6");
    const QString negative = dark ? QStringLiteral("#6a2630") : QStringLiteral("#ffd3d6");
    return QStringLiteral(".pos { background-color: %1; } .neg { background-color: %2; }"
                          " .lpos { background-color: %1; font-style: italic; text-decoration: underline; }"
                          " .lneg { background-color: %2; font-style: italic; text-decoration: underline; }")
        .arg(positive, negative);
}

} // namespace

InteractionReader::InteractionReader(TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_subject(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_participants(new QLabel(this))
    , m_sentiment(new QLabel(this))
    , m_browser(new SafeTextBrowser(this))
    , m_positive(new QToolButton(this))
    , m_negative(new QToolButton(this))
    , m_note(new QLineEdit(this))
    , m_ratingState(new QLabel(this)) {
    setObjectName(QStringLiteral("interactionReader"));
    m_subject->setObjectName(QStringLiteral("readerSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::RichText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_subject->setFont(title);
    m_meta->setObjectName(QStringLiteral("readerMeta"));
    // Names, addresses and statuses as the CRM and the mail gave them: a sender named "<img src=…>" is
    // shown as those characters, never as a picture.
    m_meta->setTextFormat(Qt::PlainText);
    m_participants->setObjectName(QStringLiteral("readerParticipants"));
    m_participants->setTextFormat(Qt::PlainText);
    m_participants->setWordWrap(true);
    m_participants->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentiment->setObjectName(QStringLiteral("readerSentiment"));
    m_sentiment->setWordWrap(true);
    m_sentiment->setTextFormat(Qt::RichText);
    m_browser->setObjectName(QStringLiteral("readerContent"));
    m_browser->setAccessibleName(tr("Interaction content"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_showRest = new QPushButton(this);
    m_showRest->setObjectName(QStringLiteral("readerShowRest"));
    m_showRest->setText(tr("Show the rest"));
    m_showRest->setAccessibleName(tr("Show the rest of this email"));
    m_showRest->setToolTip(tr("This email is long: the rest is shown as plain text"));
    m_showRest->hide();
    connect(m_showRest, &QPushButton::clicked, this, &InteractionReader::showMoreOfBody);

    m_positive->setObjectName(QStringLiteral("ratePositive"));
    m_positive->setText(tr("+ Positive"));
    m_positive->setToolTip(tr("Rate this interaction positive"));
    m_positive->setAccessibleName(tr("Rate positive"));
    m_negative->setObjectName(QStringLiteral("rateNegative"));
    m_negative->setText(tr("− Negative"));
    m_negative->setToolTip(tr("Rate this interaction negative"));
    m_negative->setAccessibleName(tr("Rate negative"));
    for (QToolButton *button : {m_positive, m_negative}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(96);
    }
    m_note->setObjectName(QStringLiteral("ratingNote"));
    m_note->setPlaceholderText(tr("Optional note: why? (Enter saves)"));
    m_note->setAccessibleName(tr("Rating note"));
    m_note->setClearButtonEnabled(true);
    m_ratingState->setObjectName(QStringLiteral("ratingState"));
    // Other people's names and notes come from the team server: text, never markup.
    m_ratingState->setTextFormat(Qt::PlainText);
    m_ratingState->setWordWrap(true);

    auto *ratingRow = new QHBoxLayout;
    auto *question = new QLabel(tr("Your rating:"), this);
    ratingRow->addWidget(question);
    ratingRow->addWidget(m_positive);
    ratingRow->addWidget(m_negative);
    ratingRow->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    layout->addWidget(m_subject);
    layout->addWidget(m_meta);
    layout->addWidget(m_participants);
    layout->addWidget(m_sentiment);
    layout->addSpacing(4);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_showRest, 0, Qt::AlignLeft);
    layout->addLayout(ratingRow);
    layout->addWidget(m_ratingState);

    connect(m_positive, &QToolButton::clicked, this, [this] { rate(m_positive->isChecked() ? 1 : 0); });
    connect(m_negative, &QToolButton::clicked, this, [this] { rate(m_negative->isChecked() ? -1 : 0); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        const int value = m_index.isValid() ? m_index.data(TimelineModel::RatingRole).toInt() : 0;
        if (value != 0)
            rate(value);
    });
    applyHighlightStyle();
    display(QModelIndex());
}

void InteractionReader::applyHighlightStyle() {
    m_browser->document()->setDefaultStyleSheet(highlightStyle(palette()));
}

void InteractionReader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange) {
        applyHighlightStyle();
        display(m_index);
    }
    QWidget::changeEvent(event);
}

void InteractionReader::display(const QModelIndex &index) {
    m_index = index;
    const bool valid = index.isValid();
    if (valid && index.model() != m_model) {
        if (m_model)
            disconnect(m_model, &QAbstractItemModel::dataChanged, this, nullptr);
        m_model = index.model();
        // A rating teaches the learner, and the model marks its terms again: the words shown follow.
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &top, const QModelIndex &bottom, const QList<int> &roles) {
                    if (m_index.isValid() && m_index.row() >= top.row() && m_index.row() <= bottom.row() &&
                        (roles.isEmpty() || roles.contains(TimelineModel::LearnedTermsRole)))
                        showMarks(m_index);
                });
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_positive, m_negative, m_note})
        widget->setEnabled(valid);
    if (!valid) {
        m_subject->setText(escapeHtml(tr("Select an interaction in the timeline to read it")));
        m_meta->clear();
        m_participants->clear();
        m_sentiment->clear();
        m_sentiment->setToolTip(QString());
        ++m_contentTicket;
        m_browser->clear();
        m_rest.clear();
        m_showRest->hide();
        m_ratingState->clear();
        return;
    }
    QStringList meta{index.data(TimelineModel::KindTextRole).toString(),
                     index.data(TimelineModel::DirectionTextRole).toString(),
                     index.data(TimelineModel::TimeTextRole).toString()};
    const QString status = index.data(TimelineModel::StatusTextRole).toString();
    if (!status.isEmpty())
        meta.append(status);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_participants->setText(index.data(TimelineModel::ParticipantsRole).toString());
    showMarks(index);
    m_note->setText(index.data(TimelineModel::RatingNoteRole).toString());
    updateRatingControls();
}

void InteractionReader::showMarks(const QModelIndex &index) {
    m_subject->setText(QStringLiteral("<style>") + highlightStyle(palette()) + QStringLiteral("</style>") +
                       index.data(TimelineModel::SubjectHtmlRole).toString());
    const QVariant sentiment = index.data(TimelineModel::SentimentRole);
    if (sentiment.isValid()) {
        const QColor colour = TimelineDelegate::sentimentColor(sentiment.toDouble(), palette());
        QString text =
            QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                .arg(colour.name(), escapeHtml(index.data(TimelineModel::SentimentTextRole).toString()));
        const QStringList words = index.data(TimelineModel::DrivingWordsRole).toStringList();
        if (!words.isEmpty())
            text +=
                QStringLiteral(" &nbsp;") +
                escapeHtml(tr("driven by %1").arg(QLocale().quoteString(words.join(QLatin1String(", ")))));
        const QStringList learned = index.data(TimelineModel::LearnedTermsRole).toStringList();
        // The learned terms as the card sets them: in italics after their label, each underlined.
        if (!learned.isEmpty()) {
            QStringList terms;
            for (const QString &term : learned)
                terms.append(QStringLiteral("<u>%1</u>").arg(escapeHtml(term)));
            text += QStringLiteral(" &nbsp;<i>%1 %2</i>")
                        .arg(escapeHtml(TimelineModel::learnedLabel()), terms.join(QLatin1String(", ")));
        }
        m_sentiment->setText(text);
        m_sentiment->setToolTip(index.data(Qt::ToolTipRole).toString());
    } else {
        m_sentiment->setText(escapeHtml(tr("No sentiment score")));
        m_sentiment->setToolTip(QString());
    }
    showContent(index);
}

void InteractionReader::showContent(const QModelIndex &index) {
    const quint64 ticket = ++m_contentTicket;
    const auto *timeline = qobject_cast<const TimelineModel *>(index.model());
    if (!timeline) {
        // Not the timeline itself (no view shows it through a proxy today): the model's rich text is capped
        // all the same, but a large body would be prepared here, on the GUI thread.
        showBody({index.data(TimelineModel::ContentHtmlRole).toString(), false, {}});
        return;
    }
    TimelineModel::Content content = timeline->content(index.row());
    if (content.size() <= kPrepareHere) {
        showBody(TimelineModel::prepare(content));
        return;
    }
    m_browser->setPlainText(content.unsafeHtml.isEmpty() ? tr("Preparing this long text…")
                                                         : tr("Preparing this long email…"));
    m_rest.clear();
    m_showRest->hide();
    m_runner.run<SanitizedHtml>(
        this, [content = std::move(content)] { return TimelineModel::prepare(content); },
        [this, ticket](SanitizedHtml body) {
            if (ticket == m_contentTicket) // the user moved on meanwhile
                showBody(std::move(body));
        });
}

void InteractionReader::showBody(SanitizedHtml body) {
    // The sanitizer's caps bound what this lays out (see tests/bench/bench_email_html).
    m_browser->setHtml(body.html);
    m_rest = body.truncated ? std::move(body.rest) : QString();
    m_showRest->setText(tr("Show the rest"));
    m_showRest->setVisible(!m_rest.isEmpty());
    emit contentShown();
}

void InteractionReader::showMoreOfBody() {
    // A page ends where its characters and lines (each a block to lay out) reach kRestPage.
    qsizetype size = 0;
    for (qsizetype cost = 0; size < m_rest.size() && cost < kRestPage; ++size)
        cost += m_rest[size] == QLatin1Char('\n') ? kLineCost : 1;
    if (size < m_rest.size()) {
        // End the page at a line or word where there is one, never inside a surrogate pair.
        const qsizetype line = m_rest.lastIndexOf(QLatin1Char('\n'), size);
        const qsizetype space = m_rest.lastIndexOf(QLatin1Char(' '), size);
        if (line > size / 2)
            size = line + 1;
        else if (space > size / 2)
            size = space + 1;
        else if (m_rest[size - 1].isHighSurrogate())
            --size;
    }
    // Qt lays out a paragraph in one piece, and slowly when a word is longer than a line: a long line is
    // broken at a space, or anywhere (not inside a surrogate pair) when it has none.
    QString page;
    page.reserve(size + size / kLongestLine + 1);
    qsizetype line = 0; // characters since the line began
    qsizetype word = 0; // since the last space
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = m_rest[i];
        if (c == QLatin1Char('\n')) {
            line = word = 0;
        } else if (c == QLatin1Char(' ')) {
            word = 0;
            if (++line >= kLongestLine) {
                page += QLatin1Char('\n');
                line = 0;
                continue;
            }
        } else if (++line, ++word >= kLongestWord && !c.isLowSurrogate()) {
            page += QLatin1Char('\n');
            line = word = 1;
        }
        page += c;
    }
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    // As text, never read as HTML, in a plain format (not the link or bold the body may have ended in).
    cursor.insertText(page, QTextCharFormat());
    m_rest.remove(0, size);
    m_showRest->setText(tr("Show more"));
    m_showRest->setVisible(!m_rest.isEmpty());
}

void InteractionReader::updateRatingControls() {
    const int value = m_index.isValid() ? m_index.data(TimelineModel::RatingRole).toInt() : 0;
    m_positive->setChecked(value > 0);
    m_negative->setChecked(value < 0);
    m_ratingState->setText(m_index.data(TimelineModel::RatingsTextRole).toString());
}

void InteractionReader::rate(int value) {
    if (!m_index.isValid())
        return;
    emit rated(m_index, value, m_note->text().trimmed());
    // The page stores the rating before rated() returns and updates the model only when the write worked:
    // the note goes with a rating taken back, and stays for another try when the cache refused it.
    if (value == 0 && m_index.isValid() && m_index.data(TimelineModel::RatingRole).toInt() == 0)
        m_note->clear();
    updateRatingControls();
}

} // namespace dp
