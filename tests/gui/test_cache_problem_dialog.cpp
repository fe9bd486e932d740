// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog shown instead of quitting when the cache cannot be opened, driven offscreen by its buttons'
// object names with the file prompt replaced.

#include "CacheProblemDialog.h"
#include "translations/Language.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace dp;

class TestCacheProblemDialog : public QObject {
    Q_OBJECT

    static QPushButton *button(QDialog &dialog, const char *name) {
        return dialog.findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void showsWhyAndOffersEveryWayOut() {
        CacheProblemDialog dialog(QStringLiteral("/x/cache.sqlite is not a Dealpulse cache."),
                                  QStringLiteral("/x/cache.sqlite"));
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("cacheProblem"))->text(),
                 QStringLiteral("/x/cache.sqlite is not a Dealpulse cache."));
        for (const char *name : {"cacheOpenAnother", "cacheCreateNew", "cacheOpenDemo", "cacheQuit"}) {
            QVERIFY2(button(dialog, name), name);
            QVERIFY2(button(dialog, name)->isVisible(), name);
        }
    }

    void anotherCacheIsAskedForAndChosen() {
        CacheProblemDialog dialog(QStringLiteral("damaged"), QStringLiteral("/x/cache.sqlite"));
        QStringList asked;
        QString answer;
        dialog.setFilePrompt([&](QWidget *, bool forNew, const QString &current) {
            asked.append(
                QStringLiteral("%1 %2").arg(forNew ? QLatin1String("new") : QLatin1String("open"), current));
            return answer;
        });
        dialog.show();
        // Cancelling the file prompt keeps the dialog, so the user can pick something else.
        button(dialog, "cacheOpenAnother")->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        answer = QStringLiteral("/y/other.sqlite");
        button(dialog, "cacheOpenAnother")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::OpenAnother);
        QCOMPARE(dialog.chosenPath(), QStringLiteral("/y/other.sqlite"));
        QCOMPARE(asked, (QStringList{QStringLiteral("open /x/cache.sqlite"),
                                     QStringLiteral("open /x/cache.sqlite")}));
    }

    void aNewCacheIsAskedForWhereToCreate() {
        CacheProblemDialog dialog(QStringLiteral("locked"), QStringLiteral("/x/cache.sqlite"));
        bool askedForNew = false;
        dialog.setFilePrompt([&](QWidget *, bool forNew, const QString &) {
            askedForNew = forNew;
            return QStringLiteral("/y/new.sqlite");
        });
        dialog.show();
        button(dialog, "cacheCreateNew")->click();
        QVERIFY(askedForNew);
        QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::CreateNew);
        QCOMPARE(dialog.chosenPath(), QStringLiteral("/y/new.sqlite"));
    }

    void theDemoAndQuitNeedNoFile() {
        CacheProblemDialog demo(QStringLiteral("locked"), QStringLiteral("/x/cache.sqlite"));
        demo.setFilePrompt(
            [](QWidget *, bool, const QString &) -> QString { qFatal("no file is asked for the demo"); });
        demo.show();
        button(demo, "cacheOpenDemo")->click();
        QCOMPARE(demo.result(), int(QDialog::Accepted));
        QCOMPARE(demo.choice(), CacheProblemDialog::Choice::OpenDemo);

        CacheProblemDialog quit(QStringLiteral("locked"), QStringLiteral("/x/cache.sqlite"));
        quit.show();
        button(quit, "cacheQuit")->click();
        QCOMPARE(quit.result(), int(QDialog::Rejected));
        QCOMPARE(quit.choice(), CacheProblemDialog::Choice::Quit);
    }

    void aDamagedCacheIsRebuiltOnlyAfterAsking() {
        CacheProblemDialog dialog(QStringLiteral("damaged"), QStringLiteral("/x/cache.sqlite"));
        dialog.show();
        QVERIFY(!button(dialog, "cacheRebuild")); // offered for damage only
        QStringList asked;
        bool answer = false;
        dialog.offerRebuild([&](QWidget *, const QString &path) {
            asked.append(path);
            return answer;
        });
        QVERIFY(button(dialog, "cacheRebuild")->isVisible());
        QVERIFY(button(dialog, "cacheRebuild")->isDefault());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cacheRebuildAdvice"))->isVisible());
        button(dialog, "cacheRebuild")->click();
        QCOMPARE(asked, QStringList{QStringLiteral("/x/cache.sqlite")});
        QVERIFY(dialog.isVisible()); // said no: the dialog stays
        QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::Quit);
        answer = true;
        button(dialog, "cacheRebuild")->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), CacheProblemDialog::Choice::Rebuild);
    }
};

QTEST_MAIN(TestCacheProblemDialog)
#include "test_cache_problem_dialog.moc"
