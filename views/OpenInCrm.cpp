// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenInCrm.h"

#include "ErrorBox.h"
#include "sync/CrmLinks.h"
#include "sync/hubspot/HubSpotMapping.h"
#include "sync/salesforce/SalesforceMapping.h"

#include <QAction>
#include <QDesktopServices>
#include <QWidget>

namespace dp {

OpenInCrm::OpenInCrm(QObject *parent)
    : QObject(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

QAction *OpenInCrm::createAction(QWidget *errorParent) {
    auto *action = new QAction(tr("Open in CRM"), errorParent);
    action->setObjectName(QStringLiteral("openInCrm"));
    action->setEnabled(false);
    connect(action, &QAction::triggered, this,
            [this, action, errorParent] { open(action->data().toUrl(), errorParent); });
    return action;
}

void OpenInCrm::prepare(QAction *action, const Deal &deal) {
    QString why;
    const std::optional<QUrl> url = dealUrl(deal, &why);
    if (deal.source == sync::kHubSpotSource)
        action->setText(tr("Open in HubSpot"));
    else if (deal.source == sync::kSalesforceSource)
        action->setText(tr("Open in Salesforce"));
    else
        action->setText(tr("Open in CRM"));
    action->setData(url ? QVariant(*url) : QVariant());
    action->setEnabled(url.has_value());
    action->setToolTip(url ? tr("Opens this deal in your web browser") : why);
}

std::optional<QUrl> OpenInCrm::dealUrl(const Deal &deal, QString *why) {
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (deal.source != sync::kHubSpotSource && deal.source != sync::kSalesforceSource)
        return refuse(tr("This deal is demo data: it has no page in a CRM."));
    const sync::CrmAccount account = m_account ? m_account() : sync::CrmAccount{};
    const std::optional<QUrl> url = sync::crmDealUrl(deal.source, deal.remoteId, account);
    if (url)
        return url;
    const bool hubSpot = deal.source == sync::kHubSpotSource;
    const bool accountKnown = hubSpot ? sync::isHubSpotId(account.hubSpotPortalId)
                                      : sync::salesforceInstance(account.salesforceInstanceUrl).has_value();
    if (!accountKnown)
        return refuse(hubSpot
                          ? tr("The HubSpot account is not known yet: sync once to link deals to it.")
                          : tr("The Salesforce address is not known yet: sync once to link deals to it."));
    return refuse(tr("This deal's id from the CRM is not one a link can be made from."));
}

bool OpenInCrm::open(const QUrl &url, QWidget *errorParent) {
    // The action only ever holds a checked address; the scheme is checked again where it leaves the app.
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return false;
    if (m_opener(url))
        return true;
    showError(errorParent, tr("Dealpulse"),
              tr("The web browser could not be started to open %1.").arg(url.toString()));
    return false;
}

} // namespace dp
