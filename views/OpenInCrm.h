// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Open in HubSpot / Salesforce": a deal's page in its CRM's web interface, opened by the desktop. The
// address comes from sync::crmDealUrl, built from checked ids only; where there is none (a demo deal, a
// cache never synced), the action stays disabled and its tooltip says why. One per window, shared by the
// deal page and the pipeline's context menu.

#include "domain/Records.h"
#include "sync/CrmLinks.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QAction;
class QWidget;

namespace dp {

class OpenInCrm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenInCrm)

public:
    // Hands a URL to the desktop; false when it could not.
    using Opener = std::function<bool(const QUrl &)>;

    explicit OpenInCrm(QObject *parent = nullptr);

    // Gives the CRM account the last sync left in the open cache (empty when none is open). Asked each time
    // an action is prepared, so a sync that just learnt the account counts at once.
    void setAccountSource(std::function<sync::CrmAccount()> account) { m_account = std::move(account); }
    // QDesktopServices::openUrl unless a test sets another.
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    // A new action, disabled until prepare() gives it a deal; `errorParent` shows why opening failed.
    QAction *createAction(QWidget *errorParent);
    // Names the deal's CRM in the action's text and enables it when the deal has an address there.
    void prepare(QAction *action, const Deal &deal);
    // The deal's address in its CRM, or nothing (with *why saying why, when asked).
    std::optional<QUrl> dealUrl(const Deal &deal, QString *why = nullptr);

private:
    bool open(const QUrl &url, QWidget *errorParent);

    std::function<sync::CrmAccount()> m_account;
    Opener m_opener;
};

} // namespace dp
