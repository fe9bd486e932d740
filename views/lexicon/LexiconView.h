// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Lexicon view: what the ratings taught the sentiment learner. Learned terms with their current weight;
// a term's history (which versions moved it, by how much, because of which rating); resetting a term;
// every version with undo; and the background rescoring that follows a change, with its progress and a
// Cancel button. Built on the models-side RatingService and RescoreJob; the main window owns the service
// (the timeline's rating buttons use the same one) and plugs this widget in.

#include "analytics/HealthRules.h"
#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/RescoreJob.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace dp {

class LexiconView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LexiconView)

public:
    // cachePath: the rescoring job opens its own connection to it on a worker thread.
    LexiconView(sentiment::RatingService &service, QString cachePath, QWidget *parent = nullptr);
    ~LexiconView() override;

    void setHealthSettings(const HealthSettings &settings) { m_settings = settings; }
    bool rescoring() const { return m_thread != nullptr; }

public slots:
    // Reloads terms and versions from the service.
    void refresh();
    // After a rating, removal, reset or undo (here or elsewhere, e.g. the timeline's rating buttons): shows
    // it and rescores in the background when scores may have changed.
    void applyChange(const dp::sentiment::LexiconChange &change);
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
    // refresh() and showTermHistory() without their guards.
    void fill();
    void showTermHistory();
    void showTermHistoryOf(const QString &term);
    void updateVersionButtons();
    void resetSelectedTerm();
    void undoSelectedVersion();
    void pollRescoring();
    void rescoringDone();
    void showOutstanding();
    QString describeCause(const LexiconVersion &version) const;

    sentiment::RatingService &m_service;
    QString m_cachePath;
    HealthSettings m_settings;

    QComboBox *m_language;
    QTableWidget *m_terms;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QPushButton *m_reset;
    QTableWidget *m_versions;
    QPushButton *m_undo;
    QLabel *m_status;
    QLabel *m_lexiconVersion; // the digest `dealpulse team status` prints, for comparing desktops
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_rescoreNow;

    QThread *m_thread = nullptr;
    std::unique_ptr<sentiment::RescoreJob> m_job;
    sentiment::RescoreJobResult m_result;
    bool m_restart = false;
    QTimer *m_poll;
};

} // namespace dp
