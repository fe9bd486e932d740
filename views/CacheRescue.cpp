// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheRescue.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace dp {

QString CacheRescue::question(const QString &cachePath) {
    return tr("A new cache is made from what can still be read in %1. It keeps your ratings, coaching notes, "
              "alert snoozes, snapshots and lexicon history, with the deals and emails they belong to.\n\n"
              "Everything else comes from your CRM: the next sync downloads it all again, which takes a "
              "while "
              "on a large CRM. The damaged file is kept beside the new one as a backup.")
        .arg(QDir::toNativeSeparators(cachePath));
}

bool CacheRescue::ask(QWidget *parent, const QString &cachePath) {
    QMessageBox box(QMessageBox::Question, tr("Rebuild the cache?"), question(cachePath),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("rebuildConfirm"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *rebuild = box.addButton(tr("Rebuild"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(rebuild);
    box.exec();
    return box.clickedButton() == rebuild;
}

TaskResult CacheRescue::run(const QString &cachePath, const FigureSettings &figures, const Clock &clock,
                            bool swap, TaskControl &control, RebuildReport &report) {
    CacheRepairResult result =
        CacheRepair::rebuild(cachePath, figures, clock, swap,
                             [&control](int done, int total) { return control.progress(done, total); });
    report = std::move(result.report);
    return TaskResult{result.error.isEmpty() && !result.cancelled, result.error};
}

QString CacheRescue::summary(const RebuildReport &report) {
    const auto kept = [&report](std::initializer_list<const char *> tables) {
        int sum = 0;
        for (const char *table : tables)
            if (const RebuildCount *count = report.count(QString::fromLatin1(table)))
                sum += count->kept;
        return sum;
    };
    int unreadable = 0;
    int orphaned = 0;
    for (const RebuildCount &count : report.tables) {
        if (!count.crm) {
            unreadable += count.unreadable;
            orphaned += count.orphaned;
        }
    }
    QStringList lines;
    lines.append(tr("The cache was rebuilt. It kept:"));
    const QString item = QStringLiteral("  • %1");
    lines.append(item.arg(tr("%n rating(s)", nullptr, kept({"ratings"}))));
    lines.append(item.arg(tr("%n coaching note(s)", nullptr, kept({"coaching_notes"}))));
    lines.append(item.arg(tr("%n alert snooze(s)", nullptr, kept({"alert_snoozes"}))));
    lines.append(item.arg(tr("%n snapshot(s)", nullptr, kept({"snapshots"}))));
    lines.append(
        item.arg(tr("%n lexicon change(s)", nullptr, kept({"lexicon_versions", "lexicon_term_resets"}))));
    lines.append(item.arg(tr("%n deal(s) and %1 that they belong to", nullptr, kept({"deals"}))
                              .arg(tr("%n email(s)", nullptr, kept({"interactions"})))));
    lines.append(QString()); // the list apart from what follows
    if (unreadable > 0)
        lines.append(
            tr("SQLite could not read %n damaged part(s) among your own rows; what they held is lost.",
               nullptr, unreadable));
    if (orphaned > 0)
        lines.append(tr("%n of your rows could not be kept, because the deal or email they belong to could "
                        "not be read.",
                        nullptr, orphaned));
    if (!report.backupPath.isEmpty())
        lines.append(tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(report.backupPath)));
    lines.append(tr("The next sync downloads the rest of your CRM's records again."));
    return lines.join(QLatin1Char('\n'));
}

QString CacheRescue::damage(const QString &cachePath, const QStringList &problems) {
    return tr("%1 is damaged: SQLite's check found %n problem(s), the first: %2", nullptr,
              int(problems.size()))
        .arg(QDir::toNativeSeparators(cachePath), problems.value(0));
}

} // namespace dp
