#pragma once
// The main window: for now, the pipeline table over the cache with a health filter and a text filter.

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dp {

class PipelineModel;
struct PipelineRow;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // cachePath is shown in the status bar; asOfText says when the figures were computed.
    void showPipeline(QList<PipelineRow> rows, const QString &cachePath, const QString &asOfText);
    QTableView *pipelineView() const { return m_table; }

private:
    void applyFilters();
    void updateCount();

    PipelineModel *m_model;
    QSortFilterProxyModel *m_textFilter;
    QSortFilterProxyModel *m_bandFilter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_band;
    QLabel *m_cacheLabel;
    QLabel *m_countLabel;
};

} // namespace dp
