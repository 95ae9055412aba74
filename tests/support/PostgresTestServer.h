#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace eoc::test {

// A real PostgreSQL 15 server for tests, in a temporary folder: initdb with a superuser whose
// password (scram-sha-256) is given through a file, listening on 127.0.0.1 only on a free port,
// its socket in the folder, fsync off. Stopped (pg_ctl stop -m immediate) and removed when this
// goes. As root, the server runs as "nobody": PostgreSQL refuses to run as root.
//
// One server per test binary, started at the first shared() and stopped when the application
// ends; each test takes a database of its own (createDatabase) to stay apart from the others.
class PostgresTestServer
{
public:
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    // The binary's server, started on first use; nullptr when it cannot run, with why in
    // `whyNot` ("initdb not found; install postgresql-15").
    static PostgresTestServer *shared(QString *whyNot);
    // EOC_REQUIRE_POSTGRES=1: a server that cannot run is a failure, not a reason to skip.
    static bool required();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("eoc_test"); }
    QString password() const { return m_password; }
    // postgresql://eoc_test@127.0.0.1:PORT/DATABASE (no password).
    QString url(const QString &database) const;

    // A new, empty database; false with why in `error`.
    bool createDatabase(const QString &name, QString *error = nullptr);
    // A database name no other test of this process got.
    static QString uniqueDatabaseName(const QString &prefix = QStringLiteral("queue"));

private:
    PostgresTestServer() = default;
    bool start(QString *whyNot);
    void stop();
    // Runs one of PostgreSQL's programs (as "nobody" when this is root) and waits for it.
    bool run(const QString &program, const QStringList &arguments, QString *output);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_bin;               // the folder of initdb, pg_ctl and postgres
    QString m_data;
    int m_port = 0;
    QString m_password;
    bool m_running = false;
    int m_uid = -1;              // the user the server runs as, when this is root
    int m_gid = -1;
};

} // namespace eoc::test

// In a test body: `server` is the shared PostgreSQL server, or the test is skipped saying why
// (or fails, with EOC_REQUIRE_POSTGRES=1).
#define EOC_POSTGRES_OR_SKIP(server)                                                                     \
    QString server##WhyNot;                                                                              \
    eoc::test::PostgresTestServer *server = eoc::test::PostgresTestServer::shared(&server##WhyNot);     \
    if (!server) {                                                                                       \
        if (eoc::test::PostgresTestServer::required())                                                   \
            FAIL() << "PostgreSQL is required (EOC_REQUIRE_POSTGRES=1): " << server##WhyNot.toStdString(); \
        GTEST_SKIP() << "PostgreSQL tests skipped: " << server##WhyNot.toStdString();                   \
    }
