// SPDX-License-Identifier: GPL-3.0-or-later
// Who the desktop's user is, without a window: the team login once a team server is set, else the user name
// of the settings, else the OS account; read from a temporary settings file as the window and CLI read it.

#include "app/DesktopIdentity.h"
#include "settings/SettingsStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;
using Source = DesktopIdentity::Source;

class TestDesktopIdentity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newFile() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

private slots:
    void init() { qputenv("USER", "ana"); }

    void withNothingSetItIsTheOsAccount() {
        const SettingsStore store(newFile());
        const DesktopIdentity identity = DesktopIdentity::of(store);
        QCOMPARE(identity.name(), QStringLiteral("ana"));
        QCOMPARE(identity.source(), Source::OsAccount);
    }

    void aConfiguredNameWinsOverTheOsAccount() {
        const QString file = newFile();
        QSettings(file, QSettings::IniFormat)
            .setValue(QStringLiteral("userName"), QStringLiteral(" Ana Pop "));
        const DesktopIdentity identity = DesktopIdentity::of(SettingsStore(file));
        QCOMPARE(identity.name(), QStringLiteral("Ana Pop"));
        QCOMPARE(identity.source(), Source::ConfiguredName);
    }

    void theTeamLoginWinsOnceATeamServerIsSet() {
        const QString file = newFile();
        QSettings(file, QSettings::IniFormat).setValue(QStringLiteral("userName"), QStringLiteral("Ana Pop"));
        {
            SettingsStore store(file);
            store.setTeam(
                {QStringLiteral("postgresql://db.firm.ro/dealpulse"), QStringLiteral("Ana@Firm.ro")});
        }
        const DesktopIdentity identity = DesktopIdentity::of(SettingsStore(file));
        // Lower-cased, as the login the team server knows (TeamSettings::address).
        QCOMPARE(identity.name(), QStringLiteral("ana@firm.ro"));
        QCOMPARE(identity.source(), Source::TeamLogin);
    }

    void aLoginInTheServerAddressIsTheOneUsed() {
        const DesktopIdentity identity(
            {QStringLiteral("postgresql://ion%40firm.ro@localhost/dealpulse"), QStringLiteral("ana@firm.ro")},
            {}, QStringLiteral("ana"));
        QCOMPARE(identity.name(), QStringLiteral("ion@firm.ro"));
        QCOMPARE(identity.source(), Source::TeamLogin);
    }

    void aTeamLoginWithoutAServerIsNotUsed() {
        const DesktopIdentity identity({QString(), QStringLiteral("ana@firm.ro")}, {}, QStringLiteral("ana"));
        QCOMPARE(identity.name(), QStringLiteral("ana"));
        QCOMPARE(identity.source(), Source::OsAccount);
    }

    void aServerWithoutALoginFallsBackToTheName() {
        const DesktopIdentity identity(
            {QStringLiteral("host=localhost dbname=dealpulse"), QStringLiteral("  ")},
            QStringLiteral("Ana Pop"), QStringLiteral("ana"));
        QCOMPARE(identity.name(), QStringLiteral("Ana Pop"));
        QCOMPARE(identity.source(), Source::ConfiguredName);
    }

    void nobodyIsUnknown() {
        const DesktopIdentity identity({}, {}, {});
        QVERIFY(identity.name().isEmpty());
        QCOMPARE(identity.source(), Source::Unknown);
        QVERIFY(!identity.isSelf(QString()));
    }

    void selfIsTheNameInAnyCase() {
        const DesktopIdentity identity(
            {QStringLiteral("postgresql://db.firm.ro/dp"), QStringLiteral("ana@firm.ro")}, {},
            QStringLiteral("ana"));
        QVERIFY(identity.isSelf(QStringLiteral("ana@firm.ro")));
        QVERIFY(identity.isSelf(QStringLiteral("Ana@Firm.RO")));
        QVERIFY(!identity.isSelf(QStringLiteral("ion@firm.ro")));
        QVERIFY(!identity.isSelf(QStringLiteral("ana"))); // the OS account is not the team login
    }
};

QTEST_GUILESS_MAIN(TestDesktopIdentity)
#include "test_desktop_identity.moc"
