// SPDX-License-Identifier: GPL-3.0-or-later
#include "deal/DealPage.h"

#include "WindowMemory.h"
#include "app/DealCommands.h"
#include "deal/DealView.h"
#include "settings/SettingsStore.h"

#include <QVBoxLayout>

namespace dp {

DealPage::DealPage(TaskRunner &runner, OpenInCrm *crmLinks, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_crmLinks(crmLinks) {
    setObjectName(QStringLiteral("dealPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

DealPage::~DealPage() = default;

void DealPage::setCache(const QString &cachePath, CommandsFactory makeCommands) {
    closeCache();
    m_cachePath = cachePath;
    m_makeCommands = std::move(makeCommands);
}

void DealPage::closeCache() {
    delete m_view;
    m_view = nullptr;
    m_viewKey.clear();
    m_makeCommands = {};
}

void DealPage::openDeal(qint64 dealId, int goingDarkDays, const QTimeZone &zone, const QString &user) {
    if (!m_makeCommands)
        return;
    ensureView(goingDarkDays, zone, user);
    m_view->openDeal(dealId);
}

void DealPage::ensureView(int goingDarkDays, const QTimeZone &zone, const QString &user) {
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(m_cachePath)
                            .arg(goingDarkDays)
                            .arg(QString::fromUtf8(zone.id()), user);
    if (m_view && key == m_viewKey)
        return;
    if (m_view) {
        SettingsStore stored;
        windowMemory::saveSplitters(stored, m_view); // the new view opens as the old one was left
    }
    delete m_view;
    DealViewOptions options;
    options.goingDarkDays = goingDarkDays;
    options.zone = zone;
    options.crmLinks = m_crmLinks;
    m_view = new DealView(m_makeCommands(user), m_runner, options, this);
    m_view->setObjectName(QStringLiteral("dealView"));
    layout()->addWidget(m_view);
    windowMemory::restoreSplitters(SettingsStore(), m_view);
    m_viewKey = key;
    connect(m_view, &DealView::backRequested, this, &DealPage::backRequested);
    connect(m_view, &DealView::feedbackChanged, this, &DealPage::feedbackChanged);
    connect(m_view, &DealView::rated, this, &DealPage::rated);
}

} // namespace dp
