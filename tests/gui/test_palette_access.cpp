// SPDX-License-Identifier: GPL-3.0-or-later
// The window under a dark palette and to assistive technology: the health band's text keeps its contrast
// on every band's colour, the deal header's band label reads in dark mode as drawn, the charts take the
// palette's colours, and every control a user can operate (button, line edit, combo box, spin box, table or
// list) has an accessible name, on every page and in the settings dialog.

#include "AlertsPage.h"
#include "BandColors.h"
#include "DarkPalette.h"
#include "MainWindow.h"
#include "PipelineBuilder.h"
#include "PipelinePage.h"
#include "RollupPage.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "deal/DealView.h"
#include "settings/AppSettings.h"
#include "snapshots/ForecastSettingsPage.h"
#include "translations/Language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-28T12:00:00Z");
constexpr Millis kDay = kMillisPerDay;
constexpr HealthBand kBands[] = {HealthBand::Healthy, HealthBand::Watch, HealthBand::AtRisk, HealthBand::Dark,
                                 HealthBand::Closed};

// What assistive technology reads as the control's name.
QString accessibleNameOf(QWidget *widget) {
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Parts of a compound control (a combo box's list, a spin box's editor, a tab bar's scroll arrows, a line
// edit's clear button, the menu bar's overflow arrow, a table's corner button and headers) are named
// through the control itself.
bool isPartOfAnotherControl(const QWidget *widget) {
    if (qobject_cast<const QHeaderView *>(widget) || widget->inherits("QTableCornerButton") ||
        widget->inherits("QComboBoxPrivateContainer"))
        return true;
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent())
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent) ||
            qobject_cast<const QMenuBar *>(parent) || parent->inherits("QComboBoxPrivateContainer"))
            return true;
    return false;
}

// Every operable control under `root` without an accessible name, described for the failure message.
QStringList unnamedControls(QWidget *root) {
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        const bool operable = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                              qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                              qobject_cast<QAbstractItemView *>(widget);
        if (!operable || isPartOfAnotherControl(widget))
            continue;
        if (accessibleNameOf(widget).isEmpty())
            unnamed.append(
                QStringLiteral("%1 \"%2\" in %3")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                         widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
    }
    return unnamed;
}

// The colour in `image` that stands out most from `background`, and by how much (WCAG ratio): text drawn
// on it has antialiased edges, but its stems carry the full colour.
double strongestContrast(const QImage &image, const QColor &background) {
    double best = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    return best;
}

} // namespace

class TestPaletteAccess : public QObject {
    Q_OBJECT

    test::TempCache m_cache;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kAsOf);
    QPalette m_lightPalette;

    std::unique_ptr<MainWindow> openWindow() {
        auto window = std::make_unique<MainWindow>(AppSettings{});
        window->setClock(m_clock);
        window->resize(1280, 760);
        QSignalSpy loaded(window.get(), &MainWindow::contentLoaded);
        window->openCache(m_cache.path());
        if (!loaded.wait(10000))
            qFatal("the cache did not load");
        window->show();
        return window;
    }

    void openWorstDeal(MainWindow &window) {
        qint64 dealId = 0;
        for (const PipelineRow &row : window.content().rows)
            if (row.metrics.band == HealthBand::Dark)
                dealId = row.deal.id;
        QVERIFY(dealId != 0);
        window.openDeal(dealId);
        QVERIFY(window.dealView());
        QSignalSpy loaded(window.dealView(), &DealView::dealLoaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_lightPalette = QApplication::palette();
        test::PipelineBuilder(m_cache.db())
            .deal(QStringLiteral("healthy"), kAsOf - 30 * kDay, 90000)
            .email(QStringLiteral("healthy"), kAsOf - 1 * kDay, 1)
            .email(QStringLiteral("healthy"), kAsOf - 2 * kDay, 2)
            .deal(QStringLiteral("dark"), kAsOf - 60 * kDay, 5000)
            .email(QStringLiteral("dark"), kAsOf - 25 * kDay, 1)
            .email(QStringLiteral("dark"), kAsOf - 20 * kDay, 0);
        AnalyticsEngine(m_cache.db(), *m_clock).recomputeAll({});
    }

    void cleanup() { QApplication::setPalette(m_lightPalette); }

    void bandTextKeepsItsContrastOnEveryPalette() {
        for (const QPalette &palette : {m_lightPalette, darkPalette()}) {
            for (HealthBand band : kBands) {
                const QColor background = bandColor(band, palette);
                const double ratio = contrastRatio(textColorOn(background), background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(
                             QStringLiteral("%1 on %2: %3").arg(toKey(band), background.name()).arg(ratio)));
                // The band's dot and the band colours in text sit on the palette's base: visible there too.
                QVERIFY2(contrastRatio(background, palette.color(QPalette::Base)) >= 3.0,
                         qPrintable(toKey(band)));
            }
        }
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    }

    void dealBandLabelReadsInDarkMode() {
        QApplication::setPalette(darkPalette());
        auto window = openWindow();
        openWorstDeal(*window);
        auto *band = window->findChild<QLabel *>(QStringLiteral("dealBand"));
        QVERIFY(band);
        QVERIFY(band->text().contains(QStringLiteral("Going dark")));
        const QImage image = band->grab().toImage();
        // The label's middle row, left of the text: its background, which is the band's dark-palette colour.
        const QColor background = image.pixelColor(image.width() / 2, 2);
        QCOMPARE(background.name(), bandColor(HealthBand::Dark, darkPalette()).name());
        const double contrast = strongestContrast(image, background);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    }

    void chartsFollowThePalette() {
        QApplication::setPalette(darkPalette());
        auto window = openWindow();
        openWorstDeal(*window);
        const QList<QChartView *> charts = window->findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        for (QChartView *view : charts) {
            const QColor background = view->chart()->backgroundBrush().color();
            QVERIFY2(background.lightness() < 128, qPrintable(background.name()));
            // The axes' labels read on it.
            for (QAbstractAxis *axis : view->chart()->axes())
                QVERIFY2(contrastRatio(axis->labelsBrush().color(), background) >= 4.5,
                         qPrintable(axis->labelsBrush().color().name()));
        }
    }

    void everyControlHasAnAccessibleName() {
        auto window = openWindow();
        // Every page once, so the ones built on first visit exist too.
        const QList<QWidget *> pages{window->rollupPage(), window->alertsPage(), window->lexiconPage(),
                                     window->snapshotsPage(), window->pipelinePage()};
        for (QWidget *page : pages)
            window->showPage(page);
        openWorstDeal(*window);
        const QStringList unnamed = unnamedControls(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void everySettingsControlHasAnAccessibleName() {
        SettingsDialog dialog(AppSettings{});
        dialog.addPage(new ForecastSettingsPage(ForecastSettings{}), QStringLiteral("Forecast"));
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestPaletteAccess)
#include "test_palette_access.moc"
