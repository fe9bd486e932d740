// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/TimelineModel.h"

#include "analytics/sentiment/CacheRescorer.h"
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
        if (const auto score = sentiment::scoreInteractionDetail(*m_scorer, text, m_ours)) {
            const bool inTranscript = !text.transcript.trimmed().isEmpty();
            const qsizetype bodyOffset = sentiment::scoredBodyOffset(text);
            QList<sentiment::Term> terms = score->terms;
            for (const sentiment::Term &term : terms) {
                if (std::abs(term.valence) < 1e-9)
                    continue;
                const Highlight mark{term.position, term.length, term.valence};
                if (inTranscript)
                    marks.transcript.append(mark);
                else if (term.position < text.subject.size())
                    marks.subject.append(mark);
                else if (term.position >= bodyOffset)
                    marks.body.append({term.position - bodyOffset, term.length, term.valence});
            }
            for (const sentiment::IntentMatch &intent : score->intents) {
                if (sentiment::counts(intent) && !marks.intents.contains(intent.family))
                    marks.intents.append(intent.family);
            }
            std::stable_sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
                return std::abs(a.valence) > std::abs(b.valence);
            });
            for (const sentiment::Term &term : terms) {
                if (marks.words.size() >= kDrivingWords || std::abs(term.valence) < 1e-9)
                    break;
                const QString word = term.token.toLower();
                if (!marks.words.contains(word))
                    marks.words.append(word);
            }
        }
    }
    return *m_marks.insert(row, std::move(marks));
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
        for (const Highlight &mark : m.body) {
            const QString word = i.bodyText.mid(mark.position, mark.length).toLower();
            (mark.valence >= 0 ? content.options.positiveWords : content.options.negativeWords).insert(word);
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
                                                   {RatingsTextRole, "ratingsText"}};
    for (const auto &[role, name] : kNames)
        names.insert(role, QByteArray(name));
    return names;
}

} // namespace dp
