// SPDX-License-Identifier: GPL-3.0-or-later
// The well-formedness check the listing's fetch step runs instead of a parse: it must accept exactly what
// QJsonDocument accepts on every body a CRM sends, and reject bodies cut short or not JSON at all, since a
// rejected page is fetched again and an accepted one without a cursor ends the listing.

#include "sync/http/JsonScan.h"

#include <QJsonDocument>
#include <QTest>

using namespace dp::sync;

namespace {

// JSON written with single quotes, which read better in C++ strings (and moc cannot read raw strings).
QByteArray json(const char *text) {
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestJsonScan final : public QObject {
    Q_OBJECT

private slots:
    void agreesWithQtsParser_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object") << json("{'a':1,'b':[true,false,null],'c':{'d':'e'}}");
        QTest::newRow("array") << QByteArray("[1, -2.5e+3, 0.25, 1E2, -0]");
        QTest::newRow("whitespace") << QByteArray(" \r\n\t{ \"a\" : [ ] , \"b\" : { } }\n");
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"]");
        QTest::newRow("utf-8") << QByteArray("[\"Rom\xc3\xa2nia \xe2\x82\xac\"]");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("cut in a string") << json("{'results':[{'id':'1','subject':'Pri");
        QTest::newRow("cut after a value") << json("{'results':[{'id':'1'}");
        QTest::newRow("cut in an escape") << QByteArray("[\"\\u00");
        QTest::newRow("cut in a literal") << QByteArray("[tru");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("missing comma") << json("{'a':1 'b':2}");
        QTest::newRow("key not a string") << QByteArray("{a:1}");
        QTest::newRow("two values") << QByteArray("{} {}");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare dot") << QByteArray("[1.]");
        QTest::newRow("plus sign") << QByteArray("[+1]");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]");
        QTest::newRow("unclosed object") << json("{'a':{'b':1}");
        QTest::newRow("bare exponent") << QByteArray("[1e]");
        QTest::newRow("signed bare exponent") << QByteArray("[1e+]");
        QTest::newRow("bad unicode escape") << QByteArray("[\"\\u00g0\"]");
        QTest::newRow("close mismatch") << QByteArray("[1}");
    }

    void agreesWithQtsParser() {
        QFETCH(QByteArray, text);
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QCOMPARE(scanJson(text).wellFormed, error.error == QJsonParseError::NoError);
    }

    void findsTheRootsMemberOnly() {
        const QByteArray page = json(
            "{'results':[{'id':'7','paging':{'next':{'after':'inner'}}}],'paging':{'next':{'after':'200'}}}");
        const JsonScan scan = scanJson(page, "paging");
        QVERIFY(scan.wellFormed);
        QVERIFY(scan.member);
        QCOMPARE(scan.member->toByteArray(), json("{'next':{'after':'200'}}"));
        QVERIFY(!scanJson(json("{'results':[]}"), "paging").member); // the last page: no cursor
        QVERIFY(!scanJson(json("{'results':[], 'paging':"), "paging").wellFormed);
    }

    void boundsTheNesting() {
        QVERIFY(scanJson(QByteArray(100, '[') + QByteArray(100, ']')).wellFormed);
        QVERIFY(!scanJson(QByteArray(100000, '[') + QByteArray(100000, ']')).wellFormed);
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "test_json_scan.moc"
