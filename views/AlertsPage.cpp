// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsPage.h"

#include "BandDelegate.h"
#include "ErrorBox.h"
#include "UndoOffer.h"
#include "items/AlertsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dp {
namespace {

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

AlertsPage::AlertsPage(UndoOffer *undo, QWidget *parent)
    : QWidget(parent)
    , m_askSnooze([this](const QString &dealName, const QDate &today) {
        return SnoozeDialog::ask(dealName, today, this);
    })
    , m_undo(undo)
    , m_model(new AlertsModel(this))
    , m_snoozesModel(new SnoozesModel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(makeTable(QStringLiteral("alertsTable"), tr("Alerts"), this))
    , m_snoozesTable(makeTable(QStringLiteral("snoozesTable"), tr("Snoozed alerts"), this))
    , m_summary(new QLabel(this))
    , m_onlyNew(new QCheckBox(tr("Only new since I last looked"), this))
    , m_open(new QPushButton(tr("&Open deal"), this))
    , m_snooze(new QPushButton(tr("&Snooze…"), this))
    , m_markSeen(new QPushButton(tr("&Mark all as seen"), this)) {
    setObjectName(QStringLiteral("alertsPage"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(AlertsModel::Band, new BandDelegate(m_table, AlertsModel::BandRole));
    m_snoozesTable->setModel(m_snoozesModel);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_onlyNew->setObjectName(QStringLiteral("alertsOnlyNew"));
    m_open->setObjectName(QStringLiteral("alertOpen"));
    m_snooze->setObjectName(QStringLiteral("alertSnooze"));
    m_markSeen->setObjectName(QStringLiteral("alertsMarkSeen"));
    m_markSeen->setToolTip(tr("Alerts you have seen leave this list until their deal changes band again"));

    m_onlyNew->setChecked(true);
    connect(m_onlyNew, &QCheckBox::toggled, this, &AlertsPage::refresh);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            emit openDealRequested(index.data(AlertsModel::DealIdRole).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openDealRequested(index.data(AlertsModel::DealIdRole).toLongLong());
    });
    connect(m_snoozesTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openDealRequested(index.data(SnoozesModel::DealIdRole).toLongLong());
    });
    connect(m_snooze, &QPushButton::clicked, this, &AlertsPage::snoozeCurrent);
    connect(m_markSeen, &QPushButton::clicked, this, &AlertsPage::markSeen);
    auto *undoShortcut = new QShortcut(QKeySequence::Undo, this);
    undoShortcut->setContext(Qt::WidgetWithChildrenShortcut); // this page's actions only
    connect(undoShortcut, &QShortcut::activated, m_undo, &UndoOffer::undo);

    // The summary gets its own line: in Romanian it is as wide as the buttons.
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onlyNew);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_markSeen);
    auto *current = new QWidget(this);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_summary);
    currentLayout->addLayout(buttons);
    currentLayout->addWidget(m_table, 1);
    m_tabs->setObjectName(QStringLiteral("alertsTabs"));
    m_tabs->addTab(current, tr("Needs attention"));
    m_tabs->addTab(m_snoozesTable, tr("Snoozed (for coaching)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void AlertsPage::setRates(const CurrencyRates &rates) {
    m_model->setRates(rates);
    refresh();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::setCommands(std::unique_ptr<AlertCommands> commands) {
    if (m_commands)
        m_undo->withdraw(); // what it would undo is in the cache going away
    m_commands = std::move(commands);
}

void AlertsPage::setContent(const QList<PipelineRow> &rows, const AlertLists &lists, const QDate &today,
                            const QTimeZone &zone) {
    m_rows = rows;
    m_lists = lists;
    m_today = today;
    m_zone = zone;
    m_snoozesModel->setSnoozes(lists.snoozes, today, zone);
    m_tabs->setTabText(1, tr("Snoozed (for coaching): %1").arg(lists.snoozes.size()));
    refresh();
    const QFontMetrics fm = m_table->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(AlertsModel::Band, 20 * digit);
    m_table->setColumnWidth(AlertsModel::DealName, 30 * digit);
    m_table->setColumnWidth(AlertsModel::Account, 18 * digit);
    m_table->setColumnWidth(AlertsModel::Owner, 15 * digit);
    m_table->setColumnWidth(AlertsModel::Amount, 11 * digit);
    m_table->setColumnWidth(AlertsModel::Currency, 8 * digit);
    m_table->setColumnWidth(AlertsModel::RankedAs, 20 * digit);
    m_table->setColumnWidth(AlertsModel::CloseDate, 14 * digit);
    m_snoozesTable->resizeColumnsToContents();
}

void AlertsPage::refresh() {
    const qint64 current = m_table->currentIndex().data(AlertsModel::DealIdRole).toLongLong();
    m_model->setData(m_rows, m_lists.activeSnoozes, m_lists.seenBands, m_today, m_onlyNew->isChecked());
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->alert(row).deal.deal.id == current)
            m_table->setCurrentIndex(m_model->index(row, 0));
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_summary->setText(m_model->newCount() == 0
                           ? tr("Nothing new since you last looked.")
                           : tr("%n deal(s) went dark or became at risk since you last looked.", nullptr,
                                m_model->newCount()));
    updateButtons();
    emit newCountChanged(m_model->newCount());
}

void AlertsPage::updateButtons() {
    const bool any = m_model->rowCount() > 0;
    m_open->setEnabled(any);
    m_snooze->setEnabled(any);
    m_markSeen->setEnabled(m_model->newCount() > 0);
}

void AlertsPage::snoozeCurrent() {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const AlertRow &alert = m_model->alert(index.row());
    const std::optional<SnoozeChoice> choice = m_askSnooze(alert.deal.deal.deal.name, m_today);
    if (!choice)
        return;
    if (!m_commands)
        return;
    const AlertOutcome outcome =
        m_commands->snooze(alert.deal.deal.id, alert.deal.metrics.band, choice->reason, choice->resumeOn);
    if (!apply(outcome, tr("The snooze was not saved: %1")))
        return;
    m_undo->offer(
        tr("Alert snoozed until %1").arg(QLocale().toString(choice->resumeOn, QLocale::ShortFormat)),
        [this, id = outcome.snoozeId] { undoSnooze(id); });
}

bool AlertsPage::apply(const AlertOutcome &outcome, const QString &failed) {
    if (!outcome.ok()) {
        showError(this, tr("Dealpulse"), failed.arg(outcome.error));
        return false;
    }
    // A few rows written and the lists read back: no need to read the whole cache again.
    setContent(m_rows, outcome.lists, m_commands->today(), m_zone);
    return true;
}

void AlertsPage::undoSnooze(qint64 snoozeId) {
    if (!m_commands || !apply(m_commands->undoSnooze(snoozeId), tr("The snooze was not undone: %1")))
        return;
    emit message(tr("Snooze undone: the alert is back."), 5000);
}

void AlertsPage::markSeen() {
    if (!m_commands)
        return;
    const QHash<qint64, HealthBand> shown = shownBands();
    const int newBefore = newCount();
    const AlertOutcome outcome = m_commands->markSeen(shown);
    if (!apply(outcome, QStringLiteral("%1")))
        return;
    if (newBefore > 0)
        m_undo->offer(tr("%n alert(s) marked as seen", nullptr, newBefore),
                      [this, ids = shown.keys(), before = outcome.seenBefore] { undoMarkSeen(ids, before); });
}

void AlertsPage::undoMarkSeen(const QList<qint64> &dealIds, const QHash<qint64, AlertSeen> &before) {
    if (!m_commands ||
        !apply(m_commands->restoreSeen(dealIds, before), tr("The alerts were not marked new again: %1")))
        return;
    emit message(tr("The alerts are new again."), 5000);
}

int AlertsPage::newCount() const {
    return m_model->newCount();
}

QHash<qint64, HealthBand> AlertsPage::shownBands() const {
    return m_model->shownBands();
}

} // namespace dp
