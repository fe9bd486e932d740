// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pass in front of the HTML parser that keeps its work linear. Gumbo follows the WHATWG algorithm, whose
// scope checks walk the stack of open elements, so parse time grows with depth × tags (100,000 unclosed
// <div> take half a minute) and the reconstruction of formatting elements can deepen the tree without any
// tag in the input. This pass tokenizes the way the parser will and rewrites what it hands over so that
// neither can happen, while the text is kept.

#include <QByteArray>
#include <QStringView>

namespace dp {

struct HtmlGuardLimits {
    // The most elements the parser may ever have open at once, as this pass counts them (it counts high
    // where unsure). Start tags beyond it are left out; their text stays.
    int maxOpenElements = 96;
};

// The input as UTF-8 for the parser, rewritten:
//  - formatting elements (a, b, i, u, font, …) become <span data-dp="b">, so the parser treats them as
//    ordinary inline elements: no adoption agency, no reconstruction; the sanitizer turns them back;
//  - start tags that would open more than maxOpenElements elements are dropped;
//  - an element whose content the reader never shows (a comment, <title>, <style>, <textarea>, <select>,
//    <svg>, …) and whose end never comes loses its start, so the rest of the email is read as HTML instead
//    of being swallowed (a browser would show nothing of it; a reader of mail wants the text).
// Broken UTF-16 (a lone surrogate) becomes a replacement character, so the parser always gets UTF-8.
QByteArray guardHtmlForParser(QStringView html, const HtmlGuardLimits &limits = {});

} // namespace dp
