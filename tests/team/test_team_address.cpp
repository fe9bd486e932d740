// SPDX-License-Identifier: GPL-3.0-or-later
// The team server address rules: TLS with certificate verification for any server not on this computer.

#include "team/TeamServerAddress.h"

#include <QTest>

using namespace dp::team;

class TestTeamAddress : public QObject {
    Q_OBJECT

private slots:
    void localHosts_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        QTest::newRow("default socket") << QString() << true;
        QTest::newRow("socket path") << QStringLiteral("/run/postgresql") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("ipv4 loopback") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << true;
        QTest::newRow("lan address") << QStringLiteral("192.168.1.10") << false;
        QTest::newRow("name") << QStringLiteral("db.example.com") << false;
        QTest::newRow("localhost lookalike") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("127 lookalike") << QStringLiteral("127.0.0.1.example.com") << false;
    }

    void localHosts() {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(isLocalHost(host), local);
    }

    void remoteServerGetsVerifyFull() {
        QString error;
        const auto parameters =
            connectionParameters(QStringLiteral("postgresql://ana@db.example.com/team"), {}, &error);
        QVERIFY2(parameters, qPrintable(error));
        QCOMPARE(parameters->value("sslmode").value_or(QByteArray()), QByteArray("verify-full"));
        QCOMPARE(parameters->value("user").value_or(QByteArray()), QByteArray("ana"));
        QVERIFY(parameters->value("connect_timeout"));
    }

    void remoteServerWithWeakerTlsIsRefused() {
        for (const char *mode : {"disable", "prefer", "require", "verify-ca"}) {
            QString error;
            const QString address =
                QStringLiteral("postgresql://db.example.com/team?sslmode=%1").arg(QLatin1String(mode));
            QVERIFY(!connectionParameters(address, {}, &error));
            QVERIFY2(error.contains(QLatin1String("verify-full")), qPrintable(error));
        }
    }

    void oneRemoteHostAmongSeveralNeedsTls() {
        QString error;
        const auto parameters =
            connectionParameters(QStringLiteral("postgresql://localhost,db.example.com/team"), {}, &error);
        QVERIFY2(parameters, qPrintable(error));
        QCOMPARE(parameters->value("sslmode").value_or(QByteArray()), QByteArray("verify-full"));
    }

    void localServerMayGoWithoutTls() {
        QString error;
        const auto socket = connectionParameters(
            QStringLiteral("postgresql:///team?host=%2Ftmp%2Fpg&sslmode=disable"), {}, &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->value("sslmode").value_or(QByteArray()), QByteArray("disable"));
        const auto loopback = connectionParameters(QStringLiteral("host=127.0.0.1 dbname=team"), {}, &error);
        QVERIFY2(loopback, qPrintable(error));
        QVERIFY(!loopback->value("sslmode"));
    }

    void passwordIsAddedUnlessGiven() {
        QString error;
        auto parameters =
            connectionParameters(QStringLiteral("host=localhost dbname=team"), "secret", &error);
        QVERIFY(parameters);
        QCOMPARE(parameters->value("password").value_or(QByteArray()), QByteArray("secret"));
        parameters = connectionParameters(QStringLiteral("host=localhost password=mine"), "secret", &error);
        QVERIFY(parameters);
        QCOMPARE(parameters->value("password").value_or(QByteArray()), QByteArray("mine"));
    }

    void malformedAddressIsAnError() {
        QString error;
        QVERIFY(!connectionParameters(QStringLiteral("postgresql://[broken"), {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!connectionParameters(QStringLiteral("   "), {}, &error));
        QVERIFY(!connectionParameters(QStringLiteral("nonsense=1"), {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestTeamAddress)
#include "test_team_address.moc"
