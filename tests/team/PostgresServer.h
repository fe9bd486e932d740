// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real PostgreSQL 15 for the team tests: a throwaway cluster made with Debian's initdb in a temporary
// folder, listening only on a Unix socket in that folder, stopped and removed with the object. It never
// touches a system-wide cluster. initdb and the server refuse to run as root (CI runs as root), so as root
// they run as the unprivileged user `nobody`, which then owns the folder; as anyone else they run as that
// user. One cluster per test binary: start it in initTestCase.

#include "team/TeamServerAddress.h"

#include <QString>
#include <QTemporaryDir>

namespace dp::test {

class PostgresServer final {
public:
    // Creates and starts the cluster; check isRunning() and error().
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    // pg_ctl stop: fast (disconnects clients, clean shutdown) or immediate (as a crash: no shutdown
    // checkpoint, recovery at the next start). start() brings the same cluster back.
    bool stop(bool immediate = false);
    bool start();

    // The cluster's superuser, with a password (the cluster asks every role for one, as a real server does).
    static QString superuser() { return QStringLiteral("dealpulse_test_super"); }
    QString superuserPassword() const { return m_password; }

    // A new, empty database; returns its name.
    QString createDatabase(const QString &name);
    // The address of a database as the CLI takes it (--server), for a role; no password in it.
    QString address(const QString &database, const QString &role = superuser()) const;
    // libpq parameters for a database as a role with its password.
    team::ConnectionParameters parameters(const QString &database, const QString &role,
                                          const QByteArray &password) const;
    team::ConnectionParameters superuserParameters(const QString &database) const;

private:
    bool runAsServerUser(const QString &program, const QStringList &arguments);
    bool initialise();

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_password;
    int m_port = 5432;
    bool m_running = false;
    QString m_error;
    int m_uid = -1; // the server's user when we are root; -1 otherwise
    int m_gid = -1;
};

} // namespace dp::test
