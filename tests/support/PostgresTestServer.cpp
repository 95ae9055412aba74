#include "tests/support/PostgresTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <atomic>

#include <pwd.h>
#include <unistd.h>

namespace eoc::test {

namespace {

std::unique_ptr<PostgresTestServer> &sharedServer()
{
    static std::unique_ptr<PostgresTestServer> server;
    return server;
}

// The server goes with the application, while Qt (and QProcess) still work.
void stopSharedServer() { sharedServer().reset(); }

// Debian's versioned folder first, then where pg_config says, then PATH.
QString findBinaries()
{
    const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
    if (QFileInfo(debian + QStringLiteral("/initdb")).isExecutable())
        return debian;
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString bin = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

bool PostgresTestServer::required()
{
    return qEnvironmentVariable("EOC_REQUIRE_POSTGRES") == QLatin1String("1");
}

PostgresTestServer *PostgresTestServer::shared(QString *whyNot)
{
    static QString failure;     // a server that did not start is not tried again by each test
    if (!sharedServer() && failure.isEmpty()) {
        std::unique_ptr<PostgresTestServer> server(new PostgresTestServer);
        if (server->start(&failure)) {
            sharedServer() = std::move(server);
            qAddPostRoutine(stopSharedServer);
        }
    }
    if (whyNot)
        *whyNot = failure;
    return sharedServer().get();
}

PostgresTestServer::~PostgresTestServer() { stop(); }

QString PostgresTestServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database);
}

bool PostgresTestServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder->path());
    const QString binary = m_bin + QLatin1Char('/') + program;
    if (m_uid >= 0) {
        process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=%1").arg(m_uid), QStringLiteral("--regid=%1").arg(m_gid),
                                                            QStringLiteral("--clear-groups"), QStringLiteral("--"), binary}
                                                     + arguments);
    } else {
        process.start(binary, arguments);
    }
    // pg_ctl -w returns once the server accepts connections (or has stopped): no polling here.
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresTestServer::start(QString *whyNot)
{
    m_bin = findBinaries();
    if (m_bin.isEmpty()) {
        *whyNot = QStringLiteral("initdb not found; install postgresql-15");
        return false;
    }
    if (!QFileInfo(m_bin + QStringLiteral("/pg_ctl")).isExecutable()) {
        *whyNot = QStringLiteral("pg_ctl not found beside %1/initdb; install postgresql-15").arg(m_bin);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *whyNot = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing; install libqt6sql6-psql");
        return false;
    }
    const bool root = ::geteuid() == 0;
    if (root) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            *whyNot = QStringLiteral("running as root and there is no user \"nobody\" to run PostgreSQL as");
            return false;
        }
        m_uid = int(nobody->pw_uid);
        m_gid = int(nobody->pw_gid);
    }
    // As root, under /tmp itself: a temporary folder nested in root's own (TMPDIR under a 0700
    // folder) would be out of "nobody"'s reach. The socket path also stays short.
    const QString base = root ? QStringLiteral("/tmp") : QDir::tempPath();
    m_folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/eoc-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        *whyNot = QStringLiteral("cannot make a temporary folder under %1: %2").arg(base, m_folder->errorString());
        return false;
    }
    const QString folder = m_folder->path();
    m_data = folder + QStringLiteral("/data");
    m_password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString passwordFile = folder + QStringLiteral("/password");
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(m_password.toUtf8() + '\n') < 0) {
            *whyNot = QStringLiteral("cannot write %1: %2").arg(passwordFile, file.errorString());
            return false;
        }
    }
    if (root) {
        for (const QString &path : {folder, passwordFile}) {
            if (::chown(QFile::encodeName(path).constData(), uid_t(m_uid), gid_t(m_gid)) != 0) {
                *whyNot = QStringLiteral("cannot give %1 to the user \"nobody\"").arg(path);
                return false;
            }
        }
    }
    QString output;
    const bool made = run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(),
                                                     QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("-A"),
                                                     QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                                     QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                          &output);
    QFile::remove(passwordFile);
    if (!made) {
        *whyNot = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    // A port taken between the probe and the start is tried again with another one.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        QFile conf(m_data + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append)) {
            *whyNot = QStringLiteral("cannot write %1: %2").arg(conf.fileName(), conf.errorString());
            return false;
        }
        // Later lines win over earlier ones: each attempt appends its port. Small, because ctest
        // runs test processes in parallel, each with a server of its own; nothing here needs to
        // survive a crash, so nothing is flushed.
        conf.write(QStringLiteral("\nlisten_addresses = '127.0.0.1'\nport = %1\nunix_socket_directories = '%2'\n"
                                  "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 50\nshared_buffers = 16MB\n")
                       .arg(m_port)
                       .arg(folder)
                       .toUtf8());
        conf.close();
        m_running = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-l"), folder + QStringLiteral("/server.log"),
                                                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                        &output);
    }
    if (!m_running) {
        QFile log(folder + QStringLiteral("/server.log"));
        const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000)) : QString();
        *whyNot = QStringLiteral("pg_ctl start failed: %1\n%2").arg(output, logText);
        return false;
    }
    return true;
}

void PostgresTestServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString output;
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                                       QStringLiteral("-w"), QStringLiteral("stop")},
             &output))
        qWarning("PostgreSQL test server: pg_ctl stop failed: %s", qPrintable(output));
}

QString PostgresTestServer::uniqueDatabaseName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++counter);
}

bool PostgresTestServer::createDatabase(const QString &name, QString *error)
{
    const QString connection = QStringLiteral("eoc-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(user());
        db.setPassword(m_password);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok && error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace eoc::test
