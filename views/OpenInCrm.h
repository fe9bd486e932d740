// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Open in HubSpot / Salesforce": a deal's page in its CRM's web interface, opened by the desktop. The
// address comes from sync::crmDealUrl, built from checked ids only; where there is none (a demo deal, a
// cache never synced), the action stays disabled and its tooltip says why. One per window, shared by the
// deal page and the pipeline's context menu.

#include "domain/Records.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QAction;
class QWidget;

namespace dp {

class Database;

class OpenInCrm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenInCrm)

public:
    // Hands a URL to the desktop; false when it could not.
    using Opener = std::function<bool(const QUrl &)>;

    explicit OpenInCrm(QObject *parent = nullptr);

    // Gives the open cache's UI-thread connection, where the last sync left the CRM account (null when none
    // is open). Read each time an action is prepared, so a sync that just learnt the account counts at once.
    void setDatabase(std::function<Database *()> db) { m_db = std::move(db); }
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

    std::function<Database *()> m_db;
    Opener m_opener;
};

} // namespace dp
