// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/LexiconView.h"

#include "ErrorBox.h"
#include "app/LexiconService.h"
#include "items/LexiconTermsModel.h"
#include "items/LexiconVersionsModel.h"
#include "items/TermHistoryModel.h"
#include "tasks/TaskRunner.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace dp {
namespace {

using sentiment::Language;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

int selectedRow(const QTableView *table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

} // namespace

LexiconView::LexiconView(std::unique_ptr<LexiconService> service, TaskRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_service(std::move(service))
    , m_runner(runner)
    , m_termsModel(new LexiconTermsModel(this))
    , m_historyModel(new TermHistoryModel(this))
    , m_versionsModel(new LexiconVersionsModel(this)) {
    setObjectName(QStringLiteral("lexiconView"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("lexiconLanguage"));
    m_language->addItem(tr("English"), int(Language::English));
    m_language->addItem(tr("Romanian"), int(Language::Romanian));
    auto *intro = new QLabel(tr("Terms the ratings taught the sentiment scorer. A positive weight makes "
                                "texts with the term score higher."),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addSpacing(12);
    top->addWidget(intro, 1);
    m_lexiconVersion = new QLabel(this);
    m_lexiconVersion->setObjectName(QStringLiteral("lexiconVersion"));
    m_lexiconVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_lexiconVersion);

    m_terms = makeTable(m_termsModel, QStringLiteral("lexiconTerms"), this);
    m_terms->setAccessibleName(tr("Learned terms"));
    m_terms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_terms->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_terms->horizontalHeader()->setStretchLastSection(false);

    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("lexiconHistoryTitle"));
    m_historyTitle->setTextFormat(Qt::PlainText); // quotes a term, a word from the mail
    m_history = makeTable(m_historyModel, QStringLiteral("lexiconTermHistory"), this);
    m_history->setAccessibleName(tr("Term history"));
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_reset = new QPushButton(tr("Reset learned weight"), this);
    m_reset->setObjectName(QStringLiteral("lexiconResetTerm"));
    m_reset->setToolTip(tr("Forget what the ratings so far taught this term; later ratings teach it again."));

    auto *termBox = new QGroupBox(tr("Term history"), this);
    auto *termLayout = new QVBoxLayout(termBox);
    termLayout->addWidget(m_historyTitle);
    termLayout->addWidget(m_history, 1);
    auto *resetRow = new QHBoxLayout;
    resetRow->addStretch(1);
    resetRow->addWidget(m_reset);
    termLayout->addLayout(resetRow);

    m_versions = makeTable(m_versionsModel, QStringLiteral("lexiconVersions"), this);
    m_versions->setAccessibleName(tr("Lexicon versions"));
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_versions->horizontalHeader()->setStretchLastSection(false);
    m_undo = new QPushButton(tr("Undo version"), this);
    m_undo->setObjectName(QStringLiteral("lexiconUndoVersion"));
    auto *versionBox = new QGroupBox(tr("Versions"), this);
    auto *versionLayout = new QVBoxLayout(versionBox);
    versionLayout->addWidget(m_versions, 1);
    auto *undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(m_undo);
    versionLayout->addLayout(undoRow);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("lexiconDetailSplitter")); // named: its position is remembered
    right->addWidget(termBox);
    right->addWidget(versionBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("lexiconSplitter"));
    split->addWidget(m_terms);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lexiconRescoreStatus"));
    m_status->setTextFormat(Qt::PlainText); // errors quote SQLite and file names
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("lexiconRescoreProgress"));
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("lexiconCancelRescore"));
    m_rescoreNow = new QPushButton(tr("Rescore now"), this);
    m_rescoreNow->setObjectName(QStringLiteral("lexiconRescoreNow"));
    m_rescoreNow->setToolTip(tr("Score every interaction again with the current lexicon."));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_rescoreNow);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_language, &QComboBox::currentIndexChanged, this, &LexiconView::refresh);
    connect(m_terms->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LexiconView::showTermHistory);
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LexiconView::updateVersionButtons);
    connect(m_reset, &QPushButton::clicked, this, &LexiconView::resetSelectedTerm);
    connect(m_undo, &QPushButton::clicked, this, &LexiconView::undoSelectedVersion);
    connect(m_cancel, &QPushButton::clicked, this, &LexiconView::cancelRescoring);
    connect(m_rescoreNow, &QPushButton::clicked, this, &LexiconView::startRescoring);
    refresh();
    showOutstanding();
}

bool LexiconView::reported(const QString &error, bool ok) {
    if (!ok)
        showError(this, tr("Lexicon"), error);
    return ok;
}

void LexiconView::showOutstanding() {
    if (m_task)
        return;
    const Outcome<bool> outstanding = m_service->rescoreOutstanding();
    if (reported(outstanding.error, outstanding.ok()) && *outstanding.value)
        m_status->setText(tr("Some interaction scores predate the latest lexicon version."));
}

LexiconView::~LexiconView() {
    if (m_task)
        m_task->cancel(); // the work holds nothing of the view; the runner waits for it
}

Language LexiconView::language() const {
    return Language(m_language->currentData().toInt());
}

QString LexiconView::selectedTerm() const {
    return m_termsModel->termAt(selectedRow(m_terms));
}

qint64 LexiconView::selectedVersion() const {
    return m_versionsModel->versionAt(selectedRow(m_versions));
}

void LexiconView::refresh() {
    fill();
}

void LexiconView::fill() {
    // Desktops that learned from the same ratings show the same version; the full digest is for comparing.
    const QString digest = m_service->digest();
    m_lexiconVersion->setText(tr("Version %1").arg(digest.left(12)));
    m_lexiconVersion->setToolTip(tr("Lexicon version (SHA-256 of the learned weights): %1").arg(digest));
    m_lexiconVersion->setAccessibleName(tr("Lexicon version %1").arg(digest));
    // A cache that cannot be read is shown, never thrown out of the slot that asked.
    const Outcome<QList<sentiment::LearnedTerm>> terms = m_service->terms(language());
    const Outcome<QList<LexiconVersionRow>> versions = m_service->versions(language());
    if (!reported(terms.ok() ? versions.error : terms.error, terms.ok() && versions.ok()))
        return;
    const QString keep = selectedTerm();
    const qint64 keepVersion = selectedVersion();
    m_termsModel->setTerms(*terms.value);
    const int keepRow = m_termsModel->rowOf(keep);
    if (keepRow >= 0)
        m_terms->selectRow(keepRow);
    else
        m_terms->clearSelection();
    showTermHistoryOf(selectedTerm());

    m_versionsModel->setVersions(*versions.value);
    const int keepVersionRow = m_versionsModel->rowOf(keepVersion);
    if (keepVersionRow >= 0)
        m_versions->selectRow(keepVersionRow);
    updateVersionButtons();
}

void LexiconView::showTermHistory() {
    showTermHistoryOf(selectedTerm());
}

void LexiconView::showTermHistoryOf(const QString &term) {
    m_reset->setEnabled(!term.isEmpty());
    if (term.isEmpty()) {
        m_historyTitle->setText(tr("Select a term to see which ratings moved it."));
        m_historyModel->setMoves({});
        return;
    }
    m_historyTitle->setText(tr("How “%1” was learned, newest first:").arg(term));
    const Outcome<QList<TermMove>> moves = m_service->termHistory(language(), term);
    m_historyModel->setMoves(moves.value.value_or(QList<TermMove>()));
    reported(moves.error, moves.ok());
}

void LexiconView::updateVersionButtons() {
    const int row = selectedRow(m_versions);
    m_undo->setEnabled(row >= 0 &&
                       !m_versionsModel->index(row, 0).data(LexiconVersionsModel::UndoneRole).toBool());
}

void LexiconView::resetSelectedTerm() {
    const QString term = selectedTerm();
    if (term.isEmpty())
        return;
    const Outcome<sentiment::LexiconChange> change = m_service->resetTerm(language(), term);
    if (reported(change.error, change.ok()))
        applyChange(*change.value);
}

void LexiconView::undoSelectedVersion() {
    const qint64 version = selectedVersion();
    if (version == 0)
        return;
    const Outcome<sentiment::LexiconChange> change = m_service->undoVersion(version);
    if (reported(change.error, change.ok()))
        applyChange(*change.value);
}

void LexiconView::applyChange(const sentiment::LexiconChange &change) {
    refresh();
    if (change.rescoreNeeded)
        startRescoring();
}

void LexiconView::learnFromPulledRatings() {
    const Outcome<bool> reloaded = m_service->reloadLearner();
    if (!reloaded.ok()) {
        // It happened in the background, without the user asking: said where the rescoring speaks, no box.
        m_status->setText(tr("The team's new ratings could not be learned: %1").arg(reloaded.error));
        return;
    }
    refresh();
    if (*reloaded.value)
        startRescoring();
}

void LexiconView::startRescoring() {
    if (m_task) {
        // The running job scores with an older learner: stop it and start again when it has stopped.
        m_restart = true;
        m_task->cancel();
        return;
    }
    m_restart = false;
    const QString title = tr("Rescoring interactions with the new lexicon…");
    m_task = m_runner.run<sentiment::RescoreJobResult>(
        this, title, m_service->rescoreWork(m_settings),
        [this](sentiment::RescoreJobResult result) { rescoringDone(result); });
    connect(m_task, &Task::progressed, this, [this](int done, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
    });
    m_status->setText(title);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_rescoreNow->hide();
    m_cancel->setEnabled(true);
}

void LexiconView::cancelRescoring() {
    if (!m_task)
        return;
    m_restart = false;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void LexiconView::rescoringDone(const sentiment::RescoreJobResult &result) {
    m_task = nullptr;
    m_progress->hide();
    m_cancel->hide();
    m_rescoreNow->show();
    if (!result.error.isEmpty())
        m_status->setText(tr("Rescoring failed: %1").arg(result.error));
    else if (result.summary.cancelled && !m_restart)
        m_status->setText(tr("Rescoring cancelled; %n interaction(s) already have their new score.", nullptr,
                             result.summary.changed));
    else if (!result.summary.cancelled)
        m_status->setText(
            tr("Rescoring done: %n interaction(s) changed score.", nullptr, result.summary.changed) +
            QLatin1Char(' ') + tr("%n deal(s) updated.", nullptr, result.dealsRecomputed));
    if (result.error.isEmpty() && (result.summary.changed > 0 || result.dealsRecomputed > 0))
        emit rescored(result.summary.changed, result.dealsRecomputed);
    if (m_restart)
        startRescoring();
}

} // namespace dp
