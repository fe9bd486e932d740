// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundTask.h"

#include "tasks/FailureText.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace dp {

bool runWithProgress(const QString &title, const std::function<TaskResult(const ProgressReport &)> &work) {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
    TaskResult result;

    QThread *thread = QThread::create([&] {
        try {
            result = work(ProgressReport(done, total, cancelled));
        } catch (const std::exception &error) {
            // A thread that lets an exception out terminates the app.
            result = TaskResult{false, failureText(error)};
        } catch (...) {
            result = TaskResult{false, unknownFailureText()};
        }
    });
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 0);
    dialog.setWindowTitle(QObject::tr("Dealpulse"));
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&cancelled] { cancelled = true; });

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(total);
        dialog.setValue(done);
    });
    poll.start(100);

    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;

    if (!result.ok && !result.error.isEmpty()) {
        // Plain text: errors quote what SQLite or a file said, which is not markup.
        QMessageBox box(QMessageBox::Critical, QObject::tr("Dealpulse"), result.error, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return result.ok && !cancelled;
}

} // namespace dp
