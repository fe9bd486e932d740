// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One of the demo's phrase files (resources/demo/*.txt, whose headers describe the format): named tables of
// entries, one entry a line. The reader takes the tables it expects out of the file one by one, so that a
// missing table, an unexpected one and a malformed line are all reported.

#include <QStringList>

#include <map>

namespace dp::demo {

class PhraseFile final {
public:
    // Parses `text`; every malformed line is added to `problems`, prefixed with the file name and line.
    PhraseFile(const QString &fileName, QStringView text, QStringList &problems);

    // The entries of a table; a missing one is a problem and gives an empty list.
    QStringList take(const QString &table);
    // Whether the file has the table: an overlay's tables are all optional.
    bool has(const QString &table) const { return m_tables.find(table) != m_tables.end(); }
    // Reports every table not taken: a misspelt name, or a table the generator does not read.
    void reportUntaken();
    // Adds a problem with an entry of `table` (its line is the table's header).
    void report(const QString &table, const QString &problem);

private:
    struct Table {
        QStringList entries;
        int line = 0;
        bool taken = false;
    };
    void reportAt(int line, const QString &problem);

    QString m_fileName;
    std::map<QString, Table> m_tables;
    QStringList &m_problems;
};

} // namespace dp::demo
