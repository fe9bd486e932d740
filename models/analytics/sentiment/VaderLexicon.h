// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The word lists VADER scores with: the general-English base shipped in this library's resources, and the
// seam through which a domain layer adds or overrides words, boosters, negations and idioms.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace dp::sentiment {

namespace detail {
struct LexiconData;
}

// Changes a domain layer applies on top of a lexicon. Keys are matched against lower-cased tokens, exactly
// as the reference does, so give them in lower case. Tokens never contain white space: a multi-word key only
// acts through the idiom check (pairs and triples around a lexicon word), never as a word of its own.
struct LexiconOverrides {
    QHash<QString, double> words; // added or re-rated words, valence -4..+4
    QStringList removedWords;
    QHash<QString, double> boosters; // degree words (±0.293 in VADER), or two-word ones like "kind of"
    QStringList removedBoosters;
    QHash<QString, double>
        idioms; // two- or three-word phrases that set the valence of a lexicon word in them
    QStringList removedIdioms;
    QStringList negations;
    QStringList removedNegations;
    QHash<QString, QString> emojis; // emoji → description, scored in its place
};

// Immutable and implicitly shared: copies are cheap and may be used from any thread.
class VaderLexicon final {
public:
    // VADER 3.3.1's lexicon and emoji lexicon from the resources embedded in this library, parsed once per
    // process. Aborts if the resources are missing, which is a build error, not a runtime condition.
    static VaderLexicon builtin();

    // Parses text in the formats of vader_lexicon.txt and emoji_utf8_lexicon.txt, with VADER's own boosters,
    // negations and idioms. Malformed lines are skipped; for a repeated word the last line wins, as in the
    // reference's dictionary.
    static VaderLexicon fromText(QStringView lexicon, QStringView emojiLexicon);

    // For tests and tools: the given words and emoji with VADER's own boosters, negations and idioms.
    static VaderLexicon fromMaps(const QHash<QString, double> &words,
                                 const QHash<QString, QString> &emojis = {});

    // A new lexicon with the overrides applied; this one is left as it was (scorers built on it keep it).
    VaderLexicon withOverrides(const LexiconOverrides &overrides) const;

    std::optional<double> valence(QStringView word) const;
    std::optional<double> booster(QStringView word) const;
    bool isNegation(QStringView word) const;
    QString emojiDescription(QStringView emoji) const;
    qsizetype wordCount() const;
    qsizetype emojiCount() const;

    // The scorer's view of the tables.
    const detail::LexiconData &data() const { return *m_data; }

private:
    explicit VaderLexicon(std::shared_ptr<const detail::LexiconData> data);

    std::shared_ptr<const detail::LexiconData> m_data;
};

} // namespace dp::sentiment
