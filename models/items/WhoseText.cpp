// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/WhoseText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dp::whose {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::whose", text);
}

// Enough for a team's few raters of one interaction; more would push the rating buttons off the reader.
constexpr int kNamedRaters = 4;
// A rating's note as the panel quotes it: one line, cut short.
constexpr int kQuotedNote = 120;

QString quoted(const QString &note) {
    QString line = note.simplified();
    if (line.size() > kQuotedNote)
        line = line.left(kQuotedNote - 1) + QStringLiteral("…");
    return QLocale().quoteString(line);
}

QString instant(Millis at, const QTimeZone &zone) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, zone), QLocale::ShortFormat);
}

} // namespace

QString ratingsText(int ownRating, const QList<Rating> &others) {
    QStringList lines;
    if (ownRating > 0)
        lines.append(tr("You rated this interaction positive."));
    else if (ownRating < 0)
        lines.append(tr("You rated this interaction negative."));
    else if (others.isEmpty())
        return tr("Not rated yet.");
    else
        lines.append(tr("You have not rated this interaction."));
    for (qsizetype i = 0; i < others.size() && i < kNamedRaters; ++i) {
        const Rating &rating = others[i];
        const QString rater = rating.rater.trimmed().isEmpty() ? tr("Someone") : rating.rater.trimmed();
        QString line =
            rating.value > 0 ? tr("%1 rated it positive").arg(rater) : tr("%1 rated it negative").arg(rater);
        if (!rating.note.trimmed().isEmpty())
            line = tr("%1: %2").arg(line, quoted(rating.note));
        lines.append(line);
    }
    if (others.size() > kNamedRaters)
        lines.append(QCoreApplication::translate("dp::whose", "and %n more rating(s) from the team", nullptr,
                                                 int(others.size() - kNamedRaters)));
    return lines.join(QLatin1Char('\n'));
}

QString noteByline(const CoachingNote &note, bool mine, const QTimeZone &zone) {
    QString when = instant(note.createdAt, zone);
    if (note.updatedAt != note.createdAt)
        when = tr("%1, edited %2").arg(when, instant(note.updatedAt, zone));
    if (mine)
        return tr("you, %1").arg(when);
    const QString author = note.author.trimmed().isEmpty() ? tr("someone") : note.author.trimmed();
    return tr("%1, %2").arg(author, when);
}

QString snapshotTaker(const QString &takenBy, bool mine) {
    if (mine)
        return tr("You");
    const QString taker = takenBy.trimmed();
    return taker.isEmpty() ? QStringLiteral("—") : taker;
}

} // namespace dp::whose
