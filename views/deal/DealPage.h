// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deal page: holds the deal view of the open cache, made when a deal is first opened and made again
// when the cache, a setting it shows with (going-dark days, time zone) or the user it rates as changed,
// opening as the one before was left.

#include <QTimeZone>
#include <QWidget>
#include <functional>
#include <memory>

namespace dp {

class DealCommands;
class DealView;
class OpenInCrm;
class TaskRunner;

class DealPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealPage)

public:
    // `runner` and `crmLinks` must outlive the page.
    DealPage(TaskRunner &runner, OpenInCrm *crmLinks, QWidget *parent = nullptr);
    ~DealPage() override;

    // The open cache: its path keys the view, `makeCommands` gives each view made for it the commands it
    // rates and writes notes through. Drops the view made for another cache.
    using CommandsFactory = std::function<std::unique_ptr<DealCommands>(const QString &user)>;
    void setCache(const QString &cachePath, CommandsFactory makeCommands);
    // Drops the view and its commands, before the connections they write through close; no deal opens
    // until setCache() names the next cache.
    void closeCache();
    // Loads the deal in the view, made first if needed for these settings and this user.
    void openDeal(qint64 dealId, int goingDarkDays, const QTimeZone &zone, const QString &user);
    DealView *view() const { return m_view; }

signals:
    void backRequested();
    void feedbackChanged(qint64 dealId);
    void rated(bool rescoreNeeded);

private:
    void ensureView(int goingDarkDays, const QTimeZone &zone, const QString &user);

    TaskRunner &m_runner;
    OpenInCrm *m_crmLinks;
    QString m_cachePath;
    CommandsFactory m_makeCommands;
    DealView *m_view = nullptr;
    QString m_viewKey;
};

} // namespace dp
