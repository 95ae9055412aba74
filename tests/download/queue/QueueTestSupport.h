#pragma once

#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/QueueStore.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/PostgresTestServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace eoc::test {

// The build's plug-in folder (EOC_PLUGIN_PATH when set).
inline QString pluginFolder()
{
    return qEnvironmentVariable("EOC_PLUGIN_PATH", QStringLiteral(EOC_BINARY_DIR "/lib/eo-collector/providers"));
}

// The store the queue's tests run on: the SQLite journal at `journal`, or, with
// EOC_TEST_QUEUE_STORE=postgresql (the "pg." run of the queue's suites), a database of its own
// on the binary's PostgreSQL test server. The journal's path is kept either way: the run lock
// is a file beside it.
class TestQueueStore
{
public:
    explicit TestQueueStore(QString journalPath) : journal(std::move(journalPath))
    {
        if (!onPostgres())
            return;
        QString whyNot;
        PostgresTestServer *server = PostgresTestServer::shared(&whyNot);
        if (!server) {
            ADD_FAILURE() << "no PostgreSQL test server: " << whyNot.toStdString();
            return;
        }
        const QString database = PostgresTestServer::uniqueDatabaseName();
        QString error;
        if (!server->createDatabase(database, &error))
            ADD_FAILURE() << "cannot create the database " << database.toStdString() << ": " << error.toStdString();
        if (auto parsed = QueueStoreLocation::parse(server->url(database)))
            location = parsed.value();
        else
            ADD_FAILURE() << parsed.error().message.toStdString();
        password = server->password();
    }

    static bool onPostgres() { return qEnvironmentVariable("EOC_TEST_QUEUE_STORE") == QLatin1String("postgresql"); }

    // The journal's path and this store, the rest of `options` as it is.
    DownloadQueue::Options applyTo(DownloadQueue::Options options) const
    {
        options.journalPath = journal;
        options.store = location;
        options.storePassword = password;
        return options;
    }
    // A connection of its own to the store, as another process would open it.
    std::unique_ptr<QueueStore> open() const
    {
        auto store = makeQueueStore(location, journal, password);
        if (auto s = store->open(); !s)
            ADD_FAILURE() << s.error().message.toStdString();
        return store;
    }

    QString journal;
    QueueStoreLocation location;    // local unless on PostgreSQL
    QString password;
};

// A queue over the real plain-link plug-in, a temporary store and output folder.
class QueueHarness
{
public:
    explicit QueueHarness(int httpConnections = 4)
        : output(m_dir.filePath(QStringLiteral("out"))), journal(m_dir.filePath(QStringLiteral("journal/queue.sqlite"))),
          m_store(journal)
    {
        m_registry.loadPluginsFrom({pluginFolder()});
        m_settings.applyAssignment(QStringLiteral("http.max_connections=%1").arg(httpConnections));
        m_context.network = &m_network;
        m_context.settings = &m_settings;
    }

    std::unique_ptr<DownloadQueue> makeQueue(int maxConnections = 8, const QString &bdcVersion = {})
    {
        DownloadQueue::Options options = queueOptions();
        options.maxConnections = maxConnections;
        options.bdcVersion = bdcVersion;
        return makeQueue(options);
    }
    // The harness's store, the rest as given.
    DownloadQueue::Options queueOptions() const { return m_store.applyTo({}); }
    // The harness's store opened afresh, apart from any queue.
    std::unique_ptr<QueueStore> openStore() const { return m_store.open(); }
    std::unique_ptr<DownloadQueue> makeQueue(const DownloadQueue::Options &options)
    {
        return std::make_unique<DownloadQueue>(&m_network, &m_registry, m_context, options);
    }
    // Retries after tens of milliseconds instead of seconds.
    void useQuickRetries()
    {
        NetworkAccess::Policy policy = m_network.policy();
        policy.baseBackoffMs = 10;
        policy.maxBackoffMs = 40;
        m_network.setPolicy(policy);
    }

    QueueItemRequest request(const QUrl &url, const Checksums &checksums = {}) const
    {
        QueueItemRequest r;
        r.provider = QStringLiteral("http");
        r.scene.link = url;
        r.scene.checksums = checksums;
        r.outputFolder = output;
        return r;
    }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    NetworkAccess &network() { return m_network; }

private:
    QTemporaryDir m_dir;    // first: the paths below are in it

public:
    QString output;
    QString journal;

private:
    TestQueueStore m_store;
    NetworkAccess m_network;
    Settings m_settings;
    ProviderRegistry m_registry;
    ProviderContext m_context;
};

// Runs the event loop until `done` or the timeout.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// Runs the event loop until the item is done, failed or no longer wanted, and returns it.
inline QueueItemInfo runToRest(DownloadQueue &queue, qint64 id, int timeoutMs = 30000)
{
    EXPECT_TRUE(waitUntil([&] {
        const auto i = queue.item(id);
        return i && (i->state == QueueState::Done || i->state == QueueState::Failed || i->wish != QueueWish::Queued);
    }, timeoutMs));
    return *queue.item(id);
}

inline QByteArray testPayload(int size, int seed = 7)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 3;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDir dir(folder);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const auto &e : entries) {
        if (e.isDir())
            out << filesUnder(e.absoluteFilePath());
        else
            out << e.absoluteFilePath();
    }
    return out;
}

// One source's copy of a Sentinel-2 scene as a STAC catalogue gives it: one COG data asset at
// `href` with `data`'s size and SHA-256 (for the tests of moving an item to another source).
inline SceneResult stacCopyOfScene(const QString &source, const QUrl &href, const QByteArray &data)
{
    SceneResult r;
    r.sceneId = QStringLiteral("S2B_MSIL2A_20250731T131909_N0511_R095_T20EPT_20250731T143919");
    r.provider = QStringLiteral("stac");
    r.source = source;
    r.collection = QStringLiteral("sentinel-2-l2a");
    r.remoteId = source + QStringLiteral("/S2B_20EPT_20250731_0_L2A");
    SceneAsset asset;
    asset.key = QStringLiteral("B04");
    asset.href = href;
    asset.mediaType = QStringLiteral("image/tiff; application=geotiff; profile=cloud-optimized");
    asset.roles = {QStringLiteral("data")};
    asset.size = data.size();
    asset.checksums.insert(QStringLiteral("sha256"),
                           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    r.assets << asset;
    return r;
}

// A server that keeps refusing: 429 with Retry-After: 1 for the first request, then 503 for ever.
inline void refuseWith429Then503(LocalHttpServer &server)
{
    server.setHandler([&server](const RecordedRequest &) {
        if (server.requestCount() == 1) {
            CannedResponse busy = CannedResponse::text("slow down", 429);
            busy.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            return busy;
        }
        return CannedResponse::text("service unavailable", 503);
    });
}

} // namespace eoc::test
