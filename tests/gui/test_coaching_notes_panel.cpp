// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a coaching note asks first, naming the note by its first words; "No" (the default) keeps it.

#include "deal/CoachingNotesPanel.h"
#include "translations/Language.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace dp;

namespace {

CoachingNote note(qint64 id, const QString &author, const QString &body) {
    CoachingNote n;
    n.id = id;
    n.dealId = 1;
    n.author = author;
    n.body = body;
    n.createdAt = n.updatedAt = 1'700'000'000'000;
    return n;
}

} // namespace

class TestCoachingNotesPanel : public QObject {
    Q_OBJECT

    // A panel showing one note of the manager's, selected.
    static std::unique_ptr<CoachingNotesPanel> panelWithMyNote(const QString &body) {
        auto panel = std::make_unique<CoachingNotesPanel>();
        panel->setUser(QStringLiteral("Maria Manager"));
        panel->setNotes({note(7, QStringLiteral("Maria Manager"), body)});
        panel->findChild<QListWidget *>(QStringLiteral("notesList"))->setCurrentRow(0);
        return panel;
    }

private slots:
    void initTestCase() { installLanguage(QStringLiteral("en")); }

    void theOpeningIsTheFirstWordsOnOneLine() {
        QCOMPARE(CoachingNotesPanel::opening(QStringLiteral("Call the CFO.")),
                 QStringLiteral("Call the CFO."));
        QCOMPARE(CoachingNotesPanel::opening(
                     QStringLiteral("Ask Dana\nwho signs off on budget before the end of Q4")),
                 QStringLiteral("Ask Dana who signs off on budget before…"));
    }

    void deletingAsksAndNoKeepsTheNote() {
        auto panel =
            panelWithMyNote(QStringLiteral("Ask Dana who signs off on budget before the end of Q4."));
        QSignalSpy deleted(panel.get(), &CoachingNotesPanel::deleteRequested);
        QStringList asked;
        bool answer = false;
        panel->setDeleteConfirm([&](QWidget *, const QString &opening) {
            asked.append(opening);
            return answer;
        });
        auto *remove = panel->findChild<QPushButton *>(QStringLiteral("noteDelete"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(asked, QStringList{QStringLiteral("Ask Dana who signs off on budget before…")});
        QCOMPARE(deleted.size(), 0);
        answer = true;
        remove->click();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().first().toLongLong(), 7);
    }

    // The real question: plain text (a note may hold markup), "No" by default, Yes deletes.
    void theQuestionDefaultsToNo() {
        auto panel = panelWithMyNote(QStringLiteral("<b>Push</b> for a signature"));
        QSignalSpy deleted(panel.get(), &CoachingNotesPanel::deleteRequested);
        QString text;
        bool plain = false;
        bool noIsDefault = false;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("noteDeleteConfirm"));
                text = box->text();
                plain = box->textFormat() == Qt::PlainText;
                noIsDefault = box->defaultButton() == box->button(QMessageBox::No);
                // For a person to look at (the temporary folder, never the source tree).
                const QDir folder(QDir::temp().filePath(QStringLiteral("dealpulse-screenshots")));
                folder.mkpath(QStringLiteral("."));
                box->grab().save(folder.filePath(QStringLiteral("note_delete_confirm.png")));
                box->button(button)->click();
            });
        };
        auto *remove = panel->findChild<QPushButton *>(QStringLiteral("noteDelete"));
        answer(QMessageBox::No);
        remove->click();
        QVERIFY(text.contains(QStringLiteral("“<b>Push</b> for a signature”")));
        QVERIFY(plain);
        QVERIFY(noIsDefault);
        QCOMPARE(deleted.size(), 0);
        answer(QMessageBox::Yes);
        remove->click();
        QCOMPARE(deleted.size(), 1);
    }
};

QTEST_MAIN(TestCoachingNotesPanel)
#include "test_coaching_notes_panel.moc"
