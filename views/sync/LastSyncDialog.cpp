// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/LastSyncDialog.h"

#include "items/AlertNotice.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace dp {
namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const char *name) {
    // The message and warnings quote the CRM (object names, values): never markup.
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString duration(double seconds) {
    const int whole = int(std::lround(seconds));
    if (whole < 1)
        return LastSyncDialog::tr("under a second");
    if (whole < 60)
        return LastSyncDialog::tr("%n second(s)", nullptr, whole);
    if (whole < 3600)
        return LastSyncDialog::tr("%n minute(s)", nullptr, (whole + 30) / 60);
    return LastSyncDialog::tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60);
}

} // namespace

LastSyncDialog::LastSyncDialog(const SyncSummary &summary, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("lastSyncDialog"));
    setWindowTitle(tr("Last sync"));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);

    const QString outcome = summary.ok          ? tr("The sync completed.")
                            : summary.cancelled ? tr("The sync was cancelled.")
                                                : tr("The sync failed.");
    auto *heading = plainLabel(outcome, this, "lastSyncOutcome");
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (!summary.ok)
        layout->addWidget(plainLabel(summary.message, this, "lastSyncError"));

    auto *form = new QFormLayout;
    form->addRow(tr("Finished"),
                 plainLabel(locale.toString(QDateTime::fromMSecsSinceEpoch(summary.finishedAt, zone),
                                            QLocale::LongFormat),
                            this, "lastSyncFinished"));
    form->addRow(tr("Took"), plainLabel(duration(summary.seconds), this, "lastSyncDuration"));
    // A sync that stopped rolled back its last pages: its count would promise records the cache lacks.
    if (summary.ok) {
        form->addRow(tr("Records written"),
                     plainLabel(locale.toString(summary.records), this, "lastSyncRecords"));
        form->addRow(tr("Deals updated"),
                     plainLabel(locale.toString(summary.dealsRecomputed), this, "lastSyncDeals"));
    }
    if (const std::optional<AlertNotice> notice = alertNotice(summary.newAlerts))
        form->addRow(tr("Need a look"), plainLabel(notice->text, this, "lastSyncNewAlerts"));
    layout->addLayout(form);

    // A failed sync without warnings has nothing to say about them: its error says it all.
    if (summary.ok || summary.warningCount > 0)
        layout->addWidget(plainLabel(
            summary.warningCount == 0 ? tr("No warnings: everything the CRM sent was read.")
                                      : tr("%n warning(s): the sync went on; these records or objects were "
                                           "kept as well as they could be, or skipped.",
                                           nullptr, summary.warningCount),
            this, "lastSyncWarningCount"));
    if (summary.warnings.isEmpty()) {
        layout->addStretch(1);
    } else {
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("lastSyncWarnings"));
        list->setAccessibleName(tr("Sync warnings"));
        list->setWordWrap(true);
        list->setAlternatingRowColors(true);
        list->setSpacing(3); // a warning wrapped on two lines stays apart from the next
        for (const QString &warning : summary.warnings)
            list->addItem(warning);
        layout->addWidget(list, 1);
        if (summary.warningCount > summary.warnings.size())
            layout->addWidget(
                plainLabel(tr("The first %n are listed.", nullptr, int(summary.warnings.size())), this,
                           "lastSyncWarningsCut"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, summary.warnings.isEmpty() ? sizeHint().height() : 420);
}

} // namespace dp
