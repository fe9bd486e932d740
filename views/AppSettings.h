#pragma once
// The user's settings, stored with QSettings: read once, changed through the settings dialog.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace dp {

struct AppSettings {
    int goingDarkDays = 21;      // 14–42
    QStringList ourEmailDomains; // extra domains our side writes from, lower case
    QByteArray timeZoneId;       // IANA id; empty: the system's
    QString language;            // "en", "ro"; empty: the system's
    QString cachePath;           // empty: the default location

    static AppSettings load();
    void save() const;
    // The time zone times are shown in: the override, or the system's.
    QTimeZone timeZone() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace dp
