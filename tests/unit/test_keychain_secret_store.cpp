// SPDX-License-Identifier: GPL-3.0-or-later
// The app's keychain store against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/support/with-keyring.sh): what the window and `dealpulse sync` keep CRM secrets in.

#include "settings/KeychainSecretStore.h"

#include <QtTest>

using namespace dp;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private slots:
    void writesReadsAndRemovesASecret() {
        KeychainSecretStore store(QStringLiteral("Dealpulse test"));
        QString error;
        const QByteArray secret("pat-na1-\x00\xff binary", 18);
        QVERIFY2(store.write(QStringLiteral("hubspot/access_token"), secret, &error), qPrintable(error));
        QCOMPARE(store.read(QStringLiteral("hubspot/access_token"), &error),
                 std::optional<QByteArray>(secret));
        // Another store object (as the command line is another process) reads the same entry.
        QCOMPARE(KeychainSecretStore(QStringLiteral("Dealpulse test"))
                     .read(QStringLiteral("hubspot/access_token"), &error),
                 std::optional<QByteArray>(secret));
        QVERIFY2(store.remove(QStringLiteral("hubspot/access_token"), &error), qPrintable(error));
        QVERIFY(!store.read(QStringLiteral("hubspot/access_token"), &error));
        // Removing what is not there is no failure: Save clears fields that were never set.
        QVERIFY(store.remove(QStringLiteral("hubspot/access_token"), &error));
    }

    void servicesDoNotSeeEachOthersSecrets() {
        KeychainSecretStore app(QStringLiteral("Dealpulse test"));
        KeychainSecretStore other(QStringLiteral("Dealpulse other test"));
        QString error;
        QVERIFY2(app.write(QStringLiteral("salesforce/refresh_token"), "5Aep-app", &error),
                 qPrintable(error));
        QVERIFY(!other.read(QStringLiteral("salesforce/refresh_token"), &error));
        QVERIFY(app.remove(QStringLiteral("salesforce/refresh_token"), &error));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychain_secret_store.moc"
