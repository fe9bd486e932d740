// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for phrase matching and learning: split on white space as VADER splits, punctuation stripped from
// both ends (fully, unlike VADER, so "no," and "po." match their phrases), lower-cased, with their offsets.

#include <QList>
#include <QString>
#include <QStringView>

namespace dp::sentiment {

struct Word {
    QString lower;
    qsizetype begin = 0;  // UTF-16 offset of the stripped word in the text
    qsizetype length = 0; // its UTF-16 length
};

// Words that are all punctuation ("-", "...") are left out.
QList<Word> textWords(QStringView text);

} // namespace dp::sentiment
