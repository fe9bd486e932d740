// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/TimelineModel.h"

#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/Learner.h"
#include "items/WhoseText.h"
#include "text/HighlightedText.h"
#include "text/HtmlSanitizer.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace dp {
namespace {

constexpr qsizetype kPreviewLength = 280;
constexpr int kDrivingWords = 5;

InteractionText scoringText(const TimelineEntry &entry) {
    const Interaction &i = entry.interaction;
    return InteractionText{entry.id, toKey(i.kind), i.subject, i.bodyText, i.transcript};
}

// The content on one line: line breaks and runs of spaces collapsed, cut at a word.
QString preview(const Interaction &i) {
    const QString &source = i.transcript.isEmpty() ? i.bodyText : i.transcript;
    QString line = source.left(kPreviewLength * 2).simplified();
    if (line.size() > kPreviewLength) {
        line.truncate(kPreviewLength);
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        if (space > kPreviewLength / 2)
            line.truncate(space);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setScorer(std::shared_ptr<const sentiment::SalesScorer> scorer) {
    m_scorer = std::move(scorer);
    m_marks.clear();
}

void TimelineModel::setLearner(std::shared_ptr<const sentiment::Learner> learner) {
    m_learner = std::move(learner);
    m_marks.clear();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                         {ContentHtmlRole, SubjectHtmlRole, DrivingWordsRole, IntentsRole, IntentPositiveRole,
                          LearnedTermsRole, LearnedWeightsRole, Qt::ToolTipRole,
                          Qt::AccessibleDescriptionRole});
}

void TimelineModel::setEntries(QList<TimelineEntry> entries, const sentiment::OurSide &ours,
                               const QHash<QString, QString> &names, const QTimeZone &zone) {
    beginResetModel();
    m_entries = std::move(entries);
    m_ours = ours;
    m_names = names;
    m_zone = zone;
    m_marks.clear();
    endResetModel();
}

int TimelineModel::rowOf(qint64 interactionId) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == interactionId)
            return row;
    }
    return -1;
}

void TimelineModel::setRating(int row, int value, const QString &note) {
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].rating = value;
    m_entries[row].ratingNote = value == 0 ? QString() : note;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {RatingRole, RatingNoteRole, RatingsTextRole});
}

int TimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString TimelineModel::kindText(InteractionKind kind) {
    switch (kind) {
    case InteractionKind::Email:
        return tr("Email");
    case InteractionKind::Meeting:
        return tr("Meeting");
    case InteractionKind::Call:
        return tr("Call");
    case InteractionKind::Note:
        return tr("Note");
    }
    return {};
}

QString TimelineModel::directionText(Direction direction) {
    switch (direction) {
    case Direction::Inbound:
        return tr("Inbound");
    case Direction::Outbound:
        return tr("Outbound");
    case Direction::Internal:
        return tr("Internal");
    }
    return {};
}

QString TimelineModel::sentimentText(double compound, bool ours) {
    const QString value = QLocale().toString(compound, 'f', 2);
    const QString signedValue = compound > 0 ? QLatin1Char('+') + value : value;
    QString text;
    if (compound >= 0.05)
        text = tr("Positive %1").arg(signedValue);
    else if (compound <= -0.05)
        text = tr("Negative %1").arg(signedValue);
    else
        text = tr("Neutral %1").arg(signedValue);
    // Our own mail and notes are scored too, but they say how the rep writes, not how the buyer feels.
    return ours ? tr("Rep tone: %1").arg(text) : text;
}

bool TimelineModel::writtenByUs(const Interaction &interaction) {
    // Calls and meetings are scored from the buyer's utterances only, whatever their direction.
    const bool written =
        interaction.kind == InteractionKind::Email || interaction.kind == InteractionKind::Note;
    return written && interaction.direction != Direction::Inbound;
}

QString TimelineModel::timeText(Millis at) const {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, m_zone), QLocale::ShortFormat);
}

QString TimelineModel::statusText(const Interaction &i) const {
    QString status;
    const QString &s = i.status;
    if (s == QLatin1String("completed") || s == QLatin1String("connected"))
        status = tr("Completed");
    else if (s == QLatin1String("scheduled"))
        status = tr("Scheduled");
    else if (s == QLatin1String("rescheduled"))
        status = tr("Rescheduled");
    else if (s == QLatin1String("no_show"))
        status = tr("No-show");
    else if (s == QLatin1String("canceled") || s == QLatin1String("cancelled"))
        status = tr("Cancelled");
    else if (s == QLatin1String("no_answer"))
        status = tr("No answer");
    else if (s == QLatin1String("voicemail"))
        status = tr("Voicemail");
    else if (s == QLatin1String("busy"))
        status = tr("Busy");
    else if (!s.isEmpty())
        status = s;
    if (i.durationSeconds && *i.durationSeconds > 0 && i.kind != InteractionKind::Email) {
        const int seconds = *i.durationSeconds;
        const QString duration =
            seconds >= 60 ? tr("%n min", nullptr, (seconds + 30) / 60) : tr("%n s", nullptr, seconds);
        status = status.isEmpty() ? duration : status + QStringLiteral(" · ") + duration;
    }
    return status;
}

const TimelineModel::Marks &TimelineModel::marks(int row) const {
    auto it = m_marks.find(row);
    if (it != m_marks.end())
        return *it;
    Marks marks;
    const TimelineEntry &entry = m_entries[row];
    // Words are marked only where a score was stored: an unscored interaction was not read by the scorer.
    if (m_scorer && entry.sentiment) {
        const InteractionText text = scoringText(entry);
        const sentiment::InteractionAnalysis analysis =
            sentiment::analyseInteraction(*m_scorer, text, m_ours);
        // A learner that learned nothing marks nothing as learned: its guard keeps the scorer's decisions.
        static const sentiment::Learner kUntaught;
        const sentiment::Learner &learner = m_learner ? *m_learner : kUntaught;
        QList<sentiment::DrivingTerm> terms;
        if (!analysis.parts.isEmpty())
            terms = sentiment::drivingTerms(analysis, learner);
        terms.removeIf([](const sentiment::DrivingTerm &t) { return std::abs(t.valence) < 1e-9; });

        QList<sentiment::DrivingTerm> strongest = terms;
        std::stable_sort(strongest.begin(), strongest.end(), [](const auto &a, const auto &b) {
            return std::abs(a.valence) > std::abs(b.valence);
        });
        for (const sentiment::DrivingTerm &term : std::as_const(strongest)) {
            const QString word = term.term.toLower();
            if (!term.learned && marks.words.size() < kDrivingWords && !marks.words.contains(word))
                marks.words.append(word);
            // The learner weighs every word and pair of words of the texts it was taught: only the strongest
            // few are named and marked, as many as the lexicons' words.
            if (term.learned && marks.learned.size() < kDrivingWords && !marks.learned.contains(term.term)) {
                marks.learned.append(term.term);
                marks.learnedWeights.append(learner.weight(analysis.score.language, term.term));
            }
        }
        for (const sentiment::DrivingTerm &term : std::as_const(terms)) {
            if (term.learned && !marks.learned.contains(term.term))
                continue;
            const Highlight mark{term.begin, term.length, term.valence, term.learned};
            switch (term.field) {
            case sentiment::DrivingTerm::Field::Subject:
                marks.subject.append(mark);
                break;
            case sentiment::DrivingTerm::Field::Body:
                marks.body.append(mark);
                break;
            case sentiment::DrivingTerm::Field::Transcript:
                marks.transcript.append(mark);
                break;
            }
        }
        for (const sentiment::IntentMatch &intent : analysis.score.intents) {
            if (sentiment::counts(intent) && !marks.intents.contains(intent.family))
                marks.intents.append(intent.family);
        }
    }
    return *m_marks.insert(row, std::move(marks));
}

QString TimelineModel::learnedLabel() {
    return tr("learned from ratings:");
}

QString TimelineModel::learnedText(const QStringList &terms) {
    return learnedLabel() + QLatin1Char(' ') + terms.join(QLatin1String(", "));
}

QString TimelineModel::learnedToolTip(const QStringList &terms, const QList<double> &weights) {
    QStringList lines{tr("Terms the learner learned from people's ratings:")};
    for (qsizetype k = 0; k < terms.size(); ++k) {
        const double weight = weights.value(k);
        const QString value = QLocale().toString(weight, 'f', 2);
        const QString signedValue = weight > 0 ? QLatin1Char('+') + value : value;
        lines.append(weight >= 0 ? tr("%1: learned as positive (weight %2)").arg(terms[k], signedValue)
                                 : tr("%1: learned as negative (weight %2)").arg(terms[k], signedValue));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineModel::intentName(sentiment::IntentFamily family) {
    using sentiment::IntentFamily;
    switch (family) {
    case IntentFamily::Commitment:
        return tr("commitment");
    case IntentFamily::NextStep:
        return tr("next step scheduled");
    case IntentFamily::NewStakeholder:
        return tr("new stakeholder joined");
    case IntentFamily::ProcurementProgress:
        return tr("procurement/legal progress");
    case IntentFamily::StatusQuo:
        return tr("status quo");
    case IntentFamily::Delay:
        return tr("delay");
    case IntentFamily::BudgetBlocked:
        return tr("budget blocked");
    case IntentFamily::CompetitorChosen:
        return tr("competitor chosen");
    case IntentFamily::ChampionLeft:
        return tr("champion left");
    case IntentFamily::Unsubscribe:
        return tr("unsubscribe");
    }
    return {};
}

QString TimelineModel::contentHtml(int row) const {
    return prepare(content(row)).html;
}

TimelineModel::Content TimelineModel::content(int row) const {
    const Interaction &i = m_entries[row].interaction;
    const Marks &m = marks(row);
    Content content;
    if (!i.transcript.trimmed().isEmpty()) {
        if (!i.bodyText.trimmed().isEmpty())
            content.text = i.bodyText;
        content.transcript = i.transcript;
        content.transcriptMarks = m.transcript;
        content.transcriptHeading = tr("Transcript");
        return content;
    }
    if (!i.bodyHtml.trimmed().isEmpty()) {
        content.unsafeHtml = i.bodyHtml;
        SanitizeOptions &o = content.options;
        for (const Highlight &mark : m.body) {
            const QString word = i.bodyText.mid(mark.position, mark.length).toLower();
            if (mark.learned)
                (mark.valence >= 0 ? o.learnedPositiveWords : o.learnedNegativeWords).insert(word);
            else
                (mark.valence >= 0 ? o.positiveWords : o.negativeWords).insert(word);
        }
        return content;
    }
    content.text = i.bodyText;
    content.textMarks = m.body;
    return content;
}

SanitizedHtml TimelineModel::prepare(const Content &content) {
    if (!content.unsafeHtml.isEmpty())
        return sanitizeEmail(content.unsafeHtml, content.options);
    // Plain text is escaped with its marks, then capped and broken by the sanitizer: one set of rules for
    // every body, and a 5 MB text or one endless word costs no more to show than such an email.
    QString html;
    if (!content.text.isEmpty())
        html += plainTextToHtml(content.text, content.textMarks);
    if (!content.transcript.isEmpty()) {
        html += QLatin1String("<h4>") + escapeHtml(content.transcriptHeading) + QLatin1String("</h4>");
        html += transcriptToHtml(content.transcript, content.transcriptMarks);
    }
    SanitizeOptions options;
    options.keepMarks = true;
    return sanitizeEmail(html, options);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const TimelineEntry &entry = m_entries[row];
    const Interaction &i = entry.interaction;
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return i.subject.isEmpty() ? kindText(i.kind) : i.subject;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3: %4")
            .arg(kindText(i.kind), directionText(i.direction), timeText(i.occurredAt), i.subject);
    case InteractionIdRole:
        return entry.id;
    case KindRole:
        return int(i.kind);
    case KindTextRole:
        return kindText(i.kind);
    case DirectionRole:
        return int(i.direction);
    case DirectionTextRole:
        return directionText(i.direction);
    case OccurredAtRole:
        return i.occurredAt;
    case TimeTextRole:
        return timeText(i.occurredAt);
    case ParticipantsRole:
        // Worded when shown, so opening a deal does not word thousands of rows nobody scrolls to.
        return participantsText(i, m_names);
    case StatusTextRole:
        return statusText(i);
    case PreviewRole:
        return preview(i);
    case ContentHtmlRole:
        return contentHtml(row);
    case SubjectHtmlRole:
        return plainTextToHtml(i.subject.isEmpty() ? kindText(i.kind) : i.subject, marks(row).subject);
    case HasHtmlRole:
        return !i.bodyHtml.trimmed().isEmpty() && i.transcript.trimmed().isEmpty();
    case SentimentRole:
        return entry.sentiment ? QVariant(*entry.sentiment) : QVariant();
    case SentimentTextRole:
        return entry.sentiment ? sentimentText(*entry.sentiment, writtenByUs(i)) : QString();
    case DrivingWordsRole:
        return marks(row).words;
    case IntentsRole: {
        QStringList names;
        for (const sentiment::IntentFamily family : marks(row).intents)
            names.append(intentName(family));
        return names;
    }
    case IntentPositiveRole: {
        QVariantList positive;
        for (const sentiment::IntentFamily family : marks(row).intents)
            positive.append(sentiment::isPositiveIntent(family));
        return positive;
    }
    case RatingRole:
        return entry.rating;
    case RatingNoteRole:
        return entry.ratingNote;
    case LearnedTermsRole:
        return marks(row).learned;
    case LearnedWeightsRole: {
        QVariantList weights;
        for (const double weight : marks(row).learnedWeights)
            weights.append(weight);
        return weights;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        // Worded only for a card with learned terms, the part of its score no lexicon explains.
        const Marks &m = marks(row);
        if (m.learned.isEmpty())
            return {};
        return role == Qt::ToolTipRole ? learnedToolTip(m.learned, m.learnedWeights) : learnedText(m.learned);
    }
    case RatingsTextRole:
        return whose::ratingsText(entry.rating, entry.othersRatings);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char *> kNames[] = {{InteractionIdRole, "interactionId"},
                                                   {KindRole, "kind"},
                                                   {KindTextRole, "kindText"},
                                                   {DirectionRole, "direction"},
                                                   {DirectionTextRole, "directionText"},
                                                   {OccurredAtRole, "occurredAt"},
                                                   {TimeTextRole, "timeText"},
                                                   {SubjectRole, "subject"},
                                                   {ParticipantsRole, "participants"},
                                                   {StatusTextRole, "statusText"},
                                                   {PreviewRole, "preview"},
                                                   {ContentHtmlRole, "contentHtml"},
                                                   {SubjectHtmlRole, "subjectHtml"},
                                                   {HasHtmlRole, "hasHtml"},
                                                   {SentimentRole, "sentiment"},
                                                   {SentimentTextRole, "sentimentText"},
                                                   {DrivingWordsRole, "drivingWords"},
                                                   {IntentsRole, "intents"},
                                                   {IntentPositiveRole, "intentPositive"},
                                                   {RatingRole, "rating"},
                                                   {RatingNoteRole, "ratingNote"},
                                                   {LearnedTermsRole, "learnedTerms"},
                                                   {LearnedWeightsRole, "learnedWeights"},
                                                   {RatingsTextRole, "ratingsText"}};
    for (const auto &[role, name] : kNames)
        names.insert(role, QByteArray(name));
    return names;
}

} // namespace dp
