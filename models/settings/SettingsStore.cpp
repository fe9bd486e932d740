// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsStore.h"

#include "sync/CrmChoices.h"

#include <algorithm>

namespace dp {
namespace {

using Source = sync::CrmConnection::Source;

// General (Settings → General). The keys are those of the first versions: existing files keep working.
const QString kGoingDarkDays = QStringLiteral("goingDarkDays");
const QString kRhythmRule = QStringLiteral("rhythmRule");
const QString kOurDomains = QStringLiteral("ourEmailDomains");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kLanguage = QStringLiteral("language");
const QString kFormats = QStringLiteral("formats");
const QString kCachePath = QStringLiteral("cachePath");
const QString kReportingCurrency = QStringLiteral("reportingCurrency");
const QString kExchangeRates = QStringLiteral("exchangeRates");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kTrayIcon = QStringLiteral("trayIcon");
const QString kUserName = QStringLiteral("userName");

// Forecast (Settings → Forecast).
const QString kCommitFrom = QStringLiteral("forecast/commitFromProbability");
const QString kBestCaseFrom = QStringLiteral("forecast/bestCaseFromProbability");
const QString kAutoEnabled = QStringLiteral("snapshots/weeklyEnabled");
const QString kAutoDay = QStringLiteral("snapshots/weeklyDay");
const QString kAutoHour = QStringLiteral("snapshots/weeklyHour");

// Team (Settings → Team).
const QString kTeamServer = QStringLiteral("team/server");
const QString kTeamUser = QStringLiteral("team/user");

// CRM (Settings → CRM): one group per CRM, and which one was saved last.
const QString kCrmSource = QStringLiteral("crm/source");
QString crmKey(Source source, const char *name) {
    return QStringLiteral("crm/") + crmSecretPrefix(source) + QLatin1String(name);
}
QString crmAddressKey(Source source) {
    return crmKey(source, source == Source::Salesforce ? "instance_url" : "base_url");
}

// The window.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPipeline = QStringLiteral("window/pipeline/");
const QString kSplitters = QStringLiteral("window/splitters/");

} // namespace

SettingsStore::SettingsStore() = default;

SettingsStore::SettingsStore(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat) {}

AppSettings SettingsStore::app(bool trayIconByDefault) const {
    AppSettings s;
    s.goingDarkDays = std::clamp(m_settings.value(kGoingDarkDays, kDefaultGoingDarkDays).toInt(),
                                 kMinGoingDarkDays, kMaxGoingDarkDays);
    s.rhythmRule = m_settings.value(kRhythmRule, HealthSettings{}.rhythmRule).toBool();
    s.ourEmailDomains = m_settings.value(kOurDomains).toStringList();
    s.timeZoneId = m_settings.value(kTimeZone).toByteArray();
    s.language = m_settings.value(kLanguage).toString();
    s.formats = m_settings.value(kFormats).toString();
    s.cachePath = m_settings.value(kCachePath).toString();
    s.reportingCurrency = m_settings.value(kReportingCurrency).toString();
    const QVariantMap rates = m_settings.value(kExchangeRates).toMap();
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        if (const double rate = it.value().toDouble(); rate > 0)
            s.exchangeRates.insert(it.key(), rate);
    s.syncIntervalMinutes =
        std::clamp(m_settings.value(kSyncInterval, s.syncIntervalMinutes).toInt(), 0, 24 * 60);
    s.trayIcon = m_settings.value(kTrayIcon, trayIconByDefault).toBool();
    return s;
}

void SettingsStore::setApp(const AppSettings &s) {
    m_settings.setValue(kGoingDarkDays, s.goingDarkDays);
    m_settings.setValue(kRhythmRule, s.rhythmRule);
    m_settings.setValue(kOurDomains, s.ourEmailDomains);
    m_settings.setValue(kTimeZone, s.timeZoneId);
    m_settings.setValue(kLanguage, s.language);
    m_settings.setValue(kFormats, s.formats);
    m_settings.setValue(kCachePath, s.cachePath);
    m_settings.setValue(kReportingCurrency, s.reportingCurrency);
    QVariantMap rates;
    for (auto it = s.exchangeRates.cbegin(); it != s.exchangeRates.cend(); ++it)
        rates.insert(it.key(), it.value());
    m_settings.setValue(kExchangeRates, rates);
    m_settings.setValue(kSyncInterval, s.syncIntervalMinutes);
    m_settings.setValue(kTrayIcon, s.trayIcon);
}

void SettingsStore::setCachePath(const QString &path) {
    m_settings.setValue(kCachePath, path);
}

ForecastSettings SettingsStore::forecast() const {
    ForecastSettings result;
    CategoryThresholds thresholds;
    bool commitOk = false;
    bool bestCaseOk = false;
    thresholds.commitFrom = m_settings.value(kCommitFrom, thresholds.commitFrom).toDouble(&commitOk);
    thresholds.bestCaseFrom = m_settings.value(kBestCaseFrom, thresholds.bestCaseFrom).toDouble(&bestCaseOk);
    if (commitOk && bestCaseOk && thresholds.isValid())
        result.categories = thresholds;

    result.schedule.enabled = m_settings.value(kAutoEnabled, result.schedule.enabled).toBool();
    bool ok = false;
    const int day = m_settings.value(kAutoDay, int(result.schedule.day)).toInt(&ok);
    if (ok && day >= Qt::Monday && day <= Qt::Sunday)
        result.schedule.day = Qt::DayOfWeek(day);
    const int hour = m_settings.value(kAutoHour, result.schedule.hour).toInt(&ok);
    if (ok && hour >= 0 && hour <= 23)
        result.schedule.hour = hour;
    return result;
}

void SettingsStore::setForecast(const ForecastSettings &settings) {
    m_settings.setValue(kCommitFrom, settings.categories.commitFrom);
    m_settings.setValue(kBestCaseFrom, settings.categories.bestCaseFrom);
    m_settings.setValue(kAutoEnabled, settings.schedule.enabled);
    m_settings.setValue(kAutoDay, int(settings.schedule.day));
    m_settings.setValue(kAutoHour, settings.schedule.hour);
}

team::TeamSettings SettingsStore::team() const {
    team::TeamSettings loaded;
    loaded.serverUrl = m_settings.value(kTeamServer).toString();
    loaded.user = m_settings.value(kTeamUser).toString();
    return loaded;
}

void SettingsStore::setTeam(const team::TeamSettings &settings) {
    m_settings.setValue(kTeamServer, settings.serverUrl.trimmed());
    m_settings.setValue(kTeamUser, settings.user.trimmed().toLower());
}

Source SettingsStore::savedCrmSource() const {
    return m_settings.value(kCrmSource).toString() == u"salesforce" ? Source::Salesforce : Source::HubSpot;
}

CrmConnectionSettings SettingsStore::crmConnection(Source source) const {
    CrmConnectionSettings loaded;
    if (m_settings.contains(crmKey(source, "kind"))) {
        bool ok = false;
        const int kind = m_settings.value(crmKey(source, "kind")).toInt(&ok);
        // A kind of the other CRM, or one this version does not know, reads as this CRM's first kind.
        loaded.kind = ok && kind >= 0 && kind <= int(CrmConnectionKind::SalesforceToken) &&
                              sourceOf(CrmConnectionKind(kind)) == source
                          ? CrmConnectionKind(kind)
                          : (source == Source::Salesforce ? CrmConnectionKind::SalesforceOAuth
                                                          : CrmConnectionKind::HubSpotToken);
    }
    loaded.baseUrl = m_settings.value(crmAddressKey(source)).toString();
    loaded.loginUrl = m_settings.value(crmKey(source, "login_url")).toString();
    loaded.clientId = m_settings.value(crmKey(source, "client_id")).toString();
    loaded.objects = m_settings.value(crmKey(source, "objects"), sync::crmChoices()).toStringList();
    loaded.syncOnStart = m_settings.value(crmKey(source, "sync_on_start"), false).toBool();
    return loaded;
}

void SettingsStore::setCrmConnection(Source source, const CrmConnectionSettings &settings) {
    m_settings.setValue(kCrmSource, sync::sourceKey(source));
    if (settings.kind)
        m_settings.setValue(crmKey(source, "kind"), int(*settings.kind));
    m_settings.setValue(crmAddressKey(source), settings.baseUrl);
    if (source == Source::Salesforce)
        m_settings.setValue(crmKey(source, "login_url"), settings.loginUrl);
    m_settings.setValue(crmKey(source, "client_id"), settings.clientId);
    m_settings.setValue(crmKey(source, "objects"), settings.objects);
    m_settings.setValue(crmKey(source, "sync_on_start"), settings.syncOnStart);
    m_settings.sync();
}

bool SettingsStore::isCrmConfigured() const {
    return m_settings.contains(crmKey(Source::HubSpot, "kind")) ||
           m_settings.contains(crmKey(Source::Salesforce, "kind"));
}

void SettingsStore::setSalesforceInstanceUrl(const QString &instanceUrl) {
    m_settings.setValue(crmAddressKey(Source::Salesforce), instanceUrl);
}

QString SettingsStore::userName() const {
    return m_settings.value(kUserName).toString();
}

QByteArray SettingsStore::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}

void SettingsStore::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(kGeometry, geometry);
}

PipelineViewMemory SettingsStore::pipelineView() const {
    PipelineViewMemory view;
    view.header = m_settings.value(kPipeline + QStringLiteral("header")).toByteArray();
    view.bands = m_settings.value(kPipeline + QStringLiteral("bands")).toStringList();
    view.team = m_settings.value(kPipeline + QStringLiteral("team")).toString();
    view.owner = m_settings.value(kPipeline + QStringLiteral("owner")).toString();
    view.stage = m_settings.value(kPipeline + QStringLiteral("stage")).toString();
    view.forecast = m_settings.value(kPipeline + QStringLiteral("forecast")).toString();
    view.quarter = m_settings.value(kPipeline + QStringLiteral("quarter")).toString();
    view.search = m_settings.value(kPipeline + QStringLiteral("search")).toString();
    return view;
}

void SettingsStore::setPipelineView(const PipelineViewMemory &view) {
    m_settings.setValue(kPipeline + QStringLiteral("header"), view.header);
    m_settings.setValue(kPipeline + QStringLiteral("bands"), view.bands);
    m_settings.setValue(kPipeline + QStringLiteral("team"), view.team);
    m_settings.setValue(kPipeline + QStringLiteral("owner"), view.owner);
    m_settings.setValue(kPipeline + QStringLiteral("stage"), view.stage);
    m_settings.setValue(kPipeline + QStringLiteral("forecast"), view.forecast);
    m_settings.setValue(kPipeline + QStringLiteral("quarter"), view.quarter);
    m_settings.setValue(kPipeline + QStringLiteral("search"), view.search);
}

QByteArray SettingsStore::splitterState(const QString &name) const {
    return m_settings.value(kSplitters + name).toByteArray();
}

void SettingsStore::setSplitterState(const QString &name, const QByteArray &state) {
    m_settings.setValue(kSplitters + name, state);
}

void SettingsStore::flush() {
    m_settings.sync();
}

void SettingsStore::clear() {
    m_settings.clear();
}

} // namespace dp
