// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of showing hostile email HTML in the deal page's reader: for each body of a corpus built here
// (nested tables 10–40 deep, 40,000 unclosed <b>, huge attributes, many character references, broken UTF-8,
// unclosed comment/title/select/svg, a 5 MB body, …) the time the GUI thread is busy from the click to the
// laid-out, painted body: InteractionReader::display (which sanitizes bodies up to 16 KB itself), the
// delivery of a worker's result (setHtml), then the full layout and a paint of the browser (forced here;
// Qt would lay out lazily, so this is an upper bound). Beside it, the worker's sanitizing time and, as the
// baseline from the same run, the same GUI time for a plain, well-formed 5 KB email. The target is that no
// body keeps the GUI thread for 100 ms or more.
// Plain-text bodies (an email without HTML, a call's notes) follow the same rules and are measured the same
// way: a 5 MB text, one 5 MB word, 200,000 short lines; their "sanitize" column times the model's
// ContentHtmlRole, the capped rich text that the reader's worker prepares.
// Usage: bench_email_html [--repeat N] [--only TEXT]   (--only: the bodies whose name holds TEXT, and the
// baseline)

#include "BenchFigures.h"
#include "InteractionReader.h"
#include "SafeTextBrowser.h"
#include "items/TimelineModel.h"
#include "tasks/TaskRunner.h"
#include "text/HtmlSanitizer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace dp;
using dp::bench::median;
using dp::bench::ms;

namespace {

QTextStream out(stdout);

QString repeated(const char *piece, qsizetype times) {
    return QString::fromLatin1(piece).repeated(times);
}

QString paragraphs(qsizetype bytes) {
    const QString paragraph = QStringLiteral(
        "<p>Hi Alison, thanks for the call today. The <b>budget</b> is approved and legal has the contract; "
        "we expect <i>signatures</i> by Friday. Regards, Dana</p>\n");
    return paragraph.repeated(std::max<qsizetype>(1, bytes / paragraph.size()));
}

QString nestedTables(int levels) {
    QString html;
    for (int level = 1; level <= levels; ++level)
        html += QStringLiteral("<table width=100%><tr><td>Level %1 ").arg(level);
    return html + QStringLiteral("Unsubscribe");
}

struct Body {
    QString name;
    QString html;
    bool plain = false; // html is the plain text of an email without HTML
};

QList<Body> corpus() {
    QList<Body> bodies;
    bodies.append({QStringLiteral("plain 5 KB email (baseline)"), paragraphs(5 * 1024)});
    for (const int levels : {10, 15, 18, 20, 30, 40})
        bodies.append({QStringLiteral("%1 nested tables").arg(levels), nestedTables(levels)});
    bodies.append({QStringLiteral("30 nested tables, 5 KB of text each"), [] {
                       QString html;
                       for (int level = 1; level <= 30; ++level)
                           html += QStringLiteral("<table><tr><td>") + paragraphs(5 * 1024) +
                                   QStringLiteral("<td>cell");
                       return html;
                   }()});
    bodies.append({QStringLiteral("40,000 unclosed <b>"), repeated("<b>", 40'000) + QStringLiteral("end")});
    bodies.append({QStringLiteral("100,000 unclosed <div>"), repeated("<div>x", 100'000)});
    bodies.append({QStringLiteral("<p><b></p>x × 100,000"), repeated("<p><b></p>x", 100'000)});
    bodies.append(
        {QStringLiteral("10,000 tables side by side"),
         repeated("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", 10'000)});
    bodies.append(
        {QStringLiteral("one table, 20,000 cells"),
         QStringLiteral("<table>") + repeated("<tr><td>a</td><td>b</td><td>c</td><td>d</td></tr>", 5'000)});
    bodies.append({QStringLiteral("2 MB attribute values"),
                   QStringLiteral("<a href=\"https://x.example/") + repeated("a", 1'000'000) +
                       QStringLiteral("\">link</a><p title=\"") + repeated("t", 1'000'000) +
                       QStringLiteral("\" style=\"") + repeated("color:red;", 10'000) +
                       QStringLiteral("\">text</p>")});
    bodies.append({QStringLiteral("200,000 character references"),
                   repeated("&icirc;&acirc;&eacute;&Scaron;&nbsp;&amp;&#x2014;&bogus; ", 25'000)});
    bodies.append({QStringLiteral("broken UTF-8, 1 MB"), [] {
                       QByteArray bytes;
                       for (int i = 0; i < 50'000; ++i)
                           bytes += "<p>ok \xff\xfe<b>\xc3 broken \xed\xa0\x80 \xf0\x9f</p>";
                       return QString::fromUtf8(bytes);
                   }()});
    for (const char *opener : {"<!--", "<title>", "<select>", "<svg>"})
        bodies.append({QStringLiteral("unclosed %1 before 50 KB").arg(QLatin1String(opener)),
                       paragraphs(1024) + QLatin1String(opener) + paragraphs(50 * 1024)});
    bodies.append({QStringLiteral("5 MB body"), paragraphs(5 * 1024 * 1024)});
    bodies.append({QStringLiteral("1 MB of text, no tags"), QStringLiteral("word ").repeated(200'000)});
    bodies.append({QStringLiteral("1 MB in one <pre>"),
                   QStringLiteral("<pre>") + QStringLiteral("line of preformatted text\n").repeated(40'000)});
    bodies.append(
        {QStringLiteral("plain text: 5 MB"),
         QStringLiteral("Hi Alison, thanks for the call today. The budget is approved and legal has "
                        "the contract; we expect signatures by Friday.\n")
             .repeated(5 * 1024 * 1024 / 120),
         true});
    bodies.append({QStringLiteral("plain text: one 5 MB word"), repeated("x", 5 * 1024 * 1024), true});
    bodies.append(
        {QStringLiteral("plain text: 200,000 short lines"), QStringLiteral("ok\n").repeated(200'000), true});
    return bodies;
}

struct Figures {
    double gui = 0;    // GUI thread, click to painted
    double worker = 0; // sanitizing, wherever it ran
    double more = 0;   // GUI thread: one "Show the rest" click, laid out and painted
    bool cut = false;
};

// Shows row `row` in the reader as the deal page does, and times the GUI thread's part.
Figures show(InteractionReader &reader, const TimelineModel &model, int row) {
    Figures figures;
    QSignalSpy shown(&reader, &InteractionReader::contentShown);
    QElapsedTimer timer;
    timer.start();
    reader.display(model.index(row));
    figures.gui = ms(timer);
    // The worker's result arrives through the event loop; what each turn of it costs the GUI thread counts.
    while (shown.isEmpty()) {
        timer.restart();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!shown.isEmpty())
            figures.gui += ms(timer);
    }
    timer.restart();
    (void)reader.browser()->document()->size(); // the whole layout, not only the visible part
    (void)reader.browser()->viewport()->grab();
    figures.gui += ms(timer);

    auto *more = reader.findChild<QPushButton *>(QStringLiteral("readerShowRest"));
    figures.cut = more && more->isVisible();
    if (figures.cut) {
        timer.restart();
        more->click();
        (void)reader.browser()->document()->size();
        (void)reader.browser()->viewport()->grab();
        figures.more = ms(timer);
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Only the bodies named so."),
                                        QStringLiteral("TEXT"));
    parser.addOptions({repeatOption, onlyOption});
    parser.addHelpOption();
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QList<Body> bodies = corpus();
    if (parser.isSet(onlyOption)) {
        const QString only = parser.value(onlyOption);
        bodies.erase(std::remove_if(bodies.begin() + 1, bodies.end(),
                                    [&](const Body &body) { return !body.name.contains(only); }),
                     bodies.end());
    }
    QList<TimelineEntry> entries;
    for (const Body &body : bodies) {
        TimelineEntry entry;
        entry.id = entries.size() + 1;
        entry.interaction.kind = InteractionKind::Email;
        entry.interaction.subject = body.name;
        entry.interaction.bodyText = body.plain ? body.html : body.name;
        entry.interaction.bodyHtml = body.plain ? QString() : body.html;
        entries.append(entry);
    }
    TimelineModel model;
    model.setEntries(entries, {}, {}, QTimeZone::utc());
    TaskRunner runner;
    InteractionReader reader(runner);
    reader.resize(900, 700);
    reader.show();

    QList<QList<double>> gui(bodies.size()), worker(bodies.size()), more(bodies.size());
    QList<bool> cut(bodies.size());
    for (int r = 0; r < repeat; ++r) {
        for (int row = 0; row < bodies.size(); ++row) {
            QElapsedTimer timer;
            timer.start();
            if (bodies[row].plain)
                (void)model.index(row).data(TimelineModel::ContentHtmlRole);
            else
                (void)sanitizeEmail(bodies[row].html);
            worker[row].append(ms(timer));
            const Figures figures = show(reader, model, row);
            gui[row].append(figures.gui);
            more[row].append(figures.more);
            cut[row] = figures.cut;
        }
    }

    const double baseline = median(gui[0]);
    double worst = 0;
    QString worstName;
    out << QStringLiteral("GUI thread per body, median of %1 (click → sanitized if ≤ 16 KB → setHtml → full "
                          "layout → paint); sanitizing timed apart; baseline: %2\n")
               .arg(repeat)
               .arg(bodies[0].name);
    for (int row = 0; row < bodies.size(); ++row) {
        const double g = median(gui[row]);
        const double m = median(more[row]);
        out << QStringLiteral("  %1  input %2 KB: GUI %3 ms (%4× baseline)  sanitize %5 ms%6\n")
                   .arg(bodies[row].name, -40)
                   .arg(bodies[row].html.size() / 1024, 5)
                   .arg(g, 6, 'f', 1)
                   .arg(baseline > 0 ? g / baseline : 0, 5, 'f', 1)
                   .arg(median(worker[row]), 7, 'f', 1)
                   .arg(cut[row] ? QStringLiteral("  cut; \"Show the rest\" %1 ms").arg(m, 0, 'f', 1)
                                 : QString());
        for (const double value : {g, m}) {
            if (value > worst) {
                worst = value;
                worstName = bodies[row].name;
            }
        }
    }
    out << QStringLiteral("worst GUI-thread time: %1 ms (%2)  (baseline %3 ms; target < 100 ms: %4)\n")
               .arg(worst, 0, 'f', 1)
               .arg(worstName)
               .arg(baseline, 0, 'f', 1)
               .arg(worst < 100 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    return 0;
}
