#pragma once

// One test, run on each of the queue's stores: the SQLite journal in a temporary folder and a new
// database on the PostgreSQL server the tests start (tests/support/PostgresTestServer.h).
#include "core/download/queue/PostgresQueueStore.h"
#include "core/download/queue/SqliteQueueStore.h"
#include "tests/support/PostgresTestServer.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace eoc::test {

// The shared server's new database, as a location.
inline QueueStoreLocation newDatabase(PostgresTestServer &server)
{
    const QString name = PostgresTestServer::uniqueDatabaseName(QStringLiteral("store"));
    QString error;
    EXPECT_TRUE(server.createDatabase(name, &error)) << error.toStdString();
    return QueueStoreLocation::parse(server.url(name)).value();
}

// The parameter names the store: "sqlite" or "postgresql".
class QueueStoreTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        if (QLatin1String(GetParam()) == QLatin1String("postgresql")) {
            EOC_POSTGRES_OR_SKIP(server);
            m_server = server;
            m_location = newDatabase(*server);
        }
        store = openAnother();
        ASSERT_TRUE(store);
    }

    // Another connection to the same store, as another worker has: nullptr (and a failure
    // recorded) when it cannot be opened.
    std::unique_ptr<QueueStore> openAnother()
    {
        std::unique_ptr<QueueStore> another;
        if (m_server)
            another = std::make_unique<PostgresQueueStore>(m_location, m_server->password());
        else
            another = std::make_unique<SqliteQueueStore>(m_dir.filePath(QStringLiteral("queue.sqlite")));
        const Status opened = another->open();
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        return opened.ok() ? std::move(another) : nullptr;
    }

    QTemporaryDir m_dir;
    PostgresTestServer *m_server = nullptr;
    QueueStoreLocation m_location;
    std::unique_ptr<QueueStore> store;
};

inline std::string storeParameterName(const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); }

} // namespace eoc::test
