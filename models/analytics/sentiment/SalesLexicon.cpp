// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/SalesLexicon.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSentiment)

namespace dp::sentiment {
namespace {

std::optional<PhraseKind> phraseKind(QStringView kind) {
    if (kind == u"phrase")
        return PhraseKind::Valence;
    if (kind == u"neutral")
        return PhraseKind::Neutral;
    if (kind == u"unsubscribe")
        return PhraseKind::Unsubscribe;
    if (kind == u"competitor")
        return PhraseKind::Competitor;
    if (kind == u"schedule")
        return PhraseKind::Scheduling;
    return std::nullopt;
}

} // namespace

SalesLexicon SalesLexicon::builtin() {
    static const SalesLexicon lexicon = [] {
        QFile file(QStringLiteral(":/sentiment/sales_lexicon.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("dealpulse.sentiment: the embedded sales lexicon is missing");
        return fromText(QString::fromUtf8(file.readAll()));
    }();
    return lexicon;
}

SalesLexicon SalesLexicon::fromText(QStringView text) {
    SalesLexicon lexicon;
    qsizetype lineNumber = 0;
    for (const QStringView rawLine : text.tokenize(u'\n')) {
        ++lineNumber;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        const QStringView kind = fields.value(0);
        const QString entry = fields.value(1).trimmed().toString().toLower();
        bool ok = fields.size() < 3;
        const double valence = fields.size() < 3 ? 0.0 : fields[2].trimmed().toDouble(&ok);
        if (entry.isEmpty() || !ok) {
            qCWarning(lcSentiment) << "sales lexicon line" << lineNumber << "is malformed; skipped";
            continue;
        }
        if (kind == u"word") {
            lexicon.m_overrides.words.insert(entry, valence);
        } else if (kind == u"unword") {
            lexicon.m_overrides.removedWords.append(entry);
        } else if (const auto phrase = phraseKind(kind)) {
            lexicon.m_phrases.append({entry.split(u' ', Qt::SkipEmptyParts), valence, *phrase});
        } else {
            qCWarning(lcSentiment) << "sales lexicon line" << lineNumber << "has an unknown kind; skipped";
        }
    }
    for (int i = 0; i < lexicon.m_phrases.size(); ++i)
        lexicon.m_byFirstWord[lexicon.m_phrases[i].words.first()].append(i);
    for (QList<int> &list : lexicon.m_byFirstWord) {
        std::stable_sort(list.begin(), list.end(), [&lexicon](int a, int b) {
            return lexicon.m_phrases[a].words.size() > lexicon.m_phrases[b].words.size();
        });
    }
    return lexicon;
}

} // namespace dp::sentiment
