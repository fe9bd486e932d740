// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pipeline's text search: full-text over interaction subjects, bodies and transcripts plus deal and
// account names (SearchStore), run on a worker thread with its own connection. Only the latest request's
// answer is delivered, so fast typing never shows stale results.

#include <QObject>
#include <QSet>
#include <QString>

namespace dp {

class TaskRunner;

class PipelineSearch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineSearch)

public:
    // The runner must outlive the search.
    explicit PipelineSearch(TaskRunner &runner, QObject *parent = nullptr);

    void setCachePath(const QString &path) { m_path = path; }
    // An empty text clears the search at once (finished with an empty text).
    void search(const QString &text);
    bool isBusy() const { return m_busy; }

signals:
    // The deals matching `text`; failed searches match nothing and say why in `error`.
    void finished(const QString &text, const QSet<qint64> &dealIds, const QString &error);

private:
    TaskRunner &m_runner;
    QString m_path;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace dp
