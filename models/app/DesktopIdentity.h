// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who this desktop's user is: the one name their ratings, coaching notes, snoozes and snapshots are kept
// under. Once a team server is set up it is the team login (an email), because the server keys every
// judgment by that login and a pulled rating replaces the rating of the same name: any other name would
// count one person twice. Without a team it is the user name set in the settings, else the OS account. The
// window and the command line both ask here, so a rating made in either is the same person's.

#include <QString>

namespace dp {

class SettingsStore;

namespace team {
struct TeamSettings;
}

class DesktopIdentity final {
public:
    enum class Source { TeamLogin, ConfiguredName, OsAccount, Unknown };

    // From its parts: the first that names someone wins.
    DesktopIdentity(const team::TeamSettings &team, const QString &configuredName, const QString &osAccount);
    // From the settings file and this process's environment.
    static DesktopIdentity of(const SettingsStore &settings);
    // $USER, or %USERNAME% on Windows; empty when neither is set.
    static QString osAccount();

    // Empty when nothing names the user (Source::Unknown).
    const QString &name() const { return m_name; }
    Source source() const { return m_source; }
    // Whether `who`, as a rating, note or snapshot stores it, is this user (emails compare case-blind).
    bool isSelf(const QString &who) const;

private:
    QString m_name;
    Source m_source = Source::Unknown;
};

} // namespace dp
