// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Export…": a format, an output file and the filter the pipeline shows, then the export on a worker thread
// with its own connection to the cache, showing how many deals are written and able to cancel; a
// cancelled or failed export leaves no file. A standalone dialog the main window opens.

#include "app/ExportService.h"
#include "tasks/Task.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dp {

class TaskRunner;

class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    using Source = ExportSource;

    // The export runs on `runner`, which must outlive the dialog.
    ExportDialog(const Source &source, TaskRunner &runner, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Asks where to save; tests replace the file dialog.
    using FilePrompt = std::function<QString(QWidget *parent, ExportFormat format, const QString &current)>;
    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setOutputPath(const QString &path);
    QString outputPath() const;
    // CSV only: also write FILE.csv.json with the format, instants, filters and the rows' SHA-256.
    void setCsvMetadata(bool write);
    bool csvMetadata() const;
    bool isRunning() const { return m_task != nullptr; }
    // The last outcome in words, as shown under the progress bar.
    QString statusText() const;

public slots:
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void chooseFile();
    void formatChanged();
    void progressed(int deals);
    void finished(bool ok, const QString &message, int deals, const QString &sha256);
    void updateButtons();

    Source m_source;
    TaskRunner &m_runner;
    FilePrompt m_filePrompt;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_csvMetadata = nullptr;
    QLabel *m_filterText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_cancelText;  // the platform's "Cancel", shown again when another export starts
    QPointer<Task> m_task; // the export under way
};

} // namespace dp
