// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who is who: our teams and reps, the buyer's accounts (with their email domains) and contacts.

#include "domain/Records.h"

#include <QList>
#include <QSet>
#include <optional>

namespace dp {

class Database;

// A team and the name of the manager who leads it (empty when the CRM names none).
struct TeamManager {
    QString teamName;
    QString managerName;
};

class DirectoryStore final {
public:
    explicit DirectoryStore(Database &db)
        : m_db(db) {}

    qint64 upsertTeam(const Team &team);
    // Separate from upsertTeam because a team's manager is an owner who may be written after the team.
    void setTeamManager(const QString &source, const QString &teamRemoteId, const QString &managerRemoteId);
    qint64 upsertOwner(const Owner &owner);
    qint64 upsertAccount(const Account &account);
    qint64 upsertContact(const Contact &contact);

    std::optional<qint64> teamId(const QString &source, const QString &remoteId);
    std::optional<qint64> ownerId(const QString &source, const QString &remoteId);
    std::optional<qint64> accountId(const QString &source, const QString &remoteId);
    std::optional<qint64> contactId(const QString &source, const QString &remoteId);

    // Every buyer contact's address (lower case) and every domain our side writes from: our reps' own and
    // those the user named in the settings.
    QSet<QString> buyerAddresses();
    QSet<QString> ourDomains();
    // The domains the user named as ours ("our email domains" in the settings), as last applied to this
    // cache (analytics/OurDomains.h applies them), lower case and sorted.
    QStringList configuredOurDomains();
    void setConfiguredOurDomains(const QStringList &domains);
    // Every team by name, with its manager.
    QList<TeamManager> teamManagers();

private:
    Database &m_db;
};

} // namespace dp
