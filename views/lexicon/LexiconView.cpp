// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon/LexiconView.h"

#include "ErrorBox.h"
#include "analytics/sentiment/LexiconDigest.h"
#include "tasks/FailureText.h"
#include "store/Database.h"

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
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace dp {
namespace {

using sentiment::Language;

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *textItem(const QString &text, const QVariant &data = {}) {
    auto *item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

// Signed, so a direction is never conveyed by colour alone.
QString signedNumber(double value) {
    const QString digits = QLocale().toString(std::abs(value), 'f', 3);
    if (digits == QLocale().toString(0.0, 'f', 3))
        return digits;
    return value < 0 ? QStringLiteral("−") + digits : QStringLiteral("+") + digits;
}

QTableWidgetItem *numberItem(double value) {
    auto *item = textItem(signedNumber(value), value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString shortTime(Millis at) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

LexiconView::LexiconView(sentiment::RatingService &service, QString cachePath, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_cachePath(std::move(cachePath))
    , m_poll(new QTimer(this)) {
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

    m_terms = makeTable({tr("Term"), tr("Learned weight")}, QStringLiteral("lexiconTerms"), this);
    m_terms->setAccessibleName(tr("Learned terms"));
    m_terms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_terms->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_terms->horizontalHeader()->setStretchLastSection(false);

    m_historyTitle = new QLabel(this);
    m_historyTitle->setObjectName(QStringLiteral("lexiconHistoryTitle"));
    m_historyTitle->setTextFormat(Qt::PlainText); // quotes a term, a word from the mail
    m_history = makeTable({tr("Version"), tr("When"), tr("Change"), tr("Because")},
                          QStringLiteral("lexiconTermHistory"), this);
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

    m_versions = makeTable({tr("Version"), tr("When"), tr("What changed"), tr("Terms moved")},
                           QStringLiteral("lexiconVersions"), this);
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
    connect(m_terms, &QTableWidget::itemSelectionChanged, this, &LexiconView::showTermHistory);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &LexiconView::updateVersionButtons);
    connect(m_reset, &QPushButton::clicked, this, &LexiconView::resetSelectedTerm);
    connect(m_undo, &QPushButton::clicked, this, &LexiconView::undoSelectedVersion);
    connect(m_cancel, &QPushButton::clicked, this, &LexiconView::cancelRescoring);
    connect(m_rescoreNow, &QPushButton::clicked, this, &LexiconView::startRescoring);
    connect(m_poll, &QTimer::timeout, this, &LexiconView::pollRescoring);
    refresh();
    showOutstanding();
}

void LexiconView::showOutstanding() {
    guarded(this, tr("Lexicon"), [this] {
        if (!m_thread && sentiment::rescoreOutstanding(m_service.database()))
            m_status->setText(tr("Some interaction scores predate the latest lexicon version."));
    });
}

LexiconView::~LexiconView() {
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
    }
}

Language LexiconView::language() const {
    return Language(m_language->currentData().toInt());
}

QString LexiconView::selectedTerm() const {
    const QList<QTableWidgetItem *> selected = m_terms->selectedItems();
    return selected.isEmpty() ? QString() : m_terms->item(selected.front()->row(), 0)->text();
}

qint64 LexiconView::selectedVersion() const {
    const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
    return selected.isEmpty() ? 0
                              : m_versions->item(selected.front()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void LexiconView::refresh() {
    // Called from slots (a language picked, a rating made on the deal page): a cache that cannot be read is
    // shown, never thrown out of the slot.
    guarded(this, tr("Lexicon"), [this] { fill(); });
}

void LexiconView::fill() {
    // Desktops that learned from the same ratings show the same version; the full digest is for comparing.
    const QString digest = sentiment::lexiconDigest(m_service.learner());
    m_lexiconVersion->setText(tr("Version %1").arg(digest.left(12)));
    m_lexiconVersion->setToolTip(tr("Lexicon version (SHA-256 of the learned weights): %1").arg(digest));
    m_lexiconVersion->setAccessibleName(tr("Lexicon version %1").arg(digest));
    const QString keep = selectedTerm();
    const QList<sentiment::LearnedTerm> terms = m_service.learnedTerms(language());
    m_terms->setSortingEnabled(false);
    m_terms->setRowCount(int(terms.size()));
    int keepRow = -1;
    for (int row = 0; row < terms.size(); ++row) {
        m_terms->setItem(row, 0, textItem(terms[row].term));
        m_terms->setItem(row, 1, numberItem(terms[row].weight));
        if (terms[row].term == keep)
            keepRow = row;
    }
    if (keepRow >= 0)
        m_terms->selectRow(keepRow);
    else
        m_terms->clearSelection();
    showTermHistoryOf(selectedTerm());

    const QString code = sentiment::languageCode(language()).toString();
    const qint64 keepVersion = selectedVersion();
    LexiconStore store(m_service.database());
    QList<LexiconVersion> versions = store.versions();
    versions.removeIf([&code](const LexiconVersion &v) { return v.language != code; });
    m_versions->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const LexiconVersion &v = versions[row];
        QString what = describeCause(v);
        if (v.undone)
            what = tr("%1 (undone)").arg(what);
        m_versions->setItem(row, 0, textItem(QStringLiteral("#%1").arg(v.id), v.id));
        m_versions->setItem(row, 1, textItem(shortTime(v.createdAt)));
        m_versions->setItem(row, 2, textItem(what, v.undone));
        auto *moved = textItem(QLocale().toString(store.deltas(v.id).size()));
        moved->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_versions->setItem(row, 3, moved);
        if (v.id == keepVersion)
            m_versions->selectRow(row);
    }
    updateVersionButtons();
}

QString LexiconView::describeCause(const LexiconVersion &v) const {
    const QString subject = v.interactionSubject.isEmpty() ? tr("(no subject)") : v.interactionSubject;
    switch (v.cause) {
    case LexiconVersion::Cause::Rated:
        return v.value > 0 ? tr("%1 rated “%2” positive").arg(v.rater, subject)
                           : tr("%1 rated “%2” negative").arg(v.rater, subject);
    case LexiconVersion::Cause::Unrated:
        return v.value > 0 ? tr("Positive rating of “%2” by %1 removed").arg(v.rater, subject)
                           : tr("Negative rating of “%2” by %1 removed").arg(v.rater, subject);
    case LexiconVersion::Cause::Reset:
        return tr("“%1” reset").arg(v.term);
    case LexiconVersion::Cause::Unreset:
        return tr("Reset of “%1” undone").arg(v.term);
    }
    return {};
}

void LexiconView::showTermHistory() {
    guarded(this, tr("Lexicon"), [this] { showTermHistoryOf(selectedTerm()); });
}

void LexiconView::showTermHistoryOf(const QString &term) {
    m_reset->setEnabled(!term.isEmpty());
    if (term.isEmpty()) {
        m_historyTitle->setText(tr("Select a term to see which ratings moved it."));
        m_history->setRowCount(0);
        return;
    }
    m_historyTitle->setText(tr("How “%1” was learned, newest first:").arg(term));
    const QList<TermMove> moves =
        LexiconStore(m_service.database()).termHistory(sentiment::languageCode(language()).toString(), term);
    m_history->setRowCount(int(moves.size()));
    for (int row = 0; row < moves.size(); ++row) {
        const TermMove &move = moves[row];
        m_history->setItem(row, 0, textItem(QStringLiteral("#%1").arg(move.version.id), move.version.id));
        m_history->setItem(row, 1, textItem(shortTime(move.version.createdAt)));
        m_history->setItem(row, 2,
                           textItem(tr("%1 → %2 (%3)")
                                        .arg(signedNumber(move.delta.before), signedNumber(move.delta.after),
                                             signedNumber(move.delta.after - move.delta.before))));
        m_history->setItem(row, 3, textItem(describeCause(move.version)));
    }
}

void LexiconView::updateVersionButtons() {
    const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
    m_undo->setEnabled(!selected.isEmpty() &&
                       !m_versions->item(selected.front()->row(), 2)->data(Qt::UserRole).toBool());
}

void LexiconView::resetSelectedTerm() {
    const QString term = selectedTerm();
    if (term.isEmpty())
        return;
    guarded(this, tr("Lexicon"), [&] { applyChange(m_service.resetTerm(language(), term)); });
}

void LexiconView::undoSelectedVersion() {
    const qint64 version = selectedVersion();
    if (version == 0)
        return;
    guarded(this, tr("Lexicon"), [&] { applyChange(m_service.undoVersion(version)); });
}

void LexiconView::applyChange(const sentiment::LexiconChange &change) {
    refresh();
    if (change.rescoreNeeded)
        startRescoring();
}

void LexiconView::startRescoring() {
    if (m_thread) {
        // The running job scores with an older learner: stop it and start again when it has stopped.
        m_restart = true;
        m_job->cancel();
        return;
    }
    m_restart = false;
    m_job = std::make_unique<sentiment::RescoreJob>(m_cachePath, m_service.learner(), m_settings);
    m_thread = QThread::create([this] {
        // A thread that lets an exception out terminates the app: it comes back as the run's error.
        try {
            const SystemClock clock;
            m_result = m_job->run(clock);
        } catch (const std::exception &error) {
            m_result = {};
            m_result.error = failureText(error);
        } catch (...) {
            m_result = {};
            m_result.error = unknownFailureText();
        }
    });
    connect(m_thread, &QThread::finished, this, &LexiconView::rescoringDone);
    m_status->setText(tr("Rescoring interactions with the new lexicon…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_rescoreNow->hide();
    m_cancel->setEnabled(true);
    m_poll->start(100);
    m_thread->start();
}

void LexiconView::cancelRescoring() {
    if (!m_thread)
        return;
    m_restart = false;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void LexiconView::pollRescoring() {
    if (!m_job)
        return;
    const int total = m_job->total();
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(m_job->done());
    }
}

void LexiconView::rescoringDone() {
    m_poll->stop();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const sentiment::RescoreJobResult result = m_result;
    m_job.reset();
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
