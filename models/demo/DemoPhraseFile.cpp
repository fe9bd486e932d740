// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPhraseFile.h"

#include <optional>

namespace dp::demo {
namespace {

// The entry a line stands for: "\n" is a line break, "\\" a backslash; any other escape is an error.
std::optional<QString> unescape(QStringView line) {
    QString entry;
    entry.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u'\\') {
            entry += line[i];
            continue;
        }
        if (++i == line.size())
            return std::nullopt;
        if (line[i] == u'n')
            entry += u'\n';
        else if (line[i] == u'\\')
            entry += u'\\';
        else
            return std::nullopt;
    }
    return entry;
}

} // namespace

PhraseFile::PhraseFile(const QString &fileName, QStringView text, QStringList &problems)
    : m_fileName(fileName)
    , m_problems(problems) {
    Table *table = nullptr;
    Table ignored; // entries under a repeated or malformed header are read into this and dropped
    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const QString name = line.sliced(1).chopped(line.endsWith(u']') ? 1 : 0).toString();
            if (!line.endsWith(u']') || name.trimmed().isEmpty() || name != name.trimmed()) {
                reportAt(lineNumber, QStringLiteral("a table header is written \"[name]\""));
                table = &ignored;
                continue;
            }
            const auto [it, added] = m_tables.try_emplace(name, Table{{}, lineNumber, false});
            if (!added)
                reportAt(
                    lineNumber,
                    QStringLiteral("table [%1] already started on line %2").arg(name).arg(it->second.line));
            table = added ? &it->second : &ignored;
            continue;
        }
        if (!table) {
            reportAt(lineNumber, QStringLiteral("an entry before the first table header"));
            continue;
        }
        if (line != line.trimmed())
            reportAt(lineNumber, QStringLiteral("an entry has spaces at one end"));
        const std::optional<QString> entry = unescape(line);
        if (!entry)
            reportAt(lineNumber, QStringLiteral("a backslash other than \\n or \\\\"));
        else
            table->entries.append(*entry);
    }
    for (const auto &[name, found] : m_tables) {
        if (found.entries.isEmpty())
            reportAt(found.line, QStringLiteral("table [%1] has no entry").arg(name));
    }
}

QStringList PhraseFile::take(const QString &table) {
    const auto it = m_tables.find(table);
    if (it == m_tables.end()) {
        m_problems.append(QStringLiteral("%1: table [%2] is missing").arg(m_fileName, table));
        return {};
    }
    it->second.taken = true;
    return it->second.entries;
}

void PhraseFile::reportUntaken() {
    for (const auto &[name, table] : m_tables) {
        if (!table.taken)
            reportAt(table.line, QStringLiteral("table [%1] is not one the demo reads").arg(name));
    }
}

void PhraseFile::report(const QString &table, const QString &problem) {
    const auto it = m_tables.find(table);
    reportAt(it == m_tables.end() ? 0 : it->second.line, QStringLiteral("[%1]: %2").arg(table, problem));
}

void PhraseFile::reportAt(int line, const QString &problem) {
    m_problems.append(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(problem));
}

} // namespace dp::demo
