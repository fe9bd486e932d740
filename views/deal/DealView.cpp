// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealView.h"

#include "ActivityChartView.h"
#include "BandColors.h"
#include "CoachingNotesPanel.h"
#include "ErrorBox.h"
#include "InteractionReader.h"
#include "OpenInCrm.h"
#include "TimelineDelegate.h"
#include "app/DealCommands.h"
#include "forecast/ForecastCategory.h"
#include "items/DealHistoryModel.h"
#include "items/Money.h"
#include "items/TimelineModel.h"
#include "tasks/TaskRunner.h"
#include "text/HighlightedText.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <cmath>

namespace dp {
namespace {

QString signedNumber(double value) {
    const QString text = QLocale().toString(value, 'f', 2);
    return value > 0 ? QLatin1Char('+') + text : text;
}

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A close date pushed later stands out in the colour of an at-risk deal, as the palette has it now.
class HistoryDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == DealHistoryModel::ChangeColumn &&
            index.data(DealHistoryModel::PushedRole).toBool()) {
            const QPalette palette = option->widget ? option->widget->palette() : option->palette;
            option->palette.setColor(QPalette::Text, bandColor(HealthBand::AtRisk, palette));
        }
    }
};

} // namespace

DealView::DealView(std::unique_ptr<DealCommands> commands, TaskRunner &runner, DealViewOptions options,
                   QWidget *parent)
    : QWidget(parent)
    , m_ownCommands(std::move(commands))
    , m_commands(*m_ownCommands)
    , m_runner(runner)
    , m_options(std::move(options))
    , m_timeline(new TimelineModel(this))
    , m_historyModel(new DealHistoryModel(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("dealView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("dealStatus"));
    m_status->setTextFormat(Qt::PlainText); // errors quote SQLite and file names
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 10);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(buildBody(), 1);
    m_pages->addWidget(m_status);
    m_pages->addWidget(content);
    layout->addWidget(m_pages);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DealView::backRequested);
}

DealView::~DealView() = default;

void DealView::changeEvent(QEvent *event) {
    // The band's colours follow the palette (a switch to dark mode); the chart, the reader and the history
    // follow it themselves.
    if (event->type() == QEvent::PaletteChange && m_details)
        fillHeader(*m_details);
    QWidget::changeEvent(event);
}

QWidget *DealView::buildHeader() {
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("dealHeader"));
    m_back = new QToolButton(header);
    m_back->setObjectName(QStringLiteral("dealBack"));
    m_back->setText(tr("← Pipeline"));
    m_back->setToolTip(tr("Back to the pipeline (Esc)"));
    m_back->setAccessibleName(tr("Back to the pipeline"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &DealView::backRequested);

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_title->setFont(title);
    // The CRM's words, never markup: a deal named "<img src=…>" would otherwise load that file.
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("dealSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText); // account, owner, team and stage from the CRM
    m_band = new QLabel(header);
    m_band->setObjectName(QStringLiteral("dealBand"));
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setTextFormat(Qt::PlainText);
    QFont bandFont = font();
    bandFont.setPointSizeF(bandFont.pointSizeF() * 1.15);
    bandFont.setBold(true);
    m_band->setFont(bandFont);
    m_figures = new QLabel(header);
    m_figures->setObjectName(QStringLiteral("dealFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_reasons = new QLabel(header);
    m_reasons->setObjectName(QStringLiteral("dealReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    if (m_options.crmLinks) {
        m_openInCrm = m_options.crmLinks->createAction(this);
        auto *openInCrm = new QToolButton(header);
        openInCrm->setObjectName(QStringLiteral("dealOpenInCrm"));
        openInCrm->setDefaultAction(m_openInCrm);
        openInCrm->setToolButtonStyle(Qt::ToolButtonTextOnly);
        titleRow->addWidget(openInCrm, 0, Qt::AlignTop);
    }
    titleRow->addWidget(m_band, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_figures);
    layout->addWidget(m_reasons);
    return header;
}

QWidget *DealView::buildBody() {
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dealSplitter"));
    split->setChildrenCollapsible(false);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    m_chart = new ActivityChartView(left);
    m_chart->setFixedHeight(250);
    leftLayout->addWidget(m_chart);
    m_timelineTitle = sectionTitle(QString(), left);
    m_timelineTitle->setObjectName(QStringLiteral("timelineTitle"));
    leftLayout->addWidget(m_timelineTitle);
    m_timelineView = new QListView(left);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setAccessibleName(tr("Timeline, newest first"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    // Every card has the same height, so the view lays out thousands of rows without asking each one.
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setFrameShape(QFrame::NoFrame);
    leftLayout->addWidget(m_timelineView, 1);

    auto *right = new QSplitter(Qt::Vertical, split);
    right->setObjectName(QStringLiteral("dealDetailSplitter")); // named: its position is remembered
    right->setChildrenCollapsible(false);
    m_reader = new InteractionReader(m_runner, right);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("dealTabs"));
    m_notes = new CoachingNotesPanel(m_tabs);
    m_notes->setUser(m_commands.user());
    m_notes->setTimeZone(m_options.zone);
    m_history = new QTreeView(m_tabs);
    m_history->setObjectName(QStringLiteral("dealHistory"));
    m_history->setAccessibleName(tr("Close date, stage and amount history"));
    m_history->setModel(m_historyModel);
    m_history->setItemDelegate(new HistoryDelegate(m_history));
    m_history->setRootIsDecorated(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_history, QString());
    right->addWidget(m_reader);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});

    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_reader->display(current); });
    connect(m_reader, &InteractionReader::rated, this, &DealView::rate);
    // A note that could not be stored stays in the editor (the panel clears it only when the notes are
    // shown again), so the user can try again.
    connect(m_notes, &CoachingNotesPanel::addRequested, this, [this](const QString &text) {
        const Outcome<bool> added = m_commands.addNote(m_dealId, text);
        if (reported(tr("The note was not saved"), added.error, added.ok()) && *added.value)
            reloadNotes();
    });
    connect(m_notes, &CoachingNotesPanel::editRequested, this, [this](qint64 noteId, const QString &text) {
        const Outcome<bool> edited = m_commands.editNote(noteId, text);
        if (reported(tr("The note was not changed"), edited.error, edited.ok()) && *edited.value)
            reloadNotes();
    });
    connect(m_notes, &CoachingNotesPanel::deleteRequested, this, [this](qint64 noteId) {
        const Outcome<bool> deleted = m_commands.deleteNote(noteId);
        if (reported(tr("The note was not deleted"), deleted.error, deleted.ok()) && *deleted.value)
            reloadNotes();
    });
    return split;
}

void DealView::openDeal(qint64 dealId) {
    m_dealId = dealId;
    m_status->setText(tr("Loading the deal…"));
    if (!m_details)
        m_pages->setCurrentWidget(m_status);
    DealRequest request;
    request.dealId = dealId;
    request.goingDarkDays = m_options.goingDarkDays;
    request.user = m_commands.user();
    request.zone = m_options.zone;
    const quint64 ticket = ++m_loadTicket;
    m_runner.run<DealLoad>(this, m_commands.loader(request, !m_scorer),
                           [this, ticket](DealLoad load) { loaded(ticket, std::move(load)); });
}

void DealView::loaded(quint64 ticket, DealLoad load) {
    if (load.scorer)
        m_scorer = std::move(load.scorer);
    if (ticket != m_loadTicket)
        return; // a newer request is on its way
    if (!load.details) {
        showError(load.error);
        return;
    }
    m_timeline->setScorer(m_scorer);
    m_timeline->setLearner(m_commands.learner());
    showDetails(std::move(load.details));
}

void DealView::showError(const QString &message) {
    m_details.reset();
    m_status->setText(message);
    m_pages->setCurrentIndex(0);
}

void DealView::showDetails(std::shared_ptr<const DealDetails> details) {
    m_details = std::move(details);
    const DealDetails &d = *m_details;
    fillHeader(d);
    m_chart->setChart(d.chart, d.request.zone);
    m_timeline->setEntries(d.timeline, d.ours, d.names, d.request.zone);
    m_timelineTitle->setText(
        tr("Timeline: %n interaction(s), newest first", nullptr, int(d.timeline.size())));
    m_notes->setNotes(d.notes);
    m_tabs->setTabText(0, tr("Coaching notes (%1)").arg(d.notes.size()));
    fillHistory(d);
    m_pages->setCurrentIndex(1);
    if (m_timeline->rowCount() > 0)
        m_timelineView->setCurrentIndex(m_timeline->index(0));
    else
        m_reader->display(QModelIndex());
    emit dealLoaded(d.deal.id);
}

void DealView::fillHeader(const DealDetails &d) {
    const Deal &deal = d.deal.deal;
    const QLocale locale;
    m_title->setText(deal.name);
    if (m_openInCrm)
        m_options.crmLinks->prepare(m_openInCrm, deal);
    QStringList facts;
    if (!d.deal.accountName.isEmpty())
        facts.append(d.deal.accountName);
    if (!d.deal.ownerName.isEmpty())
        facts.append(d.deal.teamName.isEmpty() ? d.deal.ownerName
                                               : tr("%1 (%2)").arg(d.deal.ownerName, d.deal.teamName));
    if (!deal.stage.isEmpty())
        facts.append(deal.stage);
    if (deal.amount)
        facts.append(formatMoney(*deal.amount, deal.currency, locale));
    if (deal.closeDate.isValid())
        facts.append(tr("closes %1").arg(locale.toString(deal.closeDate, QLocale::ShortFormat)));
    facts.append(categoryLabel(forecastCategoryOf(deal)));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    const HealthBand band =
        d.metrics ? d.metrics->band : (deal.isClosed ? HealthBand::Closed : HealthBand::Watch);
    const QColor colour = bandColor(band, palette());
    if (d.metrics) {
        m_band->setText(tr("%1 · %2/100").arg(d.bandText).arg(d.metrics->score));
        m_band->setAccessibleName(tr("Health: %1, score %2 of 100").arg(d.bandText).arg(d.metrics->score));
    } else {
        m_band->setText(tr("Not scored yet"));
    }
    // The text's colour follows the band's: the dark palette's band colours are light, white would vanish.
    m_band->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px;"
                                         " padding: 6px 14px; }")
                              .arg(colour.name(), textColorOn(colour).name()));

    QStringList figures;
    if (d.metrics) {
        const DealMetrics &m = *d.metrics;
        if (m.lastInboundAt) {
            const int days = int((d.asOf - *m.lastInboundAt) / kMillisPerDay);
            figures.append(days == 0 ? tr("Buyer last engaged today")
                                     : tr("Buyer last engaged %n day(s) ago", nullptr, days));
        } else {
            figures.append(tr("The buyer has not engaged yet"));
        }
        figures.append(tr("Last 4 weeks: %1 inbound, %2 outbound").arg(m.inbound28d).arg(m.outbound28d));
        figures.append(tr("%n buyer contact(s) engaged in 60 days", nullptr, m.buyerContactsEngaged60d));
        if (m.sentimentRecent) {
            QString sentiment = tr("Buyer sentiment %1").arg(signedNumber(*m.sentimentRecent));
            if (m.sentimentTrend && std::abs(*m.sentimentTrend) >= 0.05)
                sentiment +=
                    QLatin1Char(' ') + (*m.sentimentTrend > 0
                                            ? tr("(rising %1)").arg(signedNumber(*m.sentimentTrend))
                                            : tr("(falling %1)").arg(signedNumber(*m.sentimentTrend)));
            figures.append(sentiment);
        }
        figures.append(tr("Figures as of %1")
                           .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(d.asOf, d.request.zone),
                                                QLocale::ShortFormat)));
    }
    m_figures->setText(figures.join(QStringLiteral("   ·   ")));

    if (d.reasons.isEmpty()) {
        m_reasons->clear();
        m_reasons->setVisible(false);
    } else {
        // The reasons, in words, each with a mark: the band's colour for a warning, the healthy colour for a
        // good sign, so a healthy deal's one warning still stands out.
        QString html = QStringLiteral("<b>%1</b> ").arg(escapeHtml(tr("Why:")));
        QStringList items;
        const QString good = bandColor(HealthBand::Healthy, palette()).name();
        const QString warning =
            band == HealthBand::Healthy ? bandColor(HealthBand::Watch, palette()).name() : colour.name();
        for (int i = 0; i < d.reasons.size(); ++i)
            items.append(QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                             .arg(d.reasonIsGood.value(i) ? good : warning, escapeHtml(d.reasons[i])));
        html += items.join(QStringLiteral(" &nbsp;&nbsp; "));
        m_reasons->setText(html);
        m_reasons->setVisible(true);
    }
}

void DealView::fillHistory(const DealDetails &d) {
    m_historyModel->setHistory(d.history, d.deal.deal.currency, d.request.zone);
    m_history->header()->setSectionResizeMode(DealHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    m_tabs->setTabText(1, tr("History (%1)").arg(m_historyModel->changeCount()));
}

bool DealView::reported(const QString &failed, const QString &error, bool ok) {
    if (!ok)
        dp::showError(this, tr("Dealpulse"), tr("%1: %2").arg(failed, error));
    return ok;
}

void DealView::rate(const QModelIndex &index, int value, const QString &note) {
    if (!index.isValid())
        return;
    const int row = index.row();
    const qint64 interaction = index.data(TimelineModel::InteractionIdRole).toLongLong();
    const Outcome<bool> stored = m_commands.rate(interaction, value, note);
    if (!reported(value == 0 ? tr("The rating was not taken back") : tr("The rating was not saved"),
                  stored.error, stored.ok()))
        return; // the reader's buttons go back to the stored rating, its note stays for another try
    m_timeline->setRating(row, value, note);
    m_timeline->setLearner(m_commands.learner()); // the rating taught it: its terms are marked anew
    emit rated(*stored.value);
    emit feedbackChanged(m_dealId);
}

void DealView::reloadNotes() {
    // The change is stored either way; only showing it again could fail.
    emit feedbackChanged(m_dealId);
    const Outcome<QList<CoachingNote>> notes = m_commands.notes(m_dealId);
    if (!reported(tr("The notes could not be read again"), notes.error, notes.ok()))
        return;
    m_notes->setNotes(*notes.value);
    m_tabs->setTabText(0, tr("Coaching notes (%1)").arg(notes.value->size()));
}

} // namespace dp
