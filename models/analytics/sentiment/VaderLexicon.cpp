// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/VaderLexicon.h"

#include "analytics/sentiment/LexiconIndex.h"
#include "analytics/sentiment/PythonText.h"
#include "analytics/sentiment/VaderDefaults.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSentiment, "dealpulse.sentiment")

namespace dp::sentiment {

using detail::Entry;
using detail::LexiconData;

namespace {

// Mirrors the reference's make_lex_dict()/make_emoji_dict(): text.rstrip('\n').split('\n'), each line
// stripped and split on tabs, the first two fields kept.
template <typename Handle> void forEachLine(QStringView text, const char *what, Handle handle) {
    while (text.endsWith(u'\n'))
        text.chop(1);
    qsizetype lineNumber = 0;
    for (const QStringView rawLine : text.tokenize(u'\n')) {
        ++lineNumber;
        const QStringView line = py::strip(rawLine);
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0) {
            qCWarning(lcSentiment) << what << "line" << lineNumber << "has no tab; skipped";
            continue;
        }
        const qsizetype nextTab = line.indexOf(u'\t', tab + 1);
        const QStringView second =
            nextTab < 0 ? line.sliced(tab + 1) : line.sliced(tab + 1, nextTab - tab - 1);
        if (!handle(line.first(tab), second))
            qCWarning(lcSentiment) << what << "line" << lineNumber << "is malformed; skipped";
    }
}

QHash<QString, double> parseLexicon(QStringView text) {
    QHash<QString, double> words;
    forEachLine(text, "lexicon", [&words](QStringView word, QStringView measure) {
        bool ok = false;
        const double valence = measure.toDouble(&ok);
        if (ok)
            words.insert(word.toString(), valence);
        return ok;
    });
    return words;
}

QHash<QString, QString> parseEmojiLexicon(QStringView text) {
    QHash<QString, QString> emojis;
    forEachLine(text, "emoji lexicon", [&emojis](QStringView emoji, QStringView description) {
        emojis.insert(emoji.toString(), description.toString());
        return true;
    });
    return emojis;
}

std::shared_ptr<LexiconData> withDefaults(QHash<QString, double> words, QHash<QString, QString> emojis) {
    auto data = std::make_shared<LexiconData>();
    data->words = std::move(words);
    data->emojis = std::move(emojis);
    data->boosters = vader::boosters();
    data->idioms = vader::idioms();
    data->negations = vader::negations();
    data->rebuild();
    return data;
}

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("dealpulse.sentiment: embedded resource %s is missing; is dealpulse_sentiment linked "
               "through CMake so that its resource objects reach the executable?",
               qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

VaderLexicon loadBuiltin() {
    const QString lexicon = readResource(QStringLiteral(":/sentiment/vader_lexicon.txt"));
    const QString emojis = readResource(QStringLiteral(":/sentiment/emoji_utf8_lexicon.txt"));
    return VaderLexicon::fromText(lexicon, emojis);
}

} // namespace

VaderLexicon::VaderLexicon(std::shared_ptr<const LexiconData> data)
    : m_data(std::move(data)) {}

VaderLexicon VaderLexicon::builtin() {
    // A function-local static: parsed once, on first use, safely even when threads race to it.
    static const VaderLexicon lexicon = loadBuiltin();
    return lexicon;
}

VaderLexicon VaderLexicon::fromText(QStringView lexicon, QStringView emojiLexicon) {
    return VaderLexicon(withDefaults(parseLexicon(lexicon), parseEmojiLexicon(emojiLexicon)));
}

VaderLexicon VaderLexicon::fromMaps(const QHash<QString, double> &words,
                                    const QHash<QString, QString> &emojis) {
    return VaderLexicon(withDefaults(words, emojis));
}

VaderLexicon VaderLexicon::withOverrides(const LexiconOverrides &overrides) const {
    auto data = std::make_shared<LexiconData>();
    data->words = m_data->words;
    data->boosters = m_data->boosters;
    data->idioms = m_data->idioms;
    data->negations = m_data->negations;
    data->emojis = m_data->emojis;

    for (const QString &word : overrides.removedWords)
        data->words.remove(word);
    data->words.insert(overrides.words);
    for (const QString &word : overrides.removedBoosters)
        data->boosters.remove(word);
    data->boosters.insert(overrides.boosters);
    for (const QString &idiom : overrides.removedIdioms)
        data->idioms.remove(idiom);
    data->idioms.insert(overrides.idioms);
    for (const QString &word : overrides.removedNegations)
        data->negations.removeAll(word);
    for (const QString &word : overrides.negations) {
        if (!data->negations.contains(word))
            data->negations.append(word);
    }
    data->emojis.insert(overrides.emojis);

    data->rebuild();
    return VaderLexicon(std::move(data));
}

std::optional<double> VaderLexicon::valence(QStringView word) const {
    const Entry *entry = m_data->find(word);
    return entry && entry->inLexicon ? std::optional(entry->valence) : std::nullopt;
}

std::optional<double> VaderLexicon::booster(QStringView word) const {
    const Entry *entry = m_data->find(word);
    return entry && entry->isBooster ? std::optional(entry->booster) : std::nullopt;
}

bool VaderLexicon::isNegation(QStringView word) const {
    const Entry *entry = m_data->find(word);
    return entry && entry->isNegation;
}

QString VaderLexicon::emojiDescription(QStringView emoji) const {
    return m_data->emojis.value(emoji.toString());
}

qsizetype VaderLexicon::wordCount() const {
    return m_data->words.size();
}

qsizetype VaderLexicon::emojiCount() const {
    return m_data->emojis.size();
}

} // namespace dp::sentiment
