// SPDX-License-Identifier: GPL-3.0-or-later
// The command line computes with the window's settings (the same settings file): one cache gives the same
// figures in the window and in `dealpulse export`; an explicit flag wins over a setting.

#include "AppProcess.h"
#include "TestSupport.h"
#include "analytics/FigureRefresh.h"
#include "settings/SettingsStore.h"
#include "store/Database.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;

namespace {

// The settings file the app's children read (the test's XDG_CONFIG_HOME, as ctest sets it).
QString appSettingsFile() {
    return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Dealpulse/Dealpulse.conf");
}

const QString kAsOf = QStringLiteral("2026-11-28T09:00:00Z");

} // namespace

class TestCliSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_exports = 0;

    // The exported deals (the header's going-dark days in *darkDays), or an empty array when it failed.
    QJsonArray exportDeals(const QString &db, const QStringList &extra = {}, int *darkDays = nullptr) {
        const QString out = m_dir.filePath(QStringLiteral("export-%1.json").arg(++m_exports));
        const test::AppRun run =
            test::runApp(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--out"), out, QStringLiteral("--as-of"), kAsOf} +
                         extra);
        if (run.exitCode != 0) {
            qWarning("export failed: %s", qPrintable(run.err));
            return {};
        }
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        if (darkDays)
            *darkDays = document.value(QStringLiteral("going_dark_days")).toInt();
        return document.value(QStringLiteral("deals")).toArray();
    }

    QString copyOfDemo(const QString &name) {
        const QString path = m_dir.filePath(name);
        return QFile::copy(m_demo, path) ? path : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(qEnvironmentVariable("DEALPULSE_APP")));
        SettingsStore(appSettingsFile()).clear();
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const test::AppRun run =
            test::runApp({QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--deals"),
                          QStringLiteral("60"), QStringLiteral("--now"), kAsOf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void cleanup() { SettingsStore(appSettingsFile()).clear(); }

    void exportComputesWithTheWindowsGoingDarkDays() {
        const QString db = copyOfDemo(QStringLiteral("dark.sqlite"));
        int days = 0;
        const QJsonArray defaults = exportDeals(db, {}, &days);
        QVERIFY(!defaults.isEmpty());
        QCOMPARE(days, kDefaultGoingDarkDays);
        const QJsonArray withFlag =
            exportDeals(db, {QStringLiteral("--going-dark-days"), QStringLiteral("14")});
        QVERIFY(!withFlag.isEmpty());
        QVERIFY2(withFlag != defaults, "14 days instead of 21 moves some deal's figures");

        AppSettings settings;
        settings.goingDarkDays = 14;
        SettingsStore(appSettingsFile()).setApp(settings);
        const QJsonArray withSetting = exportDeals(db, {}, &days);
        QCOMPARE(days, 14);
        QCOMPARE(withSetting, withFlag);

        // An explicit flag wins over the setting.
        const QJsonArray overridden =
            exportDeals(db, {QStringLiteral("--going-dark-days"), QStringLiteral("21")}, &days);
        QCOMPARE(days, 21);
        QCOMPARE(overridden, defaults);
    }

    void exportClassifiesMailWithTheWindowsOurEmailDomains() {
        const QString viaCli = copyOfDemo(QStringLiteral("domains-cli.sqlite"));
        const QString viaWindow = copyOfDemo(QStringLiteral("domains-window.sqlite"));
        // The buyers' commonest domain, declared ours: their mail turns internal, and the figures move.
        QString domain;
        {
            auto opened = Database::open(viaCli, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QHash<QString, int> counts;
            for (const QString &address : DirectoryStore(*opened.database).buyerAddresses())
                ++counts[address.section(QLatin1Char('@'), 1).toLower()];
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (domain.isEmpty() || it.value() > counts.value(domain))
                    domain = it.key();
        }
        QVERIFY(!domain.isEmpty());
        const QJsonArray before = exportDeals(viaCli);
        QVERIFY(!before.isEmpty());

        AppSettings settings;
        settings.ourEmailDomains = {domain};
        SettingsStore(appSettingsFile()).setApp(settings);
        const QJsonArray cli = exportDeals(viaCli);
        QVERIFY(!cli.isEmpty());
        QVERIFY2(cli != before, qPrintable(domain));
        {
            auto opened = Database::open(viaCli, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QCOMPARE(DirectoryStore(*opened.database).configuredOurDomains(), QStringList{domain});
        }

        // The window brings a cache in step with its settings when it opens it (as GuiLauncher does); the
        // command line then finds nothing to change and exports what the window shows.
        {
            auto opened = Database::open(viaWindow, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QVERIFY(refreshFigures(*opened.database, SystemClock(),
                                   SettingsStore(appSettingsFile()).app().figures(), {}));
        }
        QCOMPARE(exportDeals(viaWindow), cli);
    }

    // `dealpulse rate` and `dealpulse note` without --as are the window's user (DesktopIdentity): the team
    // login once Settings → Team names one, else the login name.
    void rateAndNoteAreByTheWindowsUser() {
        const QString db = copyOfDemo(QStringLiteral("whose.sqlite"));
        QString interaction;
        QString deal;
        qint64 interactionId = 0;
        qint64 dealId = 0;
        {
            auto opened = Database::open(db, Database::Mode::ReadWrite);
            QVERIFY(opened.ok());
            Statement query(
                opened.database->handle(),
                "SELECT i.id, i.source || ':' || i.remote_id, d.id, d.source || ':' || d.remote_id"
                " FROM interactions i JOIN interaction_deals l ON l.interaction_id = i.id"
                " JOIN deals d ON d.id = l.deal_id ORDER BY i.id LIMIT 1");
            QVERIFY(query.step());
            interactionId = query.int64(0);
            interaction = query.text(1);
            dealId = query.int64(2);
            deal = query.text(3);
        }
        const auto rateAndNote = [&](const QString &text) {
            const test::AppRun rated =
                test::runApp({QStringLiteral("rate"), QStringLiteral("--db"), db,
                              QStringLiteral("--interaction"), interaction, QStringLiteral("--negative")});
            QVERIFY2(rated.exitCode == 0, qPrintable(rated.err));
            const test::AppRun noted =
                test::runApp({QStringLiteral("note"), QStringLiteral("--db"), db, QStringLiteral("--deal"),
                              deal, QStringLiteral("--text"), text});
            QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        };
        const auto whoseAre = [&](const QString &text) {
            auto opened = Database::open(db, Database::Mode::ReadWrite);
            QStringList raters;
            for (const Rating &rating : FeedbackStore(*opened.database).ratings(interactionId))
                raters.append(rating.rater);
            QString author;
            for (const CoachingNote &note : FeedbackStore(*opened.database).notes(dealId))
                if (note.body == text)
                    author = note.author;
            return std::pair(raters, author);
        };

        qputenv("USER", "ana");
        rateAndNote(QStringLiteral("Before the team"));
        QCOMPARE(whoseAre(QStringLiteral("Before the team")),
                 std::pair(QStringList{QStringLiteral("ana")}, QStringLiteral("ana")));

        SettingsStore(appSettingsFile())
            .setTeam({QStringLiteral("postgresql://db.firm.ro/dealpulse"), QStringLiteral("Ana@Firm.ro")});
        rateAndNote(QStringLiteral("With the team"));
        const auto [raters, author] = whoseAre(QStringLiteral("With the team"));
        QVERIFY2(raters.contains(QStringLiteral("ana@firm.ro")), qPrintable(raters.join(QLatin1Char(','))));
        QCOMPARE(author, QStringLiteral("ana@firm.ro"));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "test_cli_settings.moc"
