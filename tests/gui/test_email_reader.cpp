// SPDX-License-Identifier: GPL-3.0-or-later
// The reader and its browser with hostile email: the document loads no resource of any kind even when raw
// HTML reaches it; nested tables show at once, flattened; a large body is prepared on a worker and shows
// its cut rest on request; a link's title never becomes a tooltip.

#include "InteractionReader.h"
#include "SafeTextBrowser.h"
#include "items/TimelineModel.h"
#include "tasks/TaskRunner.h"
#include "text/HtmlSanitizer.h"

#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimeZone>
#include <QtTest>

using namespace dp;

namespace {

QList<TimelineEntry> emails(const QStringList &bodies) {
    QList<TimelineEntry> entries;
    for (const QString &body : bodies) {
        TimelineEntry entry;
        entry.id = entries.size() + 1;
        entry.interaction.kind = InteractionKind::Email;
        entry.interaction.subject = QStringLiteral("Email %1").arg(entry.id);
        entry.interaction.bodyText = QStringLiteral("text");
        entry.interaction.bodyHtml = body;
        entries.append(entry);
    }
    return entries;
}

} // namespace

class TestEmailReader : public QObject {
    Q_OBJECT

    TaskRunner m_runner;

private slots:
    // Qt reads files, qrc and data: URLs itself when a loader answers with a null QVariant; a plain
    // document shows that it would, the email document gets nothing.
    void documentLoadsNoResource() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("secret.png"));
        QImage secret(4, 4, QImage::Format_RGB32);
        secret.fill(Qt::red);
        QVERIFY(secret.save(png));
        const QUrl file = QUrl::fromLocalFile(png);
        const QUrl qrc(QStringLiteral("qrc:/qt-project.org/styles/commonstyle/images/file-16.png"));
        const QUrl data(QStringLiteral("data:image/png;base64,") + QString::fromLatin1([&] {
                            QFile f(png);
                            f.open(QIODevice::ReadOnly);
                            return f.readAll().toBase64();
                        }()));
        const QString html = QStringLiteral("<p>raw</p><img src=\"%1\"><img src=\"%2\"><img src=\"%3\">"
                                            "<img src=\"secret.png\">")
                                 .arg(file.toString(), qrc.toString(), data.toString());

        QTextDocument plain;
        plain.setHtml(html);
        (void)plain.size();
        const QVariant read = plain.resource(QTextDocument::ImageResource, file);
        QVERIFY(read.userType() == QMetaType::QPixmap || read.userType() == QMetaType::QImage);

        SafeTextBrowser browser;
        browser.resize(400, 300);
        browser.show();
        browser.setSearchPaths({dir.path()});
        browser.setHtml(html);
        (void)browser.document()->size();
        (void)browser.viewport()->grab();
        const QList<QUrl> asked = browser.requestedResources();
        QVERIFY2(asked.contains(file), qPrintable(QDebug::toString(asked)));
        QVERIFY(asked.contains(qrc));
        QVERIFY(asked.contains(data));
        for (const QUrl &url : {file, qrc, data, QUrl(QStringLiteral("secret.png"))}) {
            const QVariant loaded = browser.document()->resource(QTextDocument::ImageResource, url);
            QVERIFY(!loaded.isNull());
            QCOMPARE(loaded.userType(), QMetaType::QByteArray);
            QVERIFY(loaded.toByteArray().isEmpty());
            QCOMPARE(browser.loadResource(QTextDocument::ImageResource, url).toByteArray(), QByteArray());
        }
    }

    void nestedTablesShowAtOnce() {
        QString html;
        for (int level = 1; level <= 30; ++level)
            html += QStringLiteral("<table><tr><td>level%1 ").arg(level);
        TimelineModel model;
        model.setEntries(emails({html + QStringLiteral("Unsubscribe")}), {}, {}, QTimeZone::utc());
        InteractionReader reader(m_runner);
        reader.resize(800, 600);
        reader.show();
        QSignalSpy shown(&reader, &InteractionReader::contentShown);
        reader.display(model.index(0));
        QCOMPARE(shown.size(), 1); // a small body is sanitized at once
        const QString text = reader.browser()->toPlainText();
        QVERIFY(text.contains(QLatin1String("level1")));
        QVERIFY(text.contains(QLatin1String("level30 Unsubscribe")));
        QVERIFY(!reader.findChild<QPushButton *>(QStringLiteral("readerShowRest"))->isVisible());
    }

    void largeBodyIsPreparedAwayAndItsRestShownOnRequest() {
        QString html = QStringLiteral("<p>First paragraph.</p>");
        for (int i = 0; i < 40'000; ++i)
            html += QStringLiteral("<p>Paragraph %1 of a long newsletter.</p>").arg(i);
        html += QStringLiteral("<p>The very end.</p>");
        TimelineModel model;
        model.setEntries(emails({html, QStringLiteral("<p>short</p>")}), {}, {}, QTimeZone::utc());
        InteractionReader reader(m_runner);
        reader.resize(800, 600);
        reader.show();
        QSignalSpy shown(&reader, &InteractionReader::contentShown);
        reader.display(model.index(0));
        QCOMPARE(shown.size(), 0); // on a worker
        QTRY_COMPARE(shown.size(), 1);
        SafeTextBrowser *browser = reader.browser();
        QVERIFY(browser->toPlainText().startsWith(QLatin1String("First paragraph.")));
        QVERIFY(!browser->toPlainText().contains(QLatin1String("The very end.")));
        auto *more = reader.findChild<QPushButton *>(QStringLiteral("readerShowRest"));
        QVERIFY(more->isVisible());
        int clicks = 0;
        while (more->isVisible() && clicks < 100) {
            QTest::mouseClick(more, Qt::LeftButton);
            ++clicks;
        }
        QVERIFY(clicks > 1); // a page at a time
        const QString all = browser->toPlainText();
        QVERIFY(all.endsWith(QLatin1String("The very end.")));
        for (const int i : {0, 5'000, 39'999})
            QVERIFY(all.contains(QStringLiteral("Paragraph %1 of a long newsletter.").arg(i)));

        // Moving on before a worker answers: the late answer is dropped.
        reader.display(model.index(0));
        reader.display(model.index(1));
        QCOMPARE(browser->toPlainText(), QStringLiteral("short"));
        QTest::qWait(200);
        QCOMPARE(browser->toPlainText(), QStringLiteral("short"));
        QVERIFY(!more->isVisible());
    }

    // A body without HTML follows the same rules: a 5 MB text, one 5 MB word or 200,000 lines is prepared
    // on a worker, shown capped, and the rest comes a page at a time.
    void largePlainBodyIsCappedAndPreparedAway() {
        QList<TimelineEntry> entries;
        for (const QString &body :
             {QStringLiteral("First line.\n") +
                  QStringLiteral("Line of a long call note.\n").repeated(200'000) +
                  QStringLiteral("The very end."),
              QStringLiteral("x").repeated(5 * 1024 * 1024), QStringLiteral("ok\n").repeated(200'000),
              QStringLiteral("Short <b>note</b>\nsecond line")}) {
            TimelineEntry entry;
            entry.id = entries.size() + 1;
            entry.interaction.kind = InteractionKind::Note;
            entry.interaction.bodyText = body;
            entries.append(entry);
        }
        TimelineModel model;
        model.setEntries(entries, {}, {}, QTimeZone::utc());
        InteractionReader reader(m_runner);
        reader.resize(800, 600);
        reader.show();
        SafeTextBrowser *browser = reader.browser();
        auto *more = reader.findChild<QPushButton *>(QStringLiteral("readerShowRest"));
        QSignalSpy shown(&reader, &InteractionReader::contentShown);
        // The sanitizer's cap is "about": the break opportunities it adds to a long word come on top.
        const qsizetype cap = SanitizeOptions().maxOutputChars * 102 / 100;
        for (int row = 0; row < 3; ++row) {
            shown.clear();
            reader.display(model.index(row));
            QCOMPARE(shown.size(), 0); // on a worker
            QCOMPARE(browser->toPlainText(), QStringLiteral("Preparing this long text…"));
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30'000);
            QVERIFY2(browser->toPlainText().size() <= cap,
                     qPrintable(QString::number(browser->toPlainText().size())));
            QVERIFY(more->isVisible());
            // No paragraph in the shown document is longer than the sanitizer lets a block grow.
            for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
                QVERIFY(block.length() <= 5'100);
        }
        // All of a long note can be read, a page at a time.
        shown.clear();
        reader.display(model.index(0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30'000);
        QVERIFY(browser->toPlainText().startsWith(QLatin1String("First line.\nLine of a long call note.")));
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(more->isVisible());
        QVERIFY(browser->toPlainText().size() < 3 * cap);

        // A short note is shown at once, escaped, its lines kept.
        shown.clear();
        reader.display(model.index(3));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(browser->toPlainText(), QStringLiteral("Short <b>note</b>\nsecond line"));
        QVERIFY(!more->isVisible());
    }

    void linkTitleIsNoTooltip() {
        TimelineModel model;
        model.setEntries(
            emails({QStringLiteral("<a href=\"https://a.example/\" title=\"<b>rich</b>\">link</a>")}), {}, {},
            QTimeZone::utc());
        InteractionReader reader(m_runner);
        reader.display(model.index(0));
        const QTextDocument *document = reader.browser()->document();
        bool linked = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(it.fragment().charFormat().toolTip().isEmpty());
                linked = linked || it.fragment().charFormat().isAnchor();
            }
        }
        QVERIFY(linked);
    }
};

QTEST_MAIN(TestEmailReader)
#include "test_email_reader.moc"
