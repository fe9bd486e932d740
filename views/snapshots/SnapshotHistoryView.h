// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The snapshot history: every stored snapshot, "Take snapshot…" with a label, and for two selected
// snapshots what changed (a waterfall of one roll-up and the table of changes); beside it each closed
// quarter's forecast accuracy as a trend, and the health-adjusted forecast of the selected snapshot with the
// sample sizes behind its win rates. A standalone widget the main window embeds; what it reads and takes
// goes through app/SnapshotService, its tables are models of models/items.

#include "forecast/SnapshotDiff.h"
#include "forecast/SnapshotFilter.h"
#include "forecast/SnapshotHistory.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dp {

struct SnapshotComparison;
class HealthAdjustedModel;
class SnapshotChangesModel;
class SnapshotListModel;
class SnapshotService;
class WaterfallChart;
class WinRateModel;

class SnapshotHistoryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotHistoryView)

public:
    explicit SnapshotHistoryView(std::unique_ptr<SnapshotService> service, QWidget *parent = nullptr);
    ~SnapshotHistoryView() override;

    // Asks for the new snapshot's label; nothing when the user cancels. Tests replace the dialog.
    using LabelPrompt = std::function<std::optional<QString>(QWidget *parent)>;
    void setLabelPrompt(LabelPrompt prompt) { m_labelPrompt = std::move(prompt); }
    // Who takes snapshots here and whose the list calls "You": the desktop's user, which a new team login
    // changes.
    void setUser(const QString &user);
    // The pipeline's current filter, which new snapshots are taken with.
    void setFilter(const SnapshotFilter &filter) { m_filter = filter; }

    // Snapshot ids as listed, newest first.
    QList<qint64> listedIds() const;

public slots:
    void reload();
    void takeSnapshot();
    void compare(qint64 fromId, qint64 toId);
    void compareSelected();
    void showHealthAdjusted(qint64 snapshotId);

signals:
    void snapshotTaken(qint64 id);

protected:
    // The accuracy chart follows a change of palette (to or from dark mode).
    void changeEvent(QEvent *event) override;

private:
    // reload() without its guard: reads the snapshot list and the accuracy trend.
    void fill();
    void buildChangesTab();
    void buildAccuracyTab();
    void buildHealthTab();
    void showWaterfall();
    void showAccuracy();
    void selectionChanged();
    void showComparison(const SnapshotComparison &comparison);
    // Shows the error of a failed command under `title`; true when it went through.
    bool reported(const QString &title, const QString &error, bool ok);

    std::unique_ptr<SnapshotService> m_service;
    SnapshotFilter m_filter;
    LabelPrompt m_labelPrompt;
    std::optional<SnapshotDiff> m_diff;
    QList<AccuracyPoint> m_points;

    SnapshotListModel *m_snapshots = nullptr;
    QTableView *m_list = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_compare = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_changesTitle = nullptr;
    QComboBox *m_rollupKind = nullptr;
    QComboBox *m_currency = nullptr;
    WaterfallChart *m_waterfall = nullptr;
    SnapshotChangesModel *m_changes = nullptr;
    QTableView *m_changesTable = nullptr;
    QComboBox *m_accuracyCurrency = nullptr;
    QChartView *m_accuracy = nullptr;
    QLabel *m_accuracyNote = nullptr;
    QLabel *m_healthTitle = nullptr;
    HealthAdjustedModel *m_adjustedLines = nullptr;
    QTableView *m_adjusted = nullptr;
    WinRateModel *m_winRates = nullptr;
    QTableView *m_bands = nullptr;
};

} // namespace dp
