// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every setting Dealpulse keeps, as typed values with their defaults, over one QSettings file: the window and
// the command line read the same file through this class, and no other file names a key. Out-of-range or
// unreadable stored values fall back to their defaults, one setting at a time. Secrets never come here: they
// go to a sync::SecretStore (KeychainSecretStore in the app).

#include "forecast/ForecastSettings.h"
#include "settings/AppSettings.h"
#include "settings/CrmConnectionSettings.h"
#include "team/TeamSettings.h"

#include <QSettings>

namespace dp {

// How the manager left the pipeline's table: columns, sort and filters.
struct PipelineViewMemory {
    QByteArray header; // QHeaderView::saveState
    QStringList bands;
    QString team;
    QString owner;
    QString stage;
    QString forecast;
    QString quarter;
    QString search;

    friend bool operator==(const PipelineViewMemory &, const PipelineViewMemory &) = default;
};

class SettingsStore final {
    Q_DISABLE_COPY_MOVE(SettingsStore)

public:
    // The application's settings file (its organization and application names; tests point XDG_CONFIG_HOME
    // or QSettings::setPath elsewhere).
    SettingsStore();
    // An INI file of its own (tests, tools).
    explicit SettingsStore(const QString &iniFile);

    // trayIconByDefault: what an unset tray icon setting means (the GUI knows whether there is a tray).
    AppSettings app(bool trayIconByDefault = false) const;
    void setApp(const AppSettings &settings);
    // Only the cache's place, the other settings as they are (the launcher remembers the cache it opened).
    void setCachePath(const QString &path);

    ForecastSettings forecast() const;
    void setForecast(const ForecastSettings &settings);

    team::TeamSettings team() const;
    void setTeam(const team::TeamSettings &settings);

    // The CRM whose connection was saved last; HubSpot when none was (settings from before Salesforce
    // have only HubSpot's).
    sync::CrmConnection::Source savedCrmSource() const;
    CrmConnectionSettings crmConnection(sync::CrmConnection::Source source) const;
    // Saves this CRM's connection and makes it the active one.
    void setCrmConnection(sync::CrmConnection::Source source, const CrmConnectionSettings &settings);
    // Whether a connection was ever saved (without asking the keychain for its secrets).
    bool isCrmConfigured() const;
    // A sync learnt where the Salesforce org lives now (every sign-in names it).
    void setSalesforceInstanceUrl(const QString &instanceUrl);

    // Who writes coaching notes and ratings when no team login is set (DesktopIdentity); empty: not set (the
    // OS account is used).
    QString userName() const;

    // How the window was left.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    PipelineViewMemory pipelineView() const;
    void setPipelineView(const PipelineViewMemory &view);
    // A named splitter's state (QSplitter::saveState); empty when never saved.
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    // Writes pending changes to the file now (they are written on destruction anyway).
    void flush();
    // Forgets every setting (tests, "start afresh").
    void clear();
    // The file the settings are kept in.
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace dp
