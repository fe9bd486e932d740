// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal's interactions newest first, one row each, for the timeline's cards and the reader. The text a
// view shows comes ready from here: local time, participants, a one-line preview, and the full content as
// safe rich text with the words that drove its sentiment marked. Those words are found by scoring the row
// again, only when a view asks for it (a page of cards at a time), and kept. Beside the lexicons' words, the
// terms the rating learner learned are marked apart, from a copy of the learner the page was given (the
// one the scores are made with), so a card says which of its words came from people's ratings.

#include "analytics/sentiment/IntentPatterns.h"
#include "items/DealDetails.h"
#include "text/HighlightedText.h"
#include "text/HtmlSanitizer.h"

#include <QAbstractListModel>
#include <QHash>
#include <memory>

namespace dp {

namespace sentiment {
class Learner;
class SalesScorer;
} // namespace sentiment

class TimelineModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role {
        InteractionIdRole = Qt::UserRole + 1,
        KindRole,          // InteractionKind as int
        KindTextRole,      // "Email"
        DirectionRole,     // Direction as int
        DirectionTextRole, // "Inbound"
        OccurredAtRole,    // UTC milliseconds
        TimeTextRole,      // in the user's time zone and locale
        SubjectRole,
        ParticipantsRole,
        StatusTextRole,    // "Completed · 42 min", "No answer", or empty
        PreviewRole,       // the content on one line, for the card
        ContentHtmlRole,   // the content as safe rich text, words marked, capped as prepare() caps it
        SubjectHtmlRole,   // the subject as rich text, words marked
        HasHtmlRole,       // the email came with HTML
        SentimentRole,     // double, or invalid when the interaction has no score
        SentimentTextRole, // "Positive +0.62"
        DrivingWordsRole,  // QStringList: the words that moved the score most, strongest first
        IntentsRole, // QStringList: the sales intents counted in the score, by name ("competitor chosen")
        IntentPositiveRole, // QList<bool>, beside IntentsRole: whether each is a good sign
        RatingRole,         // the user's rating: +1, -1, 0
        RatingNoteRole,
        // QStringList: the terms learned from ratings that moved the score, strongest first; empty while
        // the learner's guard keeps the scorer's own decisions (then no learned weight counts).
        LearnedTermsRole,
        LearnedWeightsRole, // QVariantList of double, beside LearnedTermsRole: each term's learned weight
        RatingsTextRole,    // who rated it: the user's own rating, then the team's (whose::ratingsText)
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // The scorer is used to find the driving words; without one no words are marked.
    void setScorer(std::shared_ptr<const sentiment::SalesScorer> scorer);
    // The learner whose terms are marked as learned; without one (or while its guard keeps the scorer's
    // decisions) none is. Rows already shown are marked again.
    void setLearner(std::shared_ptr<const sentiment::Learner> learner);
    // names: lower-case address → name, for the participants.
    void setEntries(QList<TimelineEntry> entries, const sentiment::OurSide &ours,
                    const QHash<QString, QString> &names, const QTimeZone &zone);
    const TimelineEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(qint64 interactionId) const;
    // What the reader shows of a row, taken on the GUI thread (cheap: the strings are shared) and turned
    // into rich text by prepare(), which a view runs on a worker when the content is large.
    struct Content {
        QString unsafeHtml;      // an email's HTML as received; it must go through sanitizeEmail
        SanitizeOptions options; // the words to mark in it (positions do not carry over to the HTML)
        // Otherwise plain text: the body, a transcript and the heading above it, each with its marks.
        QString text;
        QList<Highlight> textMarks;
        QString transcript;
        QList<Highlight> transcriptMarks;
        QString transcriptHeading;
        qsizetype size() const { return unsafeHtml.size() + text.size() + transcript.size(); }
    };
    Content content(int row) const;
    // Plain text and email HTML under the same rules (HtmlSanitizer's caps: an output of about 48,000
    // characters with the rest as plain text, long lines and words broken). Thread-safe, linear in the input.
    static SanitizedHtml prepare(const Content &content);
    // After the rating was stored: shows it.
    void setRating(int row, int value, const QString &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindText(InteractionKind kind);
    static QString directionText(Direction direction);
    // ours: the text is our side's (outbound mail, a note): labelled as the rep's tone, not the buyer's mood.
    static QString sentimentText(double compound, bool ours = false);
    // "next step scheduled", "competitor chosen": a sales intent as the card names it.
    static QString intentName(sentiment::IntentFamily family);
    static bool writtenByUs(const Interaction &interaction);
    // "learned from ratings:", and with the terms after it, what a card says of its learned terms.
    static QString learnedLabel();
    static QString learnedText(const QStringList &terms);
    // One line per term: "wobbly: learned as negative (weight −0.84)".
    static QString learnedToolTip(const QStringList &terms, const QList<double> &weights);

private:
    struct Marks {
        QList<Highlight> subject;
        QList<Highlight> body; // in bodyText (emails, notes, calls without transcript)
        QList<Highlight> transcript;
        QStringList words;                      // strongest first
        QList<sentiment::IntentFamily> intents; // counted, in text order, each family once
        QStringList learned;                    // strongest first, each once
        QList<double> learnedWeights;           // beside `learned`: the learner's weight of each
    };
    const Marks &marks(int row) const;
    QString contentHtml(int row) const;
    QString statusText(const Interaction &interaction) const;
    QString timeText(Millis at) const;

    QList<TimelineEntry> m_entries;
    sentiment::OurSide m_ours;
    QHash<QString, QString> m_names;
    QTimeZone m_zone;
    std::shared_ptr<const sentiment::SalesScorer> m_scorer;
    std::shared_ptr<const sentiment::Learner> m_learner;
    mutable QHash<int, Marks> m_marks;
};

} // namespace dp
