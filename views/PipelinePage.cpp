// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelinePage.h"

#include "BandColors.h"
#include "BandDelegate.h"
#include "OpenInCrm.h"
#include "analytics/HealthText.h"
#include "items/DisplayText.h"
#include "items/PipelineModel.h"
#include "items/PipelineProxy.h"
#include "items/PipelineSearch.h"
#include "tasks/TaskRunner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dp {
namespace {

// Enough rows to fill a tall window while the rest is read.
constexpr int kFirstPageRows = 120;

constexpr HealthBand kBandsShown[] = {HealthBand::Dark, HealthBand::AtRisk, HealthBand::Watch,
                                      HealthBand::Healthy, HealthBand::Closed};

// A round swatch beside the band's name on its toggle: colour and text, never colour alone.
QIcon bandIcon(HealthBand band, const QPalette &palette, qreal dpr) {
    const int size = 12;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bandColor(band, palette));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pixmap);
}

QComboBox *choiceBox(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // Not sized to their longest entry: in Romanian five such boxes would make the window wider than a
    // laptop.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    return box;
}

// Refills a choice box keeping the user's current choice when it still exists.
void refill(QComboBox *box, const QString &allLabel, const QList<std::pair<QString, QString>> &choices) {
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allLabel, QString());
    for (const auto &[label, key] : choices)
        box->addItem(label, key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

PipelinePage::PipelinePage(TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_model(new PipelineModel(this))
    , m_proxy(new PipelineProxy(this))
    , m_search(new PipelineSearch(runner, this))
    , m_table(new QTableView(this))
    , m_searchEdit(new QLineEdit(this))
    , m_team(choiceBox(QStringLiteral("teamFilter"), tr("Team"), this))
    , m_owner(choiceBox(QStringLiteral("ownerFilter"), tr("Rep"), this))
    , m_stage(choiceBox(QStringLiteral("stageFilter"), tr("Stage"), this))
    , m_forecast(choiceBox(QStringLiteral("forecastFilter"), tr("Forecast category"), this))
    , m_quarter(choiceBox(QStringLiteral("quarterFilter"), tr("Close quarter"), this))
    , m_clear(new QToolButton(this))
    , m_totals(new QLabel(this))
    , m_searchDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("pipelinePage"));
    m_proxy->setRunner(&runner);
    m_proxy->setPipelineModel(m_model);

    m_searchEdit->setObjectName(QStringLiteral("pipelineSearch"));
    m_searchEdit->setPlaceholderText(tr("Search deals, accounts and every email, meeting and call (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search the pipeline"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);

    auto *bands = new QHBoxLayout;
    bands->setSpacing(2);
    for (HealthBand band : kBandsShown) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("band_%1").arg(toKey(band)));
        button->setText(bandLabel(band));
        button->setAccessibleName(tr("Show %1 deals").arg(bandLabel(band)));
        button->setToolTip(tr("Show or hide %1 deals").arg(bandLabel(band)));
        button->setCheckable(true);
        // A manager's Monday question is about open deals, so that is where the window starts.
        button->setChecked(band != HealthBand::Closed);
        button->setIcon(bandIcon(band, palette(), devicePixelRatioF()));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setProperty("band", int(band));
        connect(button, &QToolButton::toggled, this, &PipelinePage::applyFilters);
        m_bandButtons.append(button);
        bands->addWidget(button);
    }

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    connect(m_clear, &QToolButton::clicked, this, &PipelinePage::clearFilters);

    for (QComboBox *box : {m_team, m_owner, m_stage, m_forecast, m_quarter})
        connect(box, &QComboBox::currentIndexChanged, this, &PipelinePage::applyFilters);
    refill(m_team, tr("All teams"), {});
    refill(m_owner, tr("All reps"), {});
    refill(m_stage, tr("All stages"), {});
    refill(m_forecast, tr("All forecast categories"), {});
    refill(m_quarter, tr("Any close quarter"), {});

    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setAccessibleName(tr("Pipeline"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(PipelineModel::Band, new BandDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this); // resized: the deal's name takes what is left
    m_table->setWordWrap(false);
    m_table->sortByColumn(PipelineModel::Score, Qt::AscendingOrder);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openDealRequested(index.data(PipelineModel::DealIdRole).toLongLong());
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        if (const std::unique_ptr<QMenu> menu = contextMenu(m_table->indexAt(at)))
            menu->exec(m_table->viewport()->mapToGlobal(at));
    });

    m_totals->setObjectName(QStringLiteral("pipelineTotals"));
    // Bold figures on purpose; every text put in is escaped (a failed search quotes what was typed).
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true); // several currencies and categories can outgrow one line
    m_totals->setAccessibleName(tr("Totals of the deals shown"));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &PipelinePage::startSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        startSearch();
        m_table->setFocus();
    });
    connect(m_search, &PipelineSearch::finished, this,
            [this](const QString &text, const QSet<qint64> &ids, const QString &error) {
                if (text.isEmpty())
                    m_searchIds.reset();
                else
                    m_searchIds = ids;
                m_searchError = error;
                applyFilters();
            });

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchEdit, 1);
    top->addSpacing(8);
    top->addLayout(bands);
    auto *choices = new QHBoxLayout;
    for (QComboBox *box : {m_team, m_owner, m_stage, m_forecast, m_quarter})
        choices->addWidget(box);
    choices->addWidget(m_clear);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
}

void PipelinePage::setCachePath(const QString &path) {
    m_search->setCachePath(path);
    // The first cache of the session: its first page is read and shown while the main window reads the
    // whole pipeline, so a large cache shows its worst deals at once. Only for the order the page opens in;
    // the page's rows are exactly the first rows of the full list in that order.
    // A restored search runs again on this cache; its results filter the rows once it finishes.
    if (!m_searchEdit->text().isEmpty())
        startSearch();
    if (m_complete || m_model->rowCount() > 0 || m_proxy->sortColumn() != PipelineModel::Score ||
        m_proxy->sortOrder() != Qt::AscendingOrder || m_searchIds || !m_searchEdit->text().isEmpty())
        return;
    const quint64 generation = ++m_startGeneration;
    m_runner.run<QList<PipelineRow>>(
        this, [path, bands = checkedBands()] { return loadPipelineStart(path, bands, kFirstPageRows); },
        [this, generation](QList<PipelineRow> rows) {
            if (m_complete || generation != m_startGeneration || rows.isEmpty())
                return; // the whole pipeline came first, or another cache was opened meanwhile
            m_model->setRows(std::move(rows));
            fitColumns();
            applyFilters();
        });
}

QSet<HealthBand> PipelinePage::checkedBands() const {
    QSet<HealthBand> bands;
    for (QToolButton *button : m_bandButtons)
        if (button->isChecked())
            bands.insert(HealthBand(button->property("band").toInt()));
    if (bands.size() == int(std::size(kBandsShown)))
        bands.clear(); // every band: no need to test each row
    return bands;
}

void PipelinePage::setRows(QList<PipelineRow> rows) {
    m_complete = true;
    ++m_startGeneration;
    m_model->setRows(std::move(rows));
    fillChoices();
    fitColumns();
    applyFilters();
}

void PipelinePage::fitColumns() {
    // Widths the manager set (restored, or dragged since the first rows came) are kept; the deal's name
    // still takes what they leave.
    if (m_columnsSized) {
        fitDealName();
        return;
    }
    m_columnsSized = true;
    // Widths from the font, not from 50,000 rows' contents; long names elide instead of pushing figures away.
    const QFontMetrics fm = m_table->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    auto fit = [&](int column, int contentChars) {
        const int header =
            fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 2 * digit;
        m_table->setColumnWidth(column, std::max(header, contentChars * digit));
    };
    fit(PipelineModel::Band, 13);
    fit(PipelineModel::Score, 3);
    fit(PipelineModel::DealName, 24);
    fit(PipelineModel::Account, 14);
    fit(PipelineModel::Owner, 12);
    fit(PipelineModel::Stage, 10);
    fit(PipelineModel::Forecast, 8);
    fit(PipelineModel::Amount, 9);
    fit(PipelineModel::CloseDate, 8);
    fit(PipelineModel::DaysSinceInbound, 10);
    fit(PipelineModel::Inbound28d, 3);
    fit(PipelineModel::Outbound28d, 3);
    fit(PipelineModel::BuyerContacts60d, 3);
    fit(PipelineModel::ClosePushes, 3);
    fit(PipelineModel::Sentiment, 5);
    fitDealName();
}

void PipelinePage::fitDealName() {
    // The deal's name takes whatever width the figures leave, so a wide window shows whole names; but never
    // less than a readable name, so a narrow window scrolls sideways instead of hiding which deal a row is.
    constexpr int kReadableChars = 22;
    int figures = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != PipelineModel::DealName && !m_table->isColumnHidden(column))
            figures += m_table->columnWidth(column);
    }
    const int readable = kReadableChars * m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(PipelineModel::DealName,
                            std::max(readable, m_table->viewport()->width() - figures));
}

bool PipelinePage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitDealName();
    return QWidget::eventFilter(watched, event);
}

void PipelinePage::fillChoices() {
    QSet<QString> teams, owners, forecasts, quarters;
    QSet<std::pair<int, QString>> stageSet;
    QSet<int> quarterNumbers; // year × 4 + quarter: formatted once per quarter, not once per deal
    for (const PipelineRow &row : m_model->rows()) {
        teams.insert(row.deal.teamName);
        owners.insert(row.deal.ownerName);
        forecasts.insert(row.deal.deal.forecastCategory);
        const QDate close = row.deal.deal.closeDate;
        quarterNumbers.insert(close.isValid() ? close.year() * 4 + (close.month() - 1) / 3 : -1);
        stageSet.insert({row.deal.deal.stageOrder, row.deal.deal.stage});
    }
    for (int number : std::as_const(quarterNumbers))
        if (number >= 0)
            quarters.insert(quarterKey(QDate(number / 4, (number % 4) * 3 + 1, 1)));
    QMap<std::pair<int, QString>, QString> stages; // pipeline order first, then name
    for (const auto &stage : std::as_const(stageSet))
        stages.insert(stage, stage.second);
    auto sorted = [](const QSet<QString> &set) {
        QList<std::pair<QString, QString>> list;
        for (const QString &value : set)
            if (!value.isEmpty())
                list.append({value, value});
        std::sort(list.begin(), list.end());
        return list;
    };
    refill(m_team, tr("All teams"), sorted(teams));
    refill(m_owner, tr("All reps"), sorted(owners));
    QList<std::pair<QString, QString>> stageChoices;
    QSet<QString> seenStages;
    for (const QString &stage : stages)
        if (!stage.isEmpty() && !seenStages.contains(stage)) {
            seenStages.insert(stage);
            stageChoices.append({stage, stage});
        }
    refill(m_stage, tr("All stages"), stageChoices);
    QList<std::pair<QString, QString>> forecastChoices;
    for (const QString &key : forecastKeys())
        if (forecasts.contains(key))
            forecastChoices.append({forecastLabel(key), key});
    refill(m_forecast, tr("All forecast categories"), forecastChoices);
    QList<std::pair<QString, QString>> quarterChoices;
    for (const auto &[key, value] : sorted(quarters)) {
        // "Q4 2026" reads better than the key, in both languages.
        const QString label = tr("Q%1 %2").arg(key.mid(6), key.left(4));
        quarterChoices.append({label, value});
    }
    refill(m_quarter, tr("Any close quarter"), quarterChoices);
    // Restored choices meet the pipeline's values: one no longer there (a rep who left) is "All".
    for (auto it = m_restoredChoices.cbegin(); it != m_restoredChoices.cend(); ++it) {
        auto *box = const_cast<QComboBox *>(it.key());
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(it.value())));
    }
    m_restoredChoices.clear();
}

void PipelinePage::setBands(const QSet<HealthBand> &bands) {
    for (QToolButton *button : m_bandButtons) {
        const QSignalBlocker blocker(button);
        button->setChecked(bands.contains(HealthBand(button->property("band").toInt())));
    }
    applyFilters();
}

QString PipelinePage::choice(const QComboBox *box) const {
    return m_restoredChoices.value(box, box->currentData().toString());
}

PipelinePage::ViewState PipelinePage::viewState() const {
    ViewState state;
    state.header = m_table->horizontalHeader()->saveState();
    for (QToolButton *button : m_bandButtons)
        if (button->isChecked())
            state.bands.append(toKey(HealthBand(button->property("band").toInt())));
    state.team = choice(m_team);
    state.owner = choice(m_owner);
    state.stage = choice(m_stage);
    state.forecast = choice(m_forecast);
    state.quarter = choice(m_quarter);
    state.search = m_searchEdit->text();
    return state;
}

void PipelinePage::restoreViewState(const ViewState &state) {
    QHeaderView *header = m_table->horizontalHeader();
    // A header saved by a version with other columns is refused by Qt: the font's widths are used instead.
    if (!state.header.isEmpty() && header->restoreState(state.header)) {
        m_columnsSized = true;
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    QSet<HealthBand> bands;
    for (const QString &key : state.bands)
        if (const auto band = healthBandFromKey(key))
            bands.insert(*band);
    const std::pair<QComboBox *, QString> choices[] = {{m_team, state.team},
                                                       {m_owner, state.owner},
                                                       {m_stage, state.stage},
                                                       {m_forecast, state.forecast},
                                                       {m_quarter, state.quarter}};
    m_restoredChoices.clear();
    for (const auto &[box, value] : choices) {
        if (!m_complete) {
            if (!value.isEmpty())
                m_restoredChoices.insert(box, value);
            continue;
        }
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
    {
        // No delayed search now: it runs when the cache is set (setCachePath).
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(state.search);
    }
    if (bands.isEmpty())
        applyFilters();
    else
        setBands(bands);
}

void PipelinePage::filterToTeam(const QString &team, const QString &owner) {
    {
        const QSignalBlocker teamBlocker(m_team);
        const QSignalBlocker ownerBlocker(m_owner);
        m_restoredChoices.remove(m_team);
        m_restoredChoices.remove(m_owner);
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    }
    applyFilters();
}

void PipelinePage::clearFilters() {
    m_restoredChoices.clear();
    for (QComboBox *box : {m_team, m_owner, m_stage, m_forecast, m_quarter}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    m_searchEdit->clear();
    m_searchDelay->stop();
    m_searchIds.reset();
    setBands({HealthBand::Dark, HealthBand::AtRisk, HealthBand::Watch, HealthBand::Healthy});
}

void PipelinePage::focusSearch() {
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void PipelinePage::setCrmLinks(OpenInCrm *links) {
    m_crmLinks = links;
    delete m_openInCrm;
    m_openInCrm = links ? links->createAction(this) : nullptr;
}

std::unique_ptr<QMenu> PipelinePage::contextMenu(const QModelIndex &index) {
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return nullptr;
    const PipelineRow &row = m_model->row(source.row());
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("pipelineContextMenu"));
    QAction *open = menu->addAction(tr("Open deal"));
    open->setObjectName(QStringLiteral("pipelineOpenDeal"));
    connect(open, &QAction::triggered, this, [this, id = row.deal.id] { emit openDealRequested(id); });
    if (m_openInCrm) {
        m_crmLinks->prepare(m_openInCrm, row.deal.deal);
        menu->addAction(m_openInCrm);
        menu->setToolTipsVisible(true); // why the CRM action is disabled
    }
    return menu;
}

qint64 PipelinePage::currentDealId() const {
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        index = m_proxy->index(0, 0);
    return index.isValid() ? index.data(PipelineModel::DealIdRole).toLongLong() : 0;
}

void PipelinePage::startSearch() {
    m_search->search(m_searchEdit->text());
    updateTotals(); // says "Searching…"
}

void PipelinePage::applyFilters() {
    PipelineFilter filter;
    filter.bands = checkedBands();
    filter.team = choice(m_team);
    filter.owner = choice(m_owner);
    filter.stage = choice(m_stage);
    filter.forecastCategory = choice(m_forecast);
    filter.closeQuarter = choice(m_quarter);
    filter.dealIds = m_searchIds;
    m_proxy->setFilter(filter);
    updateTotals();
    emit filtersApplied();
}

void PipelinePage::updateTotals() {
    if (!m_complete) {
        // Totals need every row; until then they would be wrong.
        m_totals->setText(m_model->rowCount() > 0 ? tr("Reading the whole pipeline…").toHtmlEscaped()
                                                  : QString());
        return;
    }
    if (m_search->isBusy()) {
        m_totals->setText(tr("Searching…").toHtmlEscaped());
        return;
    }
    if (!m_searchError.isEmpty()) {
        m_totals->setText(tr("The search failed: %1").arg(m_searchError).toHtmlEscaped());
        return;
    }
    const PipelineTotals totals = m_proxy->totals();
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%n deal(s)", nullptr, totals.count));
    parts.append(tr("%1 in total").arg(formatAmounts(totals.amount, locale)));
    QStringList byCategory;
    for (const QString &key : forecastKeys())
        if (totals.amountByForecast.contains(key))
            byCategory.append(tr("%1: %2").arg(forecastLabel(key),
                                               formatAmounts(totals.amountByForecast.value(key), locale)));
    m_totals->setText(
        QStringLiteral("<b>%1</b> · <b>%2</b>%3")
            .arg(parts.at(0).toHtmlEscaped(), parts.at(1).toHtmlEscaped(),
                 byCategory.isEmpty()
                     ? QString()
                     : QStringLiteral(" — ") + byCategory.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

} // namespace dp
