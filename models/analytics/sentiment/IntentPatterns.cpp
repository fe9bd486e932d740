// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/IntentPatterns.h"

#include "analytics/sentiment/IntentTokens.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSentiment)

namespace dp::sentiment {
namespace {

constexpr std::array<std::u16string_view, kIntentFamilies> kKeys = {
    u"commitment", u"next_step",      u"stakeholder", u"procurement",   u"status_quo",
    u"delay",      u"budget_blocked", u"competitor",  u"champion_left", u"unsubscribe"};

std::optional<PatternElement> parseElement(QStringView text, Language language) {
    PatternElement element;
    if (text == u"*") {
        element.kind = PatternElement::Kind::Gap;
        return element;
    }
    if (text == u"NEG") {
        element.kind = PatternElement::Kind::Negator;
        return element;
    }
    for (const QStringView alternative : text.tokenize(u'|', Qt::SkipEmptyParts)) {
        if (alternative.endsWith(u'*')) {
            const QString prefix = foldWord(alternative.chopped(1), language);
            if (prefix.size() < 3)
                return std::nullopt; // too short to be indexed, and too loose to mean anything
            element.prefixes.append(prefix);
        } else {
            element.words.append(lemmatise(foldWord(alternative, language), language));
        }
    }
    if (element.words.isEmpty() && element.prefixes.isEmpty())
        return std::nullopt;
    return element;
}

} // namespace

QStringView intentKey(IntentFamily family) {
    const std::u16string_view key = kKeys[std::size_t(family)];
    return QStringView(key.data(), qsizetype(key.size()));
}

std::optional<IntentFamily> intentFromKey(QStringView key) {
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        if (key == QStringView(kKeys[i].data(), qsizetype(kKeys[i].size())))
            return IntentFamily(i);
    }
    return std::nullopt;
}

const IntentPatterns &IntentPatterns::builtin(Language language) {
    const auto load = [](const QString &path, Language language) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("dealpulse.sentiment: the embedded intent patterns %s are missing", qPrintable(path));
        return fromText(QString::fromUtf8(file.readAll()), language);
    };
    static const IntentPatterns english =
        load(QStringLiteral(":/sentiment/intents_en.txt"), Language::English);
    static const IntentPatterns romanian =
        load(QStringLiteral(":/sentiment/intents_ro.txt"), Language::Romanian);
    return language == Language::English ? english : romanian;
}

IntentPatterns IntentPatterns::fromText(QStringView text, Language language) {
    IntentPatterns result;
    result.m_language = language;
    int lineNumber = 0;
    for (const QStringView rawLine : text.tokenize(u'\n')) {
        ++lineNumber;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QStringView kind = tab < 0 ? line : line.left(tab).trimmed();
        const QStringView rest = tab < 0 ? QStringView() : line.sliced(tab + 1).trimmed();
        const QList<QStringView> fields = rest.split(u'\t', Qt::SkipEmptyParts);
        const auto warn = [&](const char *why) {
            qCWarning(lcSentiment) << "intent patterns line" << lineNumber << why << line;
        };
        if (kind == u"valence" || kind == u"negated") {
            const auto family = fields.size() == 2 ? intentFromKey(fields[0].trimmed()) : std::nullopt;
            if (!family) {
                warn("names no family");
                continue;
            }
            if (kind == u"valence") {
                bool ok = false;
                const double valence = fields[1].toDouble(&ok);
                if (ok)
                    result.m_valences[std::size_t(*family)] = valence;
                else
                    warn("has no number");
            } else {
                const QStringView to = fields[1].trimmed();
                result.m_negated[std::size_t(*family)] = intentFromKey(to);
                if (to != u"none" && !intentFromKey(to))
                    warn("names no family to become");
            }
            continue;
        }
        if (kind == u"negator" || kind == u"condition") {
            for (const QStringView word : rest.tokenize(u' ', Qt::SkipEmptyParts)) {
                if (kind == u"negator" && word.startsWith(u'*'))
                    result.m_negatorSuffixes.append(foldWord(word.sliced(1), language));
                else
                    (kind == u"negator" ? result.m_negators : result.m_conditions)
                        .append(foldWord(word, language));
            }
            result.m_negators.sort();
            result.m_conditions.sort();
            for (const QString &word : std::as_const(result.m_negators)) {
                result.m_roleKeys.insert(exactWordKey(word));
                result.m_byKey[wordKey(word)].mayHaveRole = true;
            }
            for (const QString &word : std::as_const(result.m_conditions)) {
                result.m_roleKeys.insert(exactWordKey(word));
                result.m_byKey[wordKey(word)].mayHaveRole = true;
            }
            continue;
        }
        const auto family = intentFromKey(kind);
        if ((!family && kind != u"none") || rest.isEmpty()) {
            warn("is neither a setting nor 'family<TAB>pattern'");
            continue;
        }
        IntentPattern pattern{family, {}, line.toString()};
        bool valid = true;
        for (const QStringView text : rest.tokenize(u' ', Qt::SkipEmptyParts)) {
            const auto element = parseElement(text, language);
            valid = valid && element.has_value();
            if (element)
                pattern.elements.append(*element);
        }
        const auto edge = [](const PatternElement &e) { return e.kind != PatternElement::Kind::Gap; };
        if (!valid || pattern.elements.isEmpty() || !edge(pattern.elements.front()) ||
            !edge(pattern.elements.back())) {
            warn("is not a pattern (a prefix needs three letters; a gap cannot start or end it)");
            continue;
        }
        const int index = int(result.m_patterns.size());
        const PatternElement &first = pattern.elements.front();
        if (first.kind == PatternElement::Kind::Negator) {
            result.m_negatorFirst.append(index);
        } else {
            QList<quint64> keys;
            for (const QString &word : first.words)
                keys.append(wordKey(word));
            for (const QString &prefix : first.prefixes)
                keys.append(wordKey(prefix));
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (const quint64 key : std::as_const(keys))
                result.m_byKey[key].patterns.append(index);
        }
        result.m_patterns.append(std::move(pattern));
    }
    return result;
}

namespace {

bool containsSorted(const QStringList &sorted, QStringView word) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), word,
                                     [](const QString &a, QStringView b) { return QStringView(a) < b; });
    return it != sorted.end() && QStringView(*it) == word;
}

} // namespace

IntentPatterns::WordRole IntentPatterns::roleOf(QStringView folded) const {
    WordRole role;
    if (m_roleKeys.contains(exactWordKey(folded))) {
        role.negator = containsSorted(m_negators, folded);
        role.condition = containsSorted(m_conditions, folded);
    }
    for (const QString &suffix : m_negatorSuffixes) {
        role.negator =
            role.negator ||
            endsWithUnits(folded, std::u16string_view(reinterpret_cast<const char16_t *>(suffix.utf16()),
                                                      std::size_t(suffix.size())));
    }
    return role;
}

bool IntentPatterns::isNegator(QStringView folded) const {
    return roleOf(folded).negator;
}

bool IntentPatterns::isCondition(QStringView folded) const {
    return roleOf(folded).condition;
}

const IntentPatterns::KeyEntry *IntentPatterns::lookup(QStringView folded) const {
    const auto it = m_byKey.constFind(wordKey(folded));
    return it == m_byKey.constEnd() ? nullptr : &*it;
}

const QList<int> *IntentPatterns::candidates(QStringView folded) const {
    const KeyEntry *entry = lookup(folded);
    return entry && !entry->patterns.isEmpty() ? &entry->patterns : nullptr;
}

} // namespace dp::sentiment
