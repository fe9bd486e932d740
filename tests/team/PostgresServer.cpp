// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include "team/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dp::test {
namespace {

// Debian's PostgreSQL 15; DEALPULSE_PG_BIN names another folder holding initdb and pg_ctl.
QString postgresBinDir() {
    const QString configured = qEnvironmentVariable("DEALPULSE_PG_BIN");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

constexpr int kProcessTimeoutMs = 120000;

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/dealpulse-pg-XXXXXX"))
    , m_binDir(postgresBinDir()) {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    if (!QFileInfo(m_binDir + QStringLiteral("/initdb")).isExecutable()) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing); run "
                                 "scripts/install-deps.sh")
                      .arg(m_binDir);
        return;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            m_error = QStringLiteral("running as root, but there is no user 'nobody' to run PostgreSQL as");
            return;
        }
        m_uid = int(nobody->pw_uid);
        m_gid = int(nobody->pw_gid);
        if (::chown(QFile::encodeName(m_dir.path()).constData(), uid_t(m_uid), gid_t(m_gid)) != 0) {
            m_error = QStringLiteral("cannot give %1 to 'nobody'").arg(m_dir.path());
            return;
        }
    }
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0700);
    m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
    if (initialise())
        start();
}

PostgresServer::~PostgresServer() {
    if (m_running)
        stop();
}

bool PostgresServer::runAsServerUser(const QString &program, const QStringList &arguments) {
    QProcess process;
    QString executable = m_binDir + QLatin1Char('/') + program;
    QStringList args = arguments;
    if (m_uid >= 0) {
        // setpriv (util-linux) switches user without PAM or a login shell.
        args.prepend(executable);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("--clear-groups"));
        args.prepend(QStringLiteral("--regid=%1").arg(m_gid));
        args.prepend(QStringLiteral("--reuid=%1").arg(m_uid));
        executable = QStringLiteral("setpriv");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    // The server pg_ctl starts inherits its output: a file, so nothing waits on a pipe the server keeps open.
    const QString output = m_dir.filePath(QStringLiteral("commands.log"));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(output, QIODevice::Append);
    process.setStandardErrorFile(output, QIODevice::Append);
    process.start(executable, args);
    if (!process.waitForFinished(kProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        QFile log(output);
        log.open(QIODevice::ReadOnly);
        QFile serverLog(m_dir.filePath(QStringLiteral("server.log")));
        serverLog.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("%1 failed:\n%2\n%3")
                      .arg(program, QString::fromUtf8(log.readAll().right(4000)),
                           QString::fromUtf8(serverLog.readAll().right(4000)));
        return false;
    }
    return true;
}

bool PostgresServer::initialise() {
    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
    }
    if (m_uid >= 0)
        ::chown(QFile::encodeName(passwordFile).constData(), uid_t(m_uid), gid_t(m_gid));
    if (!runAsServerUser(QStringLiteral("initdb"),
                         {QStringLiteral("--pgdata=") + m_dir.filePath(QStringLiteral("data")),
                          QStringLiteral("--username=") + superuser(),
                          QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"),
                          QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-instructions"),
                          QStringLiteral("--no-sync")}))
        return false;
    QFile::remove(passwordFile);
    // Only the socket in our folder; no TCP port at all. fsync off keeps the tests fast: a stop, even an
    // immediate one, still leaves every committed transaction in the files (only a power cut would not).
    const QByteArray settings = "\n# dealpulse test cluster\n"
                                "listen_addresses = ''\n"
                                "unix_socket_directories = '" +
                                m_dir.path().toUtf8() +
                                "'\n"
                                "port = " +
                                QByteArray::number(m_port) +
                                "\n"
                                "fsync = off\n"
                                "full_page_writes = off\n"
                                "shared_buffers = 16MB\n"
                                "max_connections = 40\n"
                                "log_min_messages = warning\n";
    QFile config(m_dir.filePath(QStringLiteral("data/postgresql.conf")));
    if (!config.open(QIODevice::Append) || config.write(settings) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(config.fileName());
        return false;
    }
    return true;
}

bool PostgresServer::start() {
    m_running =
        runAsServerUser(QStringLiteral("pg_ctl"),
                        {QStringLiteral("start"), QStringLiteral("--wait"), QStringLiteral("--silent"),
                         QStringLiteral("--pgdata=") + m_dir.filePath(QStringLiteral("data")),
                         QStringLiteral("--log=") + m_dir.filePath(QStringLiteral("server.log"))});
    return m_running;
}

bool PostgresServer::stop(bool immediate) {
    const bool stopped = runAsServerUser(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("--wait"), QStringLiteral("--silent"),
         QStringLiteral("--mode=") + (immediate ? QStringLiteral("immediate") : QStringLiteral("fast")),
         QStringLiteral("--pgdata=") + m_dir.filePath(QStringLiteral("data"))});
    if (stopped)
        m_running = false;
    return stopped;
}

QString PostgresServer::createDatabase(const QString &name) {
    auto connection = team::PgConnection::open(superuserParameters(QStringLiteral("postgres")));
    connection->exec(QByteArray("CREATE DATABASE " + connection->quoteIdentifier(name)).constData());
    return name;
}

QString PostgresServer::address(const QString &database, const QString &role) const {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), m_dir.path());
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    query.addQueryItem(QStringLiteral("user"), role);
    return QStringLiteral("postgresql:///%1?%2").arg(database, query.toString(QUrl::FullyEncoded));
}

team::ConnectionParameters PostgresServer::parameters(const QString &database, const QString &role,
                                                      const QByteArray &password) const {
    team::ConnectionParameters parameters;
    parameters.set("host", m_dir.path().toUtf8());
    parameters.set("port", QByteArray::number(m_port));
    parameters.set("dbname", database.toUtf8());
    parameters.set("user", role.toUtf8());
    parameters.set("password", password);
    parameters.set("connect_timeout", "10");
    return parameters;
}

team::ConnectionParameters PostgresServer::superuserParameters(const QString &database) const {
    return parameters(database, superuser(), m_password.toUtf8());
}

} // namespace dp::test
