// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/PipelineSearch.h"

#include "store/Database.h"
#include "store/SearchStore.h"
#include "tasks/TaskRunner.h"

namespace dp {
namespace {

struct SearchAnswer {
    QSet<qint64> ids;
    QString error;
};

SearchAnswer runSearch(const QString &path, const QString &text) {
    SearchAnswer answer;
    OpenResult opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened.ok()) {
        answer.error = opened.error;
        return answer;
    }
    try {
        const QList<qint64> ids = SearchStore(*opened.database).deals(text);
        answer.ids = QSet<qint64>(ids.cbegin(), ids.cend());
    } catch (const std::exception &error) {
        answer.error = failureText(error);
    }
    return answer;
}

} // namespace

PipelineSearch::PipelineSearch(TaskRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner) {}

void PipelineSearch::search(const QString &text) {
    const quint64 generation = ++m_generation;
    if (text.trimmed().isEmpty()) {
        m_busy = false;
        emit finished(QString(), {}, {});
        return;
    }
    m_busy = true;
    m_runner.run<SearchAnswer>(
        this, [path = m_path, text] { return runSearch(path, text); },
        [this, generation, text](SearchAnswer answer) {
            if (generation != m_generation)
                return; // the user typed on; a newer search is running
            m_busy = false;
            emit finished(text, answer.ids, answer.error);
        });
}

} // namespace dp
