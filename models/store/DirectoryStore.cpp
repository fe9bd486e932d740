// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DirectoryStore.h"

#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/RemoteIds.h"

namespace dp {

qint64 DirectoryStore::upsertTeam(const Team &team) {
    Statement &upsert = m_db.cached("INSERT INTO teams(source, remote_id, name) VALUES (?1, ?2, ?3)"
                                    " ON CONFLICT(source, remote_id) DO UPDATE SET name = excluded.name"
                                    " WHERE name IS NOT excluded.name");
    upsert.bind(1, team.source).bind(2, team.remoteId).bind(3, team.name).run();
    return *teamId(team.source, team.remoteId);
}

void DirectoryStore::setTeamManager(const QString &source, const QString &teamRemoteId,
                                    const QString &managerRemoteId) {
    Statement &update =
        m_db.cached("UPDATE teams SET manager_owner_id = ?3 WHERE source = ?1 AND remote_id = ?2"
                    " AND manager_owner_id IS NOT ?3");
    update.bind(1, source).bind(2, teamRemoteId).bind(3, ownerId(source, managerRemoteId)).run();
}

qint64 DirectoryStore::upsertOwner(const Owner &owner) {
    const std::optional<qint64> team =
        owner.teamRemoteId.isEmpty() ? std::nullopt : teamId(owner.source, owner.teamRemoteId);
    Statement &upsert = m_db.cached(
        "INSERT INTO owners(source, remote_id, name, email, team_id, is_active) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6)"
        " ON CONFLICT(source, remote_id) DO UPDATE SET name = excluded.name, email = excluded.email,"
        " team_id = excluded.team_id, is_active = excluded.is_active"
        " WHERE (name, email, team_id, is_active) IS NOT (excluded.name, excluded.email, excluded.team_id,"
        " excluded.is_active)");
    upsert.bind(1, owner.source).bind(2, owner.remoteId).bind(3, owner.name).bind(4, owner.email.toLower());
    upsert.bind(5, team).bind(6, owner.active).run();
    return *ownerId(owner.source, owner.remoteId);
}

qint64 DirectoryStore::upsertAccount(const Account &account) {
    Statement &upsert = m_db.cached("INSERT INTO accounts(source, remote_id, name) VALUES (?1, ?2, ?3)"
                                    " ON CONFLICT(source, remote_id) DO UPDATE SET name = excluded.name"
                                    " WHERE name IS NOT excluded.name");
    upsert.bind(1, account.source).bind(2, account.remoteId).bind(3, account.name).run();
    const qint64 id = *accountId(account.source, account.remoteId);

    // The domain list is replaced as a whole, so a domain the CRM dropped does not linger.
    m_db.cached("DELETE FROM account_domains WHERE account_id = ?1").bind(1, id).run();
    Statement &insertDomain =
        m_db.cached("INSERT OR IGNORE INTO account_domains(account_id, domain) VALUES (?1, ?2)");
    for (const QString &domain : account.emailDomains)
        insertDomain.bind(1, id).bind(2, domain.trimmed().toLower()).run();
    return id;
}

qint64 DirectoryStore::upsertContact(const Contact &contact) {
    const std::optional<qint64> account =
        contact.accountRemoteId.isEmpty() ? std::nullopt : accountId(contact.source, contact.accountRemoteId);
    Statement &upsert = m_db.cached(
        "INSERT INTO contacts(source, remote_id, account_id, first_name, last_name, email, title)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT(source, remote_id) DO UPDATE SET account_id = excluded.account_id,"
        " first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email,"
        " title = excluded.title"
        " WHERE (account_id, first_name, last_name, email, title) IS NOT (excluded.account_id,"
        " excluded.first_name, excluded.last_name, excluded.email, excluded.title)");
    upsert.bind(1, contact.source).bind(2, contact.remoteId).bind(3, account);
    upsert.bind(4, contact.firstName).bind(5, contact.lastName);
    upsert.bind(6, contact.email.trimmed().isEmpty()
                       ? std::nullopt
                       : std::optional<QString>(contact.email.trimmed().toLower()));
    upsert.bind(7, contact.title).run();
    return *contactId(contact.source, contact.remoteId);
}

std::optional<qint64> DirectoryStore::teamId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM teams WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

std::optional<qint64> DirectoryStore::ownerId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM owners WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

std::optional<qint64> DirectoryStore::accountId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM accounts WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

std::optional<qint64> DirectoryStore::contactId(const QString &source, const QString &remoteId) {
    return lookupId(m_db.cached("SELECT id FROM contacts WHERE source = ?1 AND remote_id = ?2"), source,
                    remoteId);
}

QSet<QString> DirectoryStore::buyerAddresses() {
    QSet<QString> addresses;
    Query query = m_db.query("SELECT lower(email) FROM contacts WHERE email IS NOT NULL AND email <> ''");
    while (query.step())
        addresses.insert(query.text(0));
    return addresses;
}

QSet<QString> DirectoryStore::ourDomains() {
    QSet<QString> domains;
    Query query = m_db.query("SELECT DISTINCT lower(substr(email, instr(email, '@') + 1)) FROM owners"
                             " WHERE instr(email, '@') > 0");
    while (query.step())
        domains.insert(query.text(0));
    for (const QString &domain : configuredOurDomains())
        domains.insert(domain);
    return domains;
}

namespace {

const QString kOurDomainsKey = QStringLiteral("our_email_domains");

} // namespace

QStringList DirectoryStore::configuredOurDomains() {
    const std::optional<QString> stored = MetaStore(m_db).value(kOurDomainsKey);
    return stored ? stored->split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
}

void DirectoryStore::setConfiguredOurDomains(const QStringList &domains) {
    QStringList normalised;
    for (const QString &domain : domains) {
        const QString d = domain.trimmed().toLower();
        if (!d.isEmpty() && !normalised.contains(d))
            normalised.append(d);
    }
    normalised.sort();
    MetaStore(m_db).setValue(kOurDomainsKey, normalised.join(QLatin1Char(' ')));
}

QList<TeamManager> DirectoryStore::teamManagers() {
    QList<TeamManager> teams;
    Query query = m_db.query("SELECT t.name, coalesce(o.name, '') FROM teams t"
                             " LEFT JOIN owners o ON o.id = t.manager_owner_id ORDER BY t.name");
    while (query.step())
        teams.append(TeamManager{query.text(0), query.text(1)});
    return teams;
}

} // namespace dp
