// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About Dealpulse, reached from the main window's menu as a user would: the version the build was
// given, the licence and its notice, and the third-party notices embedded from THIRD-PARTY.md, shown without
// loading anything they name.

#include "AboutDialog.h"
#include "MainWindow.h"
#include "deal/SafeTextBrowser.h"
#include "settings/AppSettings.h"
#include "translations/Language.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QtTest>

using namespace dp;

class TestAboutDialog : public QObject {
    Q_OBJECT

    static AboutDialog *openFromMenu(MainWindow &window) {
        QAction *about = window.findChild<QAction *>(QStringLiteral("helpAbout"));
        if (!about)
            return nullptr;
        about->trigger();
        return window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QSettings().clear();
        QCoreApplication::setApplicationVersion(QStringLiteral(DEALPULSE_VERSION));
    }

    void theHelpMenuOffersBothAbouts() {
        MainWindow window(AppSettings{});
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus.last(), QStringLiteral("&Help"));
        QAction *aboutQt = window.findChild<QAction *>(QStringLiteral("helpAboutQt"));
        QVERIFY(aboutQt);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
    }

    void showsVersionLicenceAndNotices() {
        MainWindow window(AppSettings{});
        AboutDialog *dialog = openFromMenu(window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text(),
                 QStringLiteral("Dealpulse " DEALPULSE_VERSION));
        const QString licence = dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))->text();
        QVERIFY(licence.startsWith(QStringLiteral("Licence: GPL-3.0-or-later")));
        QVERIFY(licence.contains(QStringLiteral("GNU General Public License")));

        auto *notices = dialog->findChild<SafeTextBrowser *>(QStringLiteral("aboutThirdParty"));
        QVERIFY(notices);
        const QString shown = notices->toPlainText();
        for (const char *name : {"VADER", "C.J. Hutto", "simdjson", "libxlsxwriter", "QtKeychain", "Gumbo",
                                 "Qt Charts", "SQLite", "libcurl"})
            QVERIFY2(shown.contains(QLatin1String(name)), name);
        QVERIFY(notices->requestedResources().isEmpty());

        const QDir folder(QDir::temp().filePath(QStringLiteral("dealpulse-screenshots")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QVERIFY(dialog->grab().save(folder.filePath(QStringLiteral("about_dialog.png"))));
        qInfo("screenshot in %s", qPrintable(folder.filePath(QStringLiteral("about_dialog.png"))));
        dialog->close();
    }

    void theEmbeddedNoticesAreTheShippedFile() {
        QFile source(qEnvironmentVariable("DEALPULSE_SOURCE_DIR") + QStringLiteral("/THIRD-PARTY.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(AboutDialog::thirdPartyNotices(), QString::fromUtf8(source.readAll()));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_about_dialog.moc"
