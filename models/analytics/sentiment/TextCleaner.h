// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the part of an email or a call transcript whose sentiment is the buyer's: an email without the
// quoted thread and the signature, a transcript's buyer utterances. Results are spans of the given text, so
// the terms scored in them can be highlighted where the user reads them.

#include "analytics/sentiment/SentenceSplitter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace dp::sentiment {

// The lines of an email body written by its sender for this message: everything from the quoted reply
// ("On … wrote:", "-----Original Message-----", a forwarded header) or the signature ("-- ", "Sent from my
// …", a closing such as "Best regards," followed only by a few short lines) on is left out, and so are
// lines quoted with ">".
QList<TextSpan> authoredEmailSpans(QStringView body);

// Who is on our side of a call, to tell buyer utterances from ours.
struct OurSide {
    QSet<QString> names;   // our people's names, lower case ("alison engel")
    QSet<QString> domains; // our mail domains, lower case ("brightlane.io")
};

struct Utterance {
    QString speaker;      // as written before the organisation
    QString organisation; // what the transcript gives in brackets after the name, may be empty
    TextSpan span;        // what was said, in the transcript
    bool buyer = true;
};

// A transcript of "Speaker (Organisation): text" lines; a line without a speaker continues the previous
// utterance. A speaker is ours when their name or organisation matches OurSide (the organisation by its
// letters against the first label of a domain: "Brightlane" ~ "brightlane.io").
QList<Utterance> transcriptUtterances(QStringView transcript, const OurSide &ours);

} // namespace dp::sentiment
