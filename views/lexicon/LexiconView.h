// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lexicon view: what the ratings taught the sentiment learner. Learned terms with their current weight;
// a term's history (which versions moved it, by how much, because of which rating); resetting a term;
// every version with undo; and the background rescoring that follows a change, with its progress and a
// Cancel button. Its tables are models of models/items; what it does goes through app/LexiconService, whose
// RatingService the main window owns (the timeline's rating buttons use the same one); the rescoring runs on
// the window's TaskRunner.

#include "analytics/HealthRules.h"
#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/RescoreJob.h"
#include "tasks/Task.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dp {

class LexiconService;
class LexiconTermsModel;
class LexiconVersionsModel;
class TaskRunner;
class TermHistoryModel;

class LexiconView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconView)

public:
    // The rescoring runs on `runner`, which must outlive the view.
    LexiconView(std::unique_ptr<LexiconService> service, TaskRunner &runner, QWidget *parent = nullptr);
    ~LexiconView() override;

    void setHealthSettings(const HealthSettings &settings) { m_settings = settings; }
    bool rescoring() const { return m_task != nullptr; }

public slots:
    // Reloads terms and versions from the service.
    void refresh();
    // After a rating, removal, reset or undo (here or elsewhere, e.g. the timeline's rating buttons): shows
    // it and rescores in the background when scores may have changed.
    void applyChange(const dp::sentiment::LexiconChange &change);
    // After a team sync pulled ratings into the cache: learns from them, shows the new version and terms, and
    // rescores as after a rating made here.
    void learnFromPulledRatings();
    // Rescores every interaction with the current learner; a run in progress is cancelled and restarted.
    void startRescoring();
    void cancelRescoring();

signals:
    // The stored scores and the deals' figures changed: views showing them should reload.
    void rescored(int changedInteractions, int dealsRecomputed);

private:
    sentiment::Language language() const;
    QString selectedTerm() const;
    qint64 selectedVersion() const;
    void fill();
    void showTermHistory();
    void showTermHistoryOf(const QString &term);
    void updateVersionButtons();
    void resetSelectedTerm();
    void undoSelectedVersion();
    void rescoringDone(const sentiment::RescoreJobResult &result);
    void showOutstanding();
    // Shows the error of a failed command; true when it went through.
    bool reported(const QString &error, bool ok);

    std::unique_ptr<LexiconService> m_service;
    TaskRunner &m_runner;
    HealthSettings m_settings;

    LexiconTermsModel *m_termsModel;
    TermHistoryModel *m_historyModel;
    LexiconVersionsModel *m_versionsModel;
    QComboBox *m_language;
    QTableView *m_terms;
    QLabel *m_historyTitle;
    QTableView *m_history;
    QPushButton *m_reset;
    QTableView *m_versions;
    QPushButton *m_undo;
    QLabel *m_status;
    QLabel *m_lexiconVersion; // the digest `dealpulse team status` prints, for comparing desktops
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_rescoreNow;

    QPointer<Task> m_task; // the rescoring under way
    bool m_restart = false;
};

} // namespace dp
