// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The first start's page, shown instead of an empty pipeline while no CRM is set up and the cache holds no
// deal: connect HubSpot, connect Salesforce or explore the demo pipeline, each one click away, and what
// Dealpulse reads and where it keeps it. The window decides when it shows (isFirstRun) and what each
// choice does.

#include <QWidget>

class QLabel;
class QCommandLinkButton;

namespace dp {

// Whether a new user is greeted instead of shown an empty pipeline: nothing to show yet, and no CRM set up
// to bring anything.
bool isFirstRun(bool crmConfigured, qsizetype cachedDeals);

class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The cache the synced records go to, named in the line on what is kept where.
    void setCachePath(const QString &path);

signals:
    void connectHubSpotRequested();
    void connectSalesforceRequested();
    void exploreDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePalette();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_lead;
    QCommandLinkButton *m_hubSpot;
    QCommandLinkButton *m_salesforce;
    QCommandLinkButton *m_demo;
    QLabel *m_privacy;
};

} // namespace dp
