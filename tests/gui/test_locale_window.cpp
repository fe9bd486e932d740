// SPDX-License-Identifier: GPL-3.0-or-later
// The window's formats and words follow the user's choice: dates and amounts in the locale chosen in Settings
// (the system's by default), and the cache's errors in the window's language.

#include "MainWindow.h"
#include "PipelineBuilder.h"
#include "PipelinePage.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "items/PipelineModel.h"
#include "settings/AppSettings.h"
#include "settings/SettingsStore.h"
#include "translations/Language.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dp;

namespace {

constexpr Millis kAsOf = 1'790'000'000'000; // 2026-09-21
constexpr Millis kDay = kMillisPerDay;

// What the pipeline shows for its one deal: (close date, amount).
std::pair<QString, QString> shownDateAndAmount(const MainWindow &window) {
    const QAbstractItemModel *model = window.pipelinePage()->table()->model();
    return {model->index(0, PipelineModel::CloseDate).data().toString(),
            model->index(0, PipelineModel::Amount).data().toString()};
}

} // namespace

class TestLocaleWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    test::TempCache m_cache;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kAsOf);

    // Starts a window as the launcher does: the language and formats from the stored settings first.
    std::unique_ptr<MainWindow> startWindow() {
        const AppSettings settings = SettingsStore().app();
        installLanguage(settings.language, settings.formats);
        auto window = std::make_unique<MainWindow>(settings);
        window->setClock(m_clock);
        window->resize(1280, 700);
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(m_cache.path());
        if (!loaded.wait(10000))
            qFatal("the cache did not load");
        return window;
    }

private slots:
    void initTestCase() {
        // A settings file of this test's own, so no choice leaks into (or out of) another run.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        test::PipelineBuilder(m_cache.db())
            .deal(QStringLiteral("big"), kAsOf - 30 * kDay, 1234567.0)
            .email(QStringLiteral("big"), kAsOf - 1 * kDay, 1);
        AnalyticsEngine(m_cache.db(), *m_clock).recomputeAll({});
    }

    void cleanup() {
        QSettings().clear();
        installLanguage(QStringLiteral("en"));
    }

    // The test runs under LANG=C.UTF-8: "System" then means the language's usual formats (US for English).
    void theFormatsChosenInSettingsShowDatesAndAmounts() {
        QCOMPARE(shownDateAndAmount(*startWindow()),
                 std::make_pair(QStringLiteral("1/31/27"), QStringLiteral("$1,234,567")));

        {
            // The choice is made in the dialog, whose sample shows what it changes before it is saved.
            SettingsDialog dialog(SettingsStore().app());
            auto *formats = dialog.findChild<QComboBox *>(QStringLiteral("formats"));
            QVERIFY(formats);
            QCOMPARE(formats->currentData().toString(), QString()); // the system's by default
            QVERIFY(formats->itemText(0).startsWith(QStringLiteral("System (")));
            formats->setCurrentIndex(formats->findData(QStringLiteral("en_GB")));
            QVERIFY(formats->currentIndex() > 0);
            const auto *sample = dialog.findChild<QLabel *>(QStringLiteral("formatsSample"));
            QVERIFY2(sample->text().startsWith(QStringLiteral("31/12/2026")), qPrintable(sample->text()));
            dialog.resize(dialog.sizeHint());
            QDir().mkpath(QStringLiteral("/tmp/shots-locale"));
            QVERIFY(dialog.grab().save(QStringLiteral("/tmp/shots-locale/settings-formats-en_GB.png")));
            SettingsStore().setApp(dialog.settings());
        }
        QCOMPARE(SettingsStore().app().formats, QStringLiteral("en_GB"));
        QCOMPARE(shownDateAndAmount(*startWindow()),
                 std::make_pair(QStringLiteral("31/01/2027"), QStringLiteral("$1,234,567")));

        // Romanian formats in the English window: the words stay English, the numbers go Romanian.
        AppSettings romanianFormats = SettingsStore().app();
        romanianFormats.formats = QStringLiteral("ro_RO");
        SettingsStore().setApp(romanianFormats);
        auto window = startWindow();
        QCOMPARE(shownDateAndAmount(*window),
                 std::make_pair(QStringLiteral("31.01.2027"), QStringLiteral("1.234.567\u00A0$")));
        QCOMPARE(window->pipelinePage()->table()->model()->headerData(PipelineModel::Amount, Qt::Horizontal),
                 QVariant(QStringLiteral("Amount")));
    }

    void aCacheErrorReachesTheRomanianWindowInRomanian() {
        AppSettings settings;
        settings.language = QStringLiteral("ro");
        SettingsStore().setApp(settings);
        QCOMPARE(installLanguage(SettingsStore().app().language, SettingsStore().app().formats),
                 QStringLiteral("ro"));
        QTemporaryDir dir;
        const QString notACache = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notACache);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a database\n");
        file.close();

        MainWindow window(SettingsStore().app());
        window.resize(1280, 700);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openCache(notACache);
        QCOMPARE(failed.count(), 1);
        const QString expected =
            QStringLiteral(
                "%1 nu este un cache Dealpulse (nu este o bază de date SQLite); a fost lăsat neatins.")
                .arg(notACache);
        QCOMPARE(failed.first().first().toString(), expected);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncLabel"))->text(), expected);
        QVERIFY(window.grab().save(QStringLiteral("/tmp/shots-locale/window-ro-cache-error.png")));

        // The same window on a cache it can open: Romanian words, Romanian formats (the system's are C here),
        // and a sidebar wide enough for the longer Romanian page names.
        QSignalSpy loaded(&window, &MainWindow::contentLoaded);
        window.openCache(m_cache.path());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(shownDateAndAmount(window),
                 std::make_pair(QStringLiteral("31.01.2027"), QStringLiteral("1.234.567\u00A0$")));
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Centralizare pe echipe"));
        QVERIFY(navigation->width() >
                navigation->fontMetrics().horizontalAdvance(navigation->item(1)->text()));
        QVERIFY(window.grab().save(QStringLiteral("/tmp/shots-locale/window-ro.png")));
    }
};

QTEST_MAIN(TestLocaleWindow)
#include "test_locale_window.moc"
