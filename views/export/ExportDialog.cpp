// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDialog.h"

#include "analytics/HealthText.h"
#include "tasks/TaskRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp {
namespace {

QString describe(const SnapshotFilter &filter) {
    if (filter.isEmpty())
        return ExportDialog::tr("Every deal, open and closed");
    QStringList parts;
    if (!filter.bands.isEmpty()) {
        QStringList bands;
        for (HealthBand band : filter.bands)
            bands.append(bandLabel(band));
        parts.append(ExportDialog::tr("Health: %1").arg(bands.join(QStringLiteral(", "))));
    }
    if (!filter.ownerEmail.isEmpty())
        parts.append(ExportDialog::tr("Owner: %1").arg(filter.ownerEmail));
    if (!filter.team.isEmpty())
        parts.append(ExportDialog::tr("Team: %1").arg(filter.team));
    return parts.join(QStringLiteral(" · "));
}

QString suffixOf(ExportFormat format) {
    return toKey(format);
}

} // namespace

ExportDialog::ExportDialog(const Source &source, TaskRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_runner(runner) {
    setWindowTitle(tr("Export snapshot"));
    m_filePrompt = [](QWidget *parent, ExportFormat format, const QString &current) {
        const QString pattern = QStringLiteral("*.") + suffixOf(format);
        return QFileDialog::getSaveFileName(parent, tr("Export snapshot"), current,
                                            tr("%1 files (%2)").arg(suffixOf(format).toUpper(), pattern));
    };

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF report"), int(ExportFormat::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV (comma-separated)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON snapshot"), int(ExportFormat::Json));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    // Off by default: the CSV stays one file, a plain table; the description goes beside it only when asked.
    m_csvMetadata = new QCheckBox(tr("Also save a description (.csv.json) with the filters and a checksum"));
    m_csvMetadata->setObjectName(QStringLiteral("exportCsvMetadata"));
    m_filterText = new QLabel(describe(source.filter));
    m_filterText->setObjectName(QStringLiteral("exportFilter"));
    m_filterText->setTextFormat(Qt::PlainText); // a team's name and an owner's address from the CRM
    m_filterText->setWordWrap(true);
    auto *what = new QLabel(source.snapshot ? tr("Stored snapshot %1").arg(*source.snapshot)
                                            : tr("The pipeline as it is now"));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);
    form->addRow(QString(), m_csvMetadata);
    form->addRow(tr("Deals:"), what);
    form->addRow(tr("Filter:"), m_filterText);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText); // file paths and error messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox;
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancelText = m_cancel->text();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    updateButtons();
}

ExportDialog::~ExportDialog() {
    if (m_task)
        m_task->cancel(); // the work holds nothing of the dialog and removes its partial file
}

void ExportDialog::setFormat(ExportFormat format) {
    const int index = m_format->findData(int(format));
    if (index == m_format->currentIndex())
        formatChanged(); // no signal, but the file name still follows the format
    m_format->setCurrentIndex(index);
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setOutputPath(const QString &path) {
    m_path->setText(path);
}

QString ExportDialog::outputPath() const {
    return m_path->text().trimmed();
}

void ExportDialog::setCsvMetadata(bool write) {
    m_csvMetadata->setChecked(write);
}

bool ExportDialog::csvMetadata() const {
    return m_csvMetadata->isChecked();
}

QString ExportDialog::statusText() const {
    return m_status->text();
}

void ExportDialog::chooseFile() {
    const QString chosen = m_filePrompt(this, format(), outputPath());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::formatChanged() {
    updateButtons(); // the CSV's description option shows with CSV only
    // Keep the file name in step with the format, so a PDF is not saved as report.csv.
    const QString path = outputPath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_path->setText(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') +
                    suffixOf(format()));
}

void ExportDialog::updateButtons() {
    const bool running = isRunning();
    m_export->setEnabled(!running && !outputPath().isEmpty());
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_csvMetadata->setVisible(format() == ExportFormat::Csv);
    m_csvMetadata->setEnabled(!running);
}

void ExportDialog::startExport() {
    if (m_task || outputPath().isEmpty())
        return;
    m_cancel->setText(m_cancelText);
    m_progress->setRange(0, 0); // busy until the deal count is known
    m_status->setText(tr("Evaluating the pipeline…"));
    ExportRequest request;
    request.source = m_source;
    request.format = format();
    request.csvSidecar = request.format == ExportFormat::Csv && csvMetadata();
    request.path = outputPath();
    m_task = m_runner.run<ExportOutcome>(
        this, tr("Export snapshot"), ExportService::work(std::move(request)), [this](ExportOutcome outcome) {
            finished(outcome.ok(), outcome.error, outcome.deals, outcome.dealRowsSha256);
        });
    connect(m_task, &Task::progressed, this, [this](int written) { progressed(written); });
    updateButtons();
}

void ExportDialog::cancelExport() {
    if (!m_task)
        return;
    m_task->cancel();
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::reject() {
    if (m_task) {
        cancelExport(); // the dialog stays until the worker has removed its partial file
        return;
    }
    QDialog::reject();
}

void ExportDialog::progressed(int deals) {
    if (!m_task || m_task->isCancelled())
        return;
    m_status->setText(tr("%n deal(s) written…", nullptr, deals));
}

void ExportDialog::finished(bool ok, const QString &message, int deals, const QString &sha256) {
    m_task = nullptr;
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    const QString text = ok ? tr("Exported %n deal(s) to %1.\nDeal rows SHA-256: %2", nullptr, deals)
                                  .arg(QDir::toNativeSeparators(outputPath()), sha256)
                            : message;
    m_status->setText(text);
    // Once the file is written there is nothing left to cancel: the button only closes the dialog.
    m_cancel->setText(ok ? tr("Close") : m_cancelText);
    updateButtons();
    emit exportFinished(ok, text);
}

} // namespace dp
