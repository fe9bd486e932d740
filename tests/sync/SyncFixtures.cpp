// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFixtures.h"
#include "settings/KeychainSecretStore.h"

#include "sync/http/OAuthTokens.h"

#include "app/SyncHooks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dp::test {
namespace {

QString n(qint64 value) {
    return QString::number(value);
}

} // namespace

QJsonArray standardPipelines() {
    auto stage = [](const char *id, const char *label, int order, const char *probability, bool closed) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("label"), QLatin1String(label)},
                           {QStringLiteral("displayOrder"), order},
                           {QStringLiteral("archived"), false},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("isClosed"),
                                         closed ? QStringLiteral("true") : QStringLiteral("false")},
                                        {QStringLiteral("probability"), QLatin1String(probability)}}}};
    };
    return QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("default")},
                    {QStringLiteral("label"), QStringLiteral("Sales Pipeline")},
                    {QStringLiteral("displayOrder"), 0},
                    {QStringLiteral("archived"), false},
                    {QStringLiteral("stages"),
                     QJsonArray{stage("appointmentscheduled", "Appointment Scheduled", 0, "0.2", false),
                                stage("qualifiedtobuy", "Qualified To Buy", 1, "0.4", false),
                                stage("contractsent", "Contract Sent", 2, "0.8", false),
                                stage("closedwon", "Closed Won", 3, "1.0", true),
                                stage("closedlost", "Closed Lost", 4, "0.0", true)}}}};
}

void fillHubSpot(HubSpotServer &server, const DatasetShape &shape) {
    server.setPipelines(standardPipelines());
    for (int o = 0; o < shape.owners; ++o) {
        const bool archived = o == shape.owners - 1;
        server.addOwner(QJsonObject{
            {QStringLiteral("id"), n(100 + o)},
            {QStringLiteral("userId"), archived ? QJsonValue(QJsonValue::Null) : QJsonValue(9000 + o)},
            {QStringLiteral("email"), QStringLiteral("rep%1@seller.io").arg(o)},
            {QStringLiteral("firstName"), QStringLiteral("Rep")},
            {QStringLiteral("lastName"), n(o)},
            {QStringLiteral("type"), QStringLiteral("PERSON")},
            {QStringLiteral("archived"), archived},
            {QStringLiteral("teams"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), n(70 + o % 2)},
                 {QStringLiteral("name"), o % 2 ? QStringLiteral("West") : QStringLiteral("East")},
                 {QStringLiteral("primary"), true}}}}});
    }
    for (int c = 0; c < shape.contacts; ++c)
        server.put(QStringLiteral("contacts"), 1000 + c,
                   {{QStringLiteral("firstname"), QStringLiteral("Buyer")},
                    {QStringLiteral("lastname"), n(c)},
                    {QStringLiteral("email"), QStringLiteral("Buyer%1@Client%2.com").arg(c).arg(c % 3)},
                    {QStringLiteral("jobtitle"), QStringLiteral("CFO")}},
                   kBaseStamp + c * 1000);
    const QStringList stages{QStringLiteral("appointmentscheduled"), QStringLiteral("qualifiedtobuy"),
                             QStringLiteral("contractsent"), QStringLiteral("closedwon"),
                             QStringLiteral("closedlost")};
    const QStringList types{QStringLiteral("emails"), QStringLiteral("calls"), QStringLiteral("meetings"),
                            QStringLiteral("notes")};
    qint64 engagement = 20000;
    for (int d = 0; d < shape.deals; ++d) {
        const qint64 dealId = 5000 + d;
        server.put(QStringLiteral("deals"), dealId,
                   {{QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(d)},
                    {QStringLiteral("amount"), n(1000 * (d + 1))},
                    {QStringLiteral("closedate"),
                     QStringLiteral("2024-07-%1T00:00:00Z").arg(1 + d % 28, 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("dealstage"), stages[d % stages.size()]},
                    {QStringLiteral("pipeline"), QStringLiteral("default")},
                    {QStringLiteral("hubspot_owner_id"), n(100 + d % shape.owners)},
                    {QStringLiteral("createdate"), QStringLiteral("2024-04-01T09:00:00.000Z")}},
                   kBaseStamp + 100000 + d * 1000);
        const qint64 contactA = 1000 + (d * 2) % shape.contacts;
        const qint64 contactB = 1000 + (d * 2 + 1) % shape.contacts;
        server.associate(QStringLiteral("deals"), dealId, QStringLiteral("contacts"), contactA);
        server.associate(QStringLiteral("deals"), dealId, QStringLiteral("contacts"), contactB);
        for (int e = 0; e < shape.engagementsPerDeal; ++e, ++engagement) {
            const QString type = types[e % types.size()];
            const Millis at = kBaseStamp + 200000 + engagement * 1000;
            QMap<QString, QString> props{{QStringLiteral("hs_timestamp"), n(at - 3600000)}};
            const QString buyer =
                QStringLiteral("buyer%1@client%2.com").arg(contactA - 1000).arg((contactA - 1000) % 3);
            if (type == u"emails") {
                const bool reply = d % 2 == 0; // the buyer answered on every other deal
                props.insert(QStringLiteral("hs_email_subject"),
                             QStringLiteral("Re: proposal %1").arg(engagement));
                props.insert(QStringLiteral("hs_email_text"), QStringLiteral("Thanks, see you soon."));
                props.insert(QStringLiteral("hs_email_direction"),
                             reply ? QStringLiteral("INCOMING_EMAIL") : QStringLiteral("EMAIL"));
                props.insert(QStringLiteral("hs_email_from_email"),
                             reply ? buyer : QStringLiteral("rep0@seller.io"));
                props.insert(QStringLiteral("hs_email_to_email"),
                             reply ? QStringLiteral("rep0@seller.io") : buyer);
            } else if (type == u"calls") {
                props.insert(QStringLiteral("hs_call_title"), QStringLiteral("Discovery call"));
                props.insert(QStringLiteral("hs_call_status"), QStringLiteral("COMPLETED"));
                props.insert(QStringLiteral("hs_call_direction"), QStringLiteral("OUTBOUND"));
                props.insert(QStringLiteral("hs_call_duration"), QStringLiteral("125400"));
            } else if (type == u"meetings") {
                props.insert(QStringLiteral("hs_meeting_title"), QStringLiteral("Demo"));
                props.insert(QStringLiteral("hs_meeting_outcome"), QStringLiteral("COMPLETED"));
                props.insert(
                    QStringLiteral("hs_meeting_start_time"),
                    QDateTime::fromMSecsSinceEpoch(at - 7200000, Qt::UTC).toString(Qt::ISODateWithMs));
                props.insert(
                    QStringLiteral("hs_meeting_end_time"),
                    QDateTime::fromMSecsSinceEpoch(at - 5400000, Qt::UTC).toString(Qt::ISODateWithMs));
            } else {
                props.insert(QStringLiteral("hs_note_body"), QStringLiteral("Champion is the CFO."));
            }
            server.put(type, engagement, props, at);
            server.associate(type, engagement, QStringLiteral("deals"), dealId);
            server.associate(type, engagement, QStringLiteral("contacts"), contactA);
        }
    }
}

sync::SyncOptions syncOptions(const QStringList &objects) {
    sync::SyncOptions options;
    options.objects = objects;
    options.hooks = app::analyticsSyncHooks(HealthSettings{});
    return options;
}

SyncOutcome runConnector(Database &db, sync::Connector &connector, const sync::ApiClient &api,
                         const SyncSetup &setup) {
    SyncOutcome outcome;
    const SystemClock systemClock;
    const FixedClock fixedClock(setup.startedAt);
    sync::SyncRun run(db, setup.startedAt ? static_cast<const Clock &>(fixedClock) : systemClock);
    run.commits.setRecordsPerCommit(setup.recordsPerCommit);
    // Commits by record count alone, so a test's syncs commit at the same points however slow the machine.
    run.commits.setMaxAge(std::nullopt);
    if (setup.prepare)
        setup.prepare(run);
    try {
        outcome.report = sync::runSync(connector, run, syncOptions(setup.objects));
        outcome.ok = true;
    } catch (const sync::SyncError &error) {
        outcome.errorKind = error.kind();
        outcome.error = error.message();
    }
    outcome.requests = api.requestsSent();
    return outcome;
}

SyncOutcome syncHubSpot(Database &db, const HubSpotServer &server, const SyncSetup &setup) {
    sync::HttpOptions httpOptions;
    httpOptions.stallTimeout = setup.stallTimeout;
    sync::HttpClient http(httpOptions);
    sync::ApiClient api(http, QStringLiteral("HubSpot"), sync::hubSpotErrorInterpreter(), setup.retry);
    std::unique_ptr<sync::TokenSource> tokens;
    if (setup.oauth)
        tokens = std::make_unique<sync::OAuthRefresher>(*setup.oauth);
    else
        tokens = std::make_unique<sync::FixedToken>(setup.token);
    api.setTokenSource(tokens.get());
    sync::HubSpotSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.listPageSize = setup.pageSize;
    settings.searchPageSize = setup.pageSize;
    sync::HubSpotConnector connector(api, settings);
    return runConnector(db, connector, api, setup);
}

QStringList dumpCache(Database &db, bool withFigures, bool withHistory) {
    QStringList lines;
    struct Table {
        const char *prefix;
        const char *sql;
        int columns;
    };
    const Table tables[] = {
        {"owner",
         "SELECT o.remote_id, o.name, o.email, coalesce(t.remote_id, ''), o.is_active FROM owners o"
         " LEFT JOIN teams t ON t.id = o.team_id",
         5},
        {"contact", "SELECT remote_id, first_name, last_name, coalesce(email, ''), title FROM contacts", 5},
        {"deal",
         "SELECT d.remote_id, d.name, coalesce(o.remote_id, ''), d.pipeline, d.stage, d.stage_order,"
         " coalesce(d.stage_probability, 'null'), coalesce(d.amount, 'null'), d.currency,"
         " coalesce(d.close_date, ''), d.created_at, d.is_closed, d.is_won, d.is_deleted, d.forecast_category"
         " FROM deals d LEFT JOIN owners o ON o.id = d.owner_id WHERE d.is_deleted = 0",
         15},
        {"deal_contact",
         "SELECT d.remote_id, c.remote_id FROM deal_contacts x JOIN deals d ON d.id = x.deal_id"
         " JOIN contacts c ON c.id = x.contact_id WHERE d.is_deleted = 0",
         2},
        {"interaction",
         "SELECT remote_id, kind, direction, occurred_at, is_deleted, subject, body_text, body_html,"
         " from_address, to_addresses, cc_addresses, coalesce(duration_seconds, 'null'), status, transcript"
         " FROM interactions WHERE is_deleted = 0",
         14},
        {"interaction_deal",
         "SELECT i.remote_id, d.remote_id FROM interaction_deals x JOIN interactions i ON"
         " i.id = x.interaction_id JOIN deals d ON d.id = x.deal_id"
         " WHERE d.is_deleted = 0 AND i.is_deleted = 0",
         2},
        {"interaction_contact",
         "SELECT i.remote_id, c.remote_id FROM interaction_contacts x JOIN interactions i"
         " ON i.id = x.interaction_id JOIN contacts c ON c.id = x.contact_id"
         " WHERE i.is_deleted = 0",
         2},
        {"history",
         "SELECT d.remote_id, h.field, coalesce(h.old_value, ''), coalesce(h.new_value, ''), h.changed_at"
         " FROM deal_field_history h JOIN deals d ON d.id = h.deal_id WHERE d.is_deleted = 0",
         5},
    };
    const Table figures{"figures",
                        "SELECT d.remote_id, m.as_of, m.band, m.score, m.inbound_28d, m.outbound_28d,"
                        " coalesce(m.last_inbound_at, ''), m.reasons_json FROM deal_metrics m JOIN deals d"
                        " ON d.id = m.deal_id",
                        8};
    std::vector<Table> all(std::begin(tables), std::end(tables));
    if (withFigures)
        all.push_back(figures);
    if (!withHistory)
        std::erase_if(all, [](const Table &t) { return qstrcmp(t.prefix, "history") == 0; });
    for (const Table &table : all) {
        Statement query(db.handle(), table.sql);
        while (query.step()) {
            QStringList fields{QLatin1String(table.prefix)};
            for (int c = 0; c < table.columns; ++c)
                fields.append(query.text(c));
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString integrityCheck(Database &db) {
    Statement check(db.handle(), "PRAGMA integrity_check");
    return check.step() ? check.text(0) : QStringLiteral("no answer");
}

QString cacheDifference(Database &interrupted, Database &fresh) {
    const QStringList got = dumpCache(interrupted, false, false);
    const QStringList expected = dumpCache(fresh, false, false);
    if (got == expected)
        return {};
    const QSet<QString> gotSet(got.begin(), got.end()), expectedSet(expected.begin(), expected.end());
    QStringList lines{QStringLiteral("%1 lines, a fresh cache has %2").arg(got.size()).arg(expected.size())};
    for (const QString &line : (gotSet - expectedSet).values().mid(0, 5))
        lines.append(QStringLiteral("only in the interrupted cache: ") + line);
    for (const QString &line : (expectedSet - gotSet).values().mid(0, 5))
        lines.append(QStringLiteral("only in a fresh cache: ") + line);
    return lines.join(QLatin1Char('\n'));
}

bool inTestKeychain(QString *why) {
    if (qEnvironmentVariableIsSet("DEALPULSE_TEST_KEYRING"))
        return true;
    *why = QStringLiteral("run through ctest, which gives the test a keychain of its own "
                          "(tests/support/with-keyring.sh); never the user's");
    return false;
}

QByteArray secretInKeychain(const QString &key) {
    QString error;
    return KeychainSecretStore().read(key, &error).value_or(QByteArray());
}

void storeInKeychain(const QString &key, const QByteArray &secret) {
    QString error;
    if (!KeychainSecretStore().write(key, secret, &error))
        qFatal("the test keychain refused %s: %s", qPrintable(key), qPrintable(error));
}

void clearKeychain() {
    KeychainSecretStore keychain;
    QString error;
    for (const char *crm : {"hubspot/", "salesforce/"})
        for (const char *name : {"access_token", "client_secret", "refresh_token"})
            for (const char *owner : {"", "cli/"})
                keychain.remove(QLatin1String(owner) + QLatin1String(crm) + QLatin1String(name), &error);
}

QStringList dumpCacheFile(const QString &path) {
    auto opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok())
        return {QStringLiteral("cannot open %1: %2").arg(path, opened.error)};
    return dumpCache(*opened.database);
}

} // namespace dp::test
