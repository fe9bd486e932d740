// SPDX-License-Identifier: GPL-3.0-or-later
// dealpulse sync: brings a cache up to date with a CRM, printing progress on stderr and a summary on stdout.

#include "cli/CacheArgument.h"
#include "cli/Cli.h"
#include "cli/CliSecrets.h"
#include "cli/CliSettings.h"

#include "app/SyncHooks.h"
#include "settings/SavedCrmConnection.h"
#include "settings/SettingsStore.h"
#include "sync/CrmSession.h"
#include "sync/engine/SyncEngine.h"
#include "sync/engine/SyncError.h"
#include "sync/http/RefreshTokenHandoff.h"
#include "sync/http/SavedRefreshToken.h"
#include "sync/salesforce/SalesforceConnector.h"
#include "tasks/TaskRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

namespace dp::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("dp::cli", text);
}

QByteArray env(const char *name) {
    return qgetenv(name);
}

// Reads the credentials from DEALPULSE_<CRM>_* variables; nothing when none are set. The refresh token is the
// environment's, or the one a former run kept in the keychain when the CRM rotated it (see
// SavedRefreshToken).
std::optional<sync::CrmConnection> connectionFromEnvironment(sync::CrmConnection::Source source,
                                                             sync::SecretStore &secrets) {
    sync::CrmConnection connection;
    connection.source = source;
    const bool hubSpot = source == sync::CrmConnection::Source::HubSpot;
    connection.accessToken = env(hubSpot ? "DEALPULSE_HUBSPOT_TOKEN" : "DEALPULSE_SALESFORCE_TOKEN");
    connection.clientId = env(hubSpot ? "DEALPULSE_HUBSPOT_CLIENT_ID" : "DEALPULSE_SALESFORCE_CLIENT_ID");
    connection.clientSecret =
        env(hubSpot ? "DEALPULSE_HUBSPOT_CLIENT_SECRET" : "DEALPULSE_SALESFORCE_CLIENT_SECRET");
    connection.refreshToken =
        env(hubSpot ? "DEALPULSE_HUBSPOT_REFRESH_TOKEN" : "DEALPULSE_SALESFORCE_REFRESH_TOKEN");
    if (!hubSpot)
        connection.loginUrl = QString::fromUtf8(env("DEALPULSE_SALESFORCE_LOGIN_URL"));
    if (connection.accessToken.isEmpty() && !connection.clientId.isEmpty() &&
        !connection.clientSecret.isEmpty()) {
        QString ignored; // no keychain (a headless server): the environment's token is all there is
        connection.refreshToken =
            sync::SavedRefreshToken(secrets, source).choose(connection.refreshToken, &ignored);
    }
    if (!connection.hasCredentials())
        return std::nullopt;
    return connection;
}

QString progressLine(const sync::SyncProgress &progress) {
    QString line =
        tr("%1 (%2 of %3): %4, %5, %6 records/s")
            .arg(progress.object)
            .arg(progress.objectIndex)
            .arg(progress.objectCount)
            .arg(QCoreApplication::translate("dp::cli", "%n record(s)", nullptr, int(progress.records)),
                 QCoreApplication::translate("dp::cli", "%n page(s)", nullptr, int(progress.pages)))
            .arg(qRound(progress.recordsPerSecond));
    if (progress.etaSeconds)
        line += tr(", about %1 s left for %2").arg(*progress.etaSeconds).arg(progress.object);
    return line;
}

// Runs the sync itself, on a thread that is not the keychain's.
int syncOnThisThread(const sync::CrmConnection &connection, Database &db, std::optional<Millis> now,
                     const sync::SyncOptions &options, sync::RefreshTokenHandoff &handoff, const QString &crm,
                     QString *instanceUrl) {
    const QString verb = QStringLiteral("sync");
    QTextStream err(stderr);
    try {
        sync::CrmSession session(connection, nullptr);
        session.setOnRefreshTokenRotated([&](const QByteArray &token, quint64 generation) {
            QString error;
            if (handoff.keep(token, generation, &error))
                return;
            // The old token is already dead: stop, and say so with a failing exit code, so a script does
            // not go on as if the next run could sign in.
            throw sync::SyncError(sync::SyncError::Kind::Credentials,
                                  tr("%1 replaced the refresh token, but %2 would not keep the new one (%3); "
                                     "the next sync needs a new refresh token.")
                                      .arg(crm, secretStoreName(), error));
        });
        const SystemClock systemClock;
        const FixedClock fixedClock(now.value_or(0));
        const Clock &clock = now ? static_cast<const Clock &>(fixedClock) : systemClock;
        sync::SyncRun run{db, clock};
        QElapsedTimer sinceLastLine;
        sinceLastLine.start();
        QString lastObject;
        run.onProgress = [&](const sync::SyncProgress &progress) {
            // A line a second, and one whenever the object changes: readable in a terminal and in a log.
            if (progress.object == lastObject && sinceLastLine.elapsed() < 1000)
                return;
            lastObject = progress.object;
            sinceLastLine.restart();
            err << progressLine(progress) << '\n';
            err.flush();
        };
        const sync::SyncReport report = sync::runSync(session.connector(), run, options);
        *instanceUrl = session.instanceUrl();
        for (const QString &warning : report.warnings.samples)
            err << tr("warning: %1").arg(warning) << '\n';
        // Every count has its own plural form, so the sentence is put together from its pieces.
        const auto count = [](const char *text, qint64 n) {
            return QCoreApplication::translate("dp::cli", text, nullptr, int(n));
        };
        QTextStream(stdout)
            << tr("Synced %1 in %2 (%3 deleted) in %4 s; %5; recomputed %6; %7; %8 wait for "
                  "records not synced.")
                   .arg(count(QT_TRANSLATE_N_NOOP("dp::cli", "%n record(s)"), report.records),
                        count(QT_TRANSLATE_N_NOOP("dp::cli", "%n page(s)"), report.pages))
                   .arg(report.deletions)
                   .arg(report.seconds, 0, 'f', 1)
                   .arg(count(QT_TRANSLATE_N_NOOP("dp::cli", "%n request(s)"), session.api().requestsSent()),
                        count(QT_TRANSLATE_N_NOOP("dp::cli", "%n deal(s)"), report.dealsRecomputed),
                        count(QT_TRANSLATE_N_NOOP("dp::cli", "%n warning(s)"), report.warnings.count),
                        count(QT_TRANSLATE_N_NOOP("dp::cli", "%n link(s)"), report.pendingLinks))
            << '\n';
    } catch (const sync::SyncError &error) {
        return fail(verb, error.message(), kExitFailure);
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    } catch (const std::exception &error) {
        return fail(verb, tr("stopped on an unexpected error (%1)").arg(QString::fromLocal8Bit(error.what())),
                    kExitFailure);
    }
    return 0;
}

} // namespace

int runSync(const QStringList &arguments) {
    const QString verb = QStringLiteral("sync");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings the cache up to date with a CRM: with the connection saved in the window's Settings → CRM "
           "(its secrets from the keychain), or with credentials in the environment, which win. HubSpot "
           "credentials: DEALPULSE_HUBSPOT_TOKEN (private app), or DEALPULSE_HUBSPOT_CLIENT_ID, "
           "DEALPULSE_HUBSPOT_CLIENT_SECRET and "
           "DEALPULSE_HUBSPOT_REFRESH_TOKEN (OAuth). Salesforce credentials: DEALPULSE_SALESFORCE_TOKEN (a "
           "session id, with --instance-url), or DEALPULSE_SALESFORCE_CLIENT_ID, "
           "DEALPULSE_SALESFORCE_CLIENT_SECRET, DEALPULSE_SALESFORCE_REFRESH_TOKEN and optionally "
           "DEALPULSE_SALESFORCE_LOGIN_URL (OAuth; default %1).")
            .arg(sync::kSalesforceDefaultLoginUrl));
    addDbOption(parser);
    parser.addOption({QStringLiteral("source"),
                      tr("The CRM: 'hubspot' or 'salesforce' (default: the one saved in Settings → CRM)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("base-url"),
                      tr("HubSpot API address (default %1).").arg(QStringLiteral("https://api.hubapi.com")),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("instance-url"),
                      tr("Salesforce instance address (default: the one the OAuth sign-in names)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("objects"),
                      tr("Only these objects, comma-separated (e.g. owners,pipelines,deals)."),
                      QStringLiteral("LIST")});
    parser.addOption(
        {QStringLiteral("now"), tr("The instant deal figures are computed as of."), QStringLiteral("ISO")});
    int exitCode = 0;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;

    SettingsStore settings;
    const QString sourceName = parser.isSet(QStringLiteral("source")) ? parser.value(QStringLiteral("source"))
                               : settings.isCrmConfigured() ? sync::sourceKey(settings.savedCrmSource())
                                                            : QString();
    if (sourceName != u"hubspot" && sourceName != u"salesforce")
        return fail(
            verb,
            parser.isSet(QStringLiteral("source"))
                ? tr("--source wants 'hubspot' or 'salesforce'")
                : tr("no CRM connection is saved in Settings → CRM: give --source 'hubspot' or 'salesforce' "
                     "and the credentials in the environment"),
            kExitUsage);
    std::optional<Millis> now;
    if (!parseInstantOption(parser, QStringLiteral("now"), verb, &now))
        return kExitUsage;
    const bool salesforce = sourceName == u"salesforce";
    const auto source =
        salesforce ? sync::CrmConnection::Source::Salesforce : sync::CrmConnection::Source::HubSpot;
    const std::unique_ptr<sync::SecretStore> secrets = openCliSecretStore();
    auto connection = connectionFromEnvironment(source, *secrets);
    // Without credentials in the environment: the connection saved in the window, when it is this CRM's.
    std::optional<SavedCrmConnection> saved;
    QString keychainError;
    if (!connection && settings.isCrmConfigured() && settings.savedCrmSource() == source) {
        saved = loadSavedCrmConnection(settings, *secrets, &keychainError);
        if (saved)
            connection = saved->connection;
    }
    if (!connection && !keychainError.isEmpty())
        return fail(verb,
                    tr("the connection saved in Settings → CRM could not be read from %1 (%2)")
                        .arg(secretStoreName(), keychainError),
                    kExitFailure);
    if (!connection && salesforce)
        return fail(verb,
                    tr("no Salesforce credentials: set DEALPULSE_SALESFORCE_TOKEN, or "
                       "DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET and "
                       "DEALPULSE_SALESFORCE_REFRESH_TOKEN"),
                    kExitUsage);
    if (!connection)
        return fail(verb,
                    tr("no HubSpot credentials: set DEALPULSE_HUBSPOT_TOKEN, or DEALPULSE_HUBSPOT_CLIENT_ID, "
                       "DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN"),
                    kExitUsage);
    if (salesforce) {
        if (!saved || parser.isSet(QStringLiteral("instance-url")))
            connection->baseUrl = parser.value(QStringLiteral("instance-url")).trimmed();
        if (!connection->usesOAuth() && connection->baseUrl.isEmpty())
            return fail(verb,
                        tr("DEALPULSE_SALESFORCE_TOKEN needs --instance-url (e.g. "
                           "https://yourcompany.my.salesforce.com)"),
                        kExitUsage);
        if (!connection->baseUrl.isEmpty() && !sync::isAllowedUrl(connection->baseUrl + QStringLiteral("/")))
            return fail(verb,
                        tr("--instance-url must be an https address (plain http only to this computer)"),
                        kExitUsage);
        if (!connection->loginUrl.isEmpty() &&
            !sync::isAllowedUrl(connection->loginUrl + QStringLiteral("/")))
            return fail(verb,
                        tr("DEALPULSE_SALESFORCE_LOGIN_URL must be an https address (plain http only to this "
                           "computer)"),
                        kExitUsage);
    } else {
        if (!saved || parser.isSet(QStringLiteral("base-url")))
            connection->baseUrl = parser.value(QStringLiteral("base-url"));
        if (!connection->baseUrl.isEmpty() && !sync::isAllowedUrl(connection->baseUrl + QStringLiteral("/")))
            return fail(verb, tr("--base-url must be an https address (plain http only to this computer)"),
                        kExitUsage);
    }

    const auto db = openCache(cachePath(parser), Database::Mode::CreateIfMissing);
    if (!db)
        return kExitFailure;
    // The recompute after the sync uses the window's figure settings, so both show the same figures.
    const AppSettings figureSettings = windowSettings();
    try {
        applyWindowDomains(*db, figureSettings);
    } catch (const StoreError &error) {
        return fail(verb, error.message(), kExitFailure);
    }
    sync::SyncOptions options;
    options.hooks = app::analyticsSyncHooks(figureSettings.health());
    if (parser.isSet(QStringLiteral("objects")))
        options.objects = parser.value(QStringLiteral("objects")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (saved)
        options.objects = saved->objects;

    // The old refresh token stops working the moment the CRM rotates it: the new one is kept at once, so
    // neither a failure later in this sync nor a kill loses it. The keychain completes its jobs through
    // this (main) thread's event loop, so this thread stores the tokens, from its event loop, and the sync
    // runs as a task: were this thread the one waiting for the sync's fetch thread, a token arriving there
    // would hang both.
    const QString crm = salesforce ? QStringLiteral("Salesforce") : QStringLiteral("HubSpot");
    const QByteArray environmentToken =
        env(salesforce ? "DEALPULSE_SALESFORCE_REFRESH_TOKEN" : "DEALPULSE_HUBSPOT_REFRESH_TOKEN");
    bool noticed = false;
    sync::RefreshTokenHandoff handoff([&](const QByteArray &token, QString *error) {
        if (saved) {
            // The window's connection: its token is replaced where the window reads it.
            if (!secrets->write(refreshTokenKey(source), token, error))
                return false;
            if (!noticed)
                QTextStream(stderr) << tr("notice: %1 replaced the refresh token; the new one is saved in %2 "
                                          "(key %3) for Settings → CRM.")
                                           .arg(crm, secretStoreName(), refreshTokenKey(source))
                                    << '\n';
            noticed = true;
            return true;
        }
        sync::SavedRefreshToken kept(*secrets, source);
        if (!kept.keep(token, environmentToken, error))
            return false;
        if (!noticed)
            QTextStream(stderr)
                << tr("notice: %1 replaced the refresh token; the new one is saved in %2 (key "
                      "%3) and later syncs use it.")
                       .arg(crm, secretStoreName(), kept.tokenKey())
                << '\n';
        noticed = true;
        return true;
    });
    TaskRunner runner;
    int syncExitCode = kExitFailure;
    QString instanceUrl;
    Task *task = runner.run<int>(
        &runner, [&] { return syncOnThisThread(*connection, *db, now, options, handoff, crm, &instanceUrl); },
        [&syncExitCode](int code) { syncExitCode = code; }, TaskRunner::Long);
    QEventLoop loop;
    QObject::connect(task, &Task::finished, &loop, [&loop, task, &verb] {
        if (!task->failure().isEmpty())
            fail(verb, task->failure(), kExitFailure);
        loop.quit();
    });
    loop.exec();
    // As the window does: a Salesforce sign-in names where the org lives now.
    if (saved && salesforce && !instanceUrl.isEmpty() && instanceUrl != connection->baseUrl)
        settings.setSalesforceInstanceUrl(instanceUrl);
    return syncExitCode;
}

} // namespace dp::cli
