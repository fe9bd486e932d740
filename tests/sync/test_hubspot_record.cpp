// SPDX-License-Identifier: GPL-3.0-or-later
// HubSpot list pages are read with simdjson, search answers and tests with Qt's parser: an engagement must
// map to the same interaction either way. Each page below is read both ways and every field the mapping
// reads is compared; pages simdjson rejects but Qt reads must still be read (through Qt).

#include "sync/CrmValues.h"
#include "sync/hubspot/HubSpotMapping.h"
#include "sync/hubspot/HubSpotRecord.h"

#include "domain/CheckedNumber.h"
#include "domain/TimeFormat.h"

#include <QJsonDocument>
#include <QTest>

using namespace dp::sync;

namespace {

// JSON written with single quotes, which read better in C++ strings (and moc cannot read raw strings).
QByteArray json(const char *text) {
    return QByteArray(text).replace('\'', '"');
}

const char *const kProperties[] = {"hs_email_subject",
                                   "hs_email_text",
                                   "hs_timestamp",
                                   "hs_call_duration",
                                   "amount",
                                   "big",
                                   "negative",
                                   "tiny",
                                   "flag",
                                   "nothing",
                                   "nested",
                                   "list",
                                   "twice",
                                   "missing",
                                   "hs_email_html"};
const char *const kAssociations[] = {"deals", "contacts", "companies", "tickets"};

HubSpotRecordPage readWithQt(const QByteArray &body) {
    return HubSpotRecordPage::fromResults(
        QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray());
}

} // namespace

class TestHubSpotRecord final : public QObject {
    Q_OBJECT

private slots:
    void readsAsQtDoes_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("fast");
        QTest::newRow("engagements")
            << json("{'results':[{'id':'101','archived':false,'createdAt':'2026-03-01T10:00:00.000Z',"
                    "'properties':{'hs_email_subject':'Re: pricing \\u00e9 \\uD83D\\uDE00 \\'quoted\\' \\\\ "
                    "\\/',"
                    "'hs_email_text':'line one\\nline two\\ttab','hs_timestamp':'2026-03-02T09:30:00Z',"
                    "'hs_call_duration':65000,'amount':'12,500.50','big':12345678901234567890,"
                    "'negative':-9223372036854775808,'tiny':1.5e-7,'flag':true,'nothing':null,"
                    "'nested':{'a':1},'list':[1,2],'hs_email_html':'<p>caf\xc3\xa9 \xe2\x82\xac</p>'},"
                    "'associations':{'deals':{'results':[{'id':'7','type':'email_to_deal'},"
                    "{'id':'7','type':'primary'},{'id':8,'type':'x'}]},"
                    "'contacts':{'results':[{'id':'55'}],'paging':{'next':{'after':'MTAw'}}}}},"
                    "{'id':102,'archived':true,'properties':{},'associations':{'deals':{'results':[{'type':'"
                    "x'},"
                    "{'id':null}]},'contacts':{'results':'not a list'},'companies':{'paging':{'next':{}}}}}],"
                    "'paging':{'next':{'after':'102'}}}")
            << true;
        QTest::newRow("odd shapes") << json(
                                           "{'results':[17,{'properties':[1]},{'id':{'a':1},'archived':'yes',"
                                           "'createdAt':5,'associations':[]},{}]}")
                                    << true;
        QTest::newRow("a name twice") << json("{'results':[{'id':'1','id':'2','properties':{'twice':'first',"
                                              "'twice':'second'}}]}")
                                      << true;
        QTest::newRow("no results") << json("{'paging':{}}") << true;
        QTest::newRow("results not a list") << json("{'results':{'id':'1'}}") << true;
        QTest::newRow("not an object") << json("[{'results':[]}]") << true;
        QTest::newRow("escaped names") << json("{'results':[{'\\u0069d':'9','propert\\u0069es':"
                                               "{'hs_email_subject':'x\\u0000y'}}]}")
                                       << true;
        // Qt takes these; simdjson does not: they are read with Qt.
        QTest::newRow("raw control character")
            << QByteArray("{\"results\":[{\"id\":\"1\",\"properties\":{\"hs_email_text\":\"a\tb\nc\"}}]}")
            << false;
        QTest::newRow("number ending in a dot")
            << json("{'results':[{'id':'1','properties':{'amount':1.}}]}") << false;
        QTest::newRow("unknown escape")
            << QByteArray("{\"results\":[{\"id\":\"1\",\"properties\":{\"hs_email_subject\":\"a\\qb\"}}]}")
            << false;
    }

    void readsAsQtDoes() {
        QFETCH(QByteArray, body);
        QFETCH(bool, fast);
        QString error;
        const std::optional<HubSpotRecordPage> page = HubSpotRecordPage::parse(body, error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->parsedFast(), fast);
        const HubSpotRecordPage expected = readWithQt(body);
        QCOMPARE(page->records().size(), expected.records().size());
        for (size_t i = 0; i < expected.records().size(); ++i) {
            const HubSpotRecord &read = *page->records()[i];
            const HubSpotRecord &reference = *expected.records()[i];
            QCOMPARE(read.id(), reference.id());
            QCOMPARE(read.archived(), reference.archived());
            QCOMPARE(read.createdAt(), reference.createdAt());
            for (const char *name : kProperties)
                QCOMPARE(read.property(QLatin1String(name)), reference.property(QLatin1String(name)));
            for (const char *to : kAssociations) {
                bool readComplete = false;
                bool referenceComplete = false;
                QCOMPARE(read.associatedIds(QLatin1String(to), readComplete),
                         reference.associatedIds(QLatin1String(to), referenceComplete));
                QCOMPARE(readComplete, referenceComplete);
            }
        }
    }

    // The values themselves, so that a fault both readers share does not go unseen.
    void readsTheValues() {
        QString error;
        const auto page = HubSpotRecordPage::parse(
            json("{'results':[{'id':'101','archived':true,'createdAt':'2026-03-01T10:00:00Z','properties':"
                 "{'hs_email_subject':'caf\\u00e9 \\uD83D\\uDE00','hs_call_duration':65000,'tiny':0.1,"
                 "'nothing':null},'associations':{'deals':{'results':[{'id':'7'},{'id':'7'},{'id':8}]},"
                 "'contacts':{'results':[{'id':'55'}],'paging':{'next':{'after':'MTAw'}}}}}]}"),
            error);
        QVERIFY(page && page->parsedFast());
        QCOMPARE(page->records().size(), size_t(1));
        const HubSpotRecord &record = *page->records().front();
        QCOMPARE(record.id(), QStringLiteral("101"));
        QVERIFY(record.archived());
        QCOMPARE(record.createdAt(), QStringLiteral("2026-03-01T10:00:00Z"));
        QCOMPARE(record.property(QLatin1String("hs_email_subject")),
                 QStringLiteral("caf\u00e9 ") + QString::fromUcs4(U"\U0001F600"));
        QCOMPARE(record.property(QLatin1String("hs_call_duration")), QStringLiteral("65000"));
        QCOMPARE(record.property(QLatin1String("tiny")), QStringLiteral("0.10000000000000001"));
        QCOMPARE(record.property(QLatin1String("nothing")), QString());
        QCOMPARE(record.property(QLatin1String("missing")), QString());
        bool complete = false;
        QCOMPARE(record.associatedIds(QLatin1String("deals"), complete),
                 QStringList({QStringLiteral("7"), QStringLiteral("8")}));
        QVERIFY(complete);
        QCOMPARE(record.associatedIds(QLatin1String("contacts"), complete), QStringList());
        QVERIFY(!complete);
    }

    // Numbers a server sends may be anything a double holds: converting one that does not fit is undefined
    // behaviour (UBSan runs this suite), so they are refused or bounded, never cast.
    void outOfRangeNumbersAreRefusedNotCast() {
        constexpr qint64 lowest = std::numeric_limits<qint64>::min();
        constexpr qint64 highest = std::numeric_limits<qint64>::max();
        QVERIFY(!dp::toInt64Checked(1e300));
        QVERIFY(!dp::toInt64Checked(-1e300));
        QVERIFY(!dp::toInt64Checked(std::numeric_limits<double>::infinity()));
        QVERIFY(!dp::toInt64Checked(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!dp::toInt64Checked(9223372036854775808.0)); // 2^63
        QCOMPARE(dp::toInt64Checked(-9223372036854775808.0), std::optional<qint64>(lowest));
        QCOMPARE(dp::toInt64Checked(-2.9), std::optional<qint64>(-2));
        QCOMPARE(dp::toIntChecked(2147483647.9), std::optional<int>(2147483647));
        QVERIFY(!dp::toIntChecked(2147483648.0));

        QCOMPARE(hubSpotIdText(QJsonValue(1e300)), QString());
        QCOMPARE(hubSpotIdText(QJsonValue(512.0)), QStringLiteral("512"));
        QString error;
        const QByteArray body =
            json("{'results':[{'id':1e300,'properties':{'hs_call_duration':'1e300',"
                 "'hs_timestamp':'-9223372036854775808'}}],'paging':{'next':{'after':1e300}}}");
        const auto page = HubSpotRecordPage::parse(body, error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->records().front()->id(), QString());
        QCOMPARE(readWithQt(body).records().front()->id(), QString());
        SyncWarnings warnings;
        const dp::Interaction call =
            mapHubSpotEngagement(QStringLiteral("calls"), *page->records().front(), {}, warnings);
        QVERIFY(!call.durationSeconds);

        const auto meeting = HubSpotRecordPage::fromResults(
            QJsonDocument::fromJson(
                json("[{'id':'7','properties':{'hs_meeting_start_time':'-9223372036854775808',"
                     "'hs_meeting_end_time':'9223372036854775807'}}]"))
                .array());
        QVERIFY(!mapHubSpotEngagement(QStringLiteral("meetings"), *meeting.records().front(), {}, warnings)
                     .durationSeconds);
        const QJsonArray versions = QJsonDocument::fromJson(json("[{'value':'5','timestamp':1e300},"
                                                                 "{'value':'6','timestamp':-1e300}]"))
                                        .array();
        QVERIFY(hubSpotFieldHistory(dp::DealField::Amount, versions, {}).isEmpty());

        QVERIFY(!parseCrmInstant(QStringLiteral("-9223372036854775808")));
        QVERIFY(!parseCrmInstant(QStringLiteral("99999999999999999999")));
        QCOMPARE(parseCrmInstant(QStringLiteral("1714521600000")), std::optional<qint64>(1714521600000));
        QVERIFY(!secondsBetween(lowest, highest));
        QCOMPARE(secondsBetween(0, 65000), std::optional<int>(65));
        QCOMPARE(dp::isoUtc(lowest), QString());
        QCOMPARE(dp::isoUtc(highest), QString());
        QCOMPARE(dp::isoUtc(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(dp::isoUtc(dp::kLatestInstant), QStringLiteral("9999-12-31T23:59:59.999Z"));
    }

    void pagesNeitherParserReadsAreRefused() {
        for (const QByteArray &body :
             {json("{'results':[{'id':'1'}"), QByteArray("<html>502</html>"), QByteArray(),
              QByteArray("{\"results\":[{\"id\":\"a\xff\xfe b\"}]}")}) { // the last: not UTF-8
            QString error;
            QVERIFY(!HubSpotRecordPage::parse(body, error));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHubSpotRecord)
#include "test_hubspot_record.moc"
