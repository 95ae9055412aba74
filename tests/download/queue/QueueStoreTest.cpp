// The queue's two stores, the SQLite journal and PostgreSQL, keep the same things the same way:
// items with their files, checksums, secret reference, worker and lease, order, the requests of
// other processes (in order, each taken once), the sources' speeds. PostgreSQL's own cases: two
// connections sharing a database, workers creating the schema at once, and errors that name the
// store without its password.
#include "tests/download/queue/QueueStoreFixture.h"

#include <QTcpServer>
#include <QTemporaryDir>

#include <QSet>

#include <gtest/gtest.h>

#include <latch>
#include <thread>

using namespace eoc;
using namespace eoc::test;

namespace {

QueueItemInfo sampleItem(const QString &title)
{
    QueueItemInfo item;
    item.provider = QStringLiteral("stac");
    item.title = title;
    item.scene.sceneId = title;
    item.scene.provider = QStringLiteral("stac");
    item.scene.source = QStringLiteral("earth-search");
    item.outputFolder = QStringLiteral("/data/out");
    item.layout = QueueLayout::SceneFolder;
    item.priority = 2;
    item.wish = QueueWish::Queued;
    item.state = QueueState::Ordered;
    item.error = Error(ErrorClass::Transient, QStringLiteral("503 from the server"));
    item.attempts = 3;
    item.added = QDateTime(QDate(2026, 3, 1), QTime(10, 20, 30, 123), Qt::UTC);
    item.updated = QDateTime(QDate(2026, 3, 1), QTime(11, 0, 0, 456), Qt::UTC);
    item.nextPoll = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
    item.secretsRef = QStringLiteral("ref-7");
    item.secretHeaders = {QStringLiteral("Authorization"), QStringLiteral("X-Api-Key")};
    item.worker = QStringLiteral("worker-a");
    item.leaseUntil = QDateTime(QDate(2026, 3, 1), QTime(11, 5, 0, 789), Qt::UTC);
    QueueFileInfo first;
    first.url = QUrl(QStringLiteral("https://data.example.org/a%20b/B04.tif?x=1"));
    first.relativePath = QStringLiteral("B04.tif");
    first.partPath = QStringLiteral("/data/out/S/B04.tif.part");
    first.finalPath = QStringLiteral("/data/out/S/B04.tif");
    first.bytesOnDisk = 5'000'000'000;    // beyond 32 bits
    first.totalSize = 6'000'000'000;
    first.etag = QByteArray("\"abc\"\x00\xff", 7);
    first.lastModified = QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
    first.checksums.insert(QStringLiteral("sha256"), QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    first.checksums.insert(QStringLiteral("md5"), QStringLiteral("098f6bcd4621d373cade4e832627b4f6"));
    QueueFileInfo second;
    second.url = QUrl(QStringLiteral("https://data.example.org/MTD.xml"));
    second.relativePath = QStringLiteral("MTD.xml");
    second.partPath = QStringLiteral("/data/out/S/MTD.xml.part");
    second.finalPath = QStringLiteral("/data/out/S/MTD.xml");
    second.done = true;
    item.files = {first, second};
    return item;
}

void expectSameItem(const QueueItemInfo &a, const QueueItemInfo &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.provider, b.provider);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.scene.sceneId, b.scene.sceneId);
    EXPECT_EQ(a.scene.sourceName(), b.scene.sourceName());
    EXPECT_EQ(a.outputFolder, b.outputFolder);
    EXPECT_EQ(a.layout, b.layout);
    EXPECT_EQ(a.priority, b.priority);
    EXPECT_EQ(a.wish, b.wish);
    EXPECT_EQ(a.state, b.state);
    EXPECT_EQ(a.error.errorClass, b.error.errorClass);
    EXPECT_EQ(a.error.message, b.error.message);
    EXPECT_EQ(a.attempts, b.attempts);
    EXPECT_EQ(a.added, b.added);
    EXPECT_EQ(a.updated, b.updated);
    EXPECT_EQ(a.nextPoll, b.nextPoll);
    EXPECT_EQ(a.secretsRef, b.secretsRef);
    EXPECT_EQ(a.secretHeaders, b.secretHeaders);
    EXPECT_EQ(a.worker, b.worker);
    EXPECT_EQ(a.leaseUntil, b.leaseUntil);
    EXPECT_EQ(a.files, b.files);
}

} // namespace

// ---- both stores ----

TEST_P(QueueStoreTest, ItemWithFilesChecksumsSecretsAndLeaseReadsBackTheSame)
{
    QueueItemInfo item = sampleItem(QStringLiteral("S2A_one"));
    const auto id = store->insert(item);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    item.id = id.value();
    item.position = 1;
    const auto loaded = store->load(item.id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    expectSameItem(loaded.value(), item);
    EXPECT_EQ(loaded->position, 1);
    EXPECT_EQ(loaded->bytesDone, 5'000'000'000);    // the second file is done but of unknown size

    // Nothing where nothing was set: no poll, no worker, no lease.
    QueueItemInfo plain = sampleItem(QStringLiteral("S2A_two"));
    plain.nextPoll = {};
    plain.worker.clear();
    plain.leaseUntil = {};
    plain.files.clear();
    const auto plainId = store->insert(plain);
    ASSERT_TRUE(plainId.ok()) << plainId.error().message.toStdString();
    const auto plainLoaded = store->load(plainId.value());
    ASSERT_TRUE(plainLoaded.ok());
    EXPECT_FALSE(plainLoaded->nextPoll.isValid());
    EXPECT_TRUE(plainLoaded->worker.isEmpty());
    EXPECT_FALSE(plainLoaded->leaseUntil.isValid());
    EXPECT_TRUE(plainLoaded->files.isEmpty());
    EXPECT_EQ(plainLoaded->position, 2);
}

TEST_P(QueueStoreTest, UpdatesOfTheItemItsFilesAndItsSecretsAreKept)
{
    QueueItemInfo item = sampleItem(QStringLiteral("S2A_one"));
    item.id = store->insert(item).value();
    item.position = 1;
    item.state = QueueState::Downloading;
    item.error = {};
    item.attempts = 4;
    ASSERT_TRUE(store->update(item).ok());
    item.files[0].bytesOnDisk = 5'500'000'000;
    item.files[0].etag = QByteArray("\"def\"");
    ASSERT_TRUE(store->updateFile(item.id, 0, item.files[0]).ok());
    ASSERT_TRUE(store->setSecrets(item.id, QStringLiteral("ref-8"), {QStringLiteral("Cookie")}).ok());
    item.secretsRef = QStringLiteral("ref-8");
    item.secretHeaders = {QStringLiteral("Cookie")};
    expectSameItem(store->load(item.id).value(), item);

    // A stale snapshot does not take back the secrets.
    QueueItemInfo stale = item;
    stale.secretsRef = QStringLiteral("ref-7");
    ASSERT_TRUE(store->update(stale).ok());
    EXPECT_EQ(store->load(item.id)->secretsRef, QStringLiteral("ref-8"));
    // Nor the lease: only the lease calls write the worker and its time.
    stale.worker = QStringLiteral("worker-b");
    stale.leaseUntil = item.leaseUntil.addSecs(60);
    ASSERT_TRUE(store->update(stale).ok());
    EXPECT_EQ(store->load(item.id)->worker, item.worker);
    EXPECT_EQ(store->load(item.id)->leaseUntil, item.leaseUntil);

    item.files.removeLast();
    ASSERT_TRUE(store->updateFiles(item).ok());
    EXPECT_EQ(store->load(item.id)->files, item.files);

    EXPECT_EQ(store->setSecrets(item.id + 1000, {}, {}).error().errorClass, ErrorClass::BadInput);
}

TEST_P(QueueStoreTest, OrderIdsAndRemovalFollowTheWrites)
{
    QList<qint64> ids;
    for (const char *title : {"a", "b", "c"})
        ids << store->insert(sampleItem(QString::fromLatin1(title))).value();
    // c first, then a, b: one priority higher for c.
    ASSERT_TRUE(store->setOrder({{ids[2], 5, 1}, {ids[0], 2, 2}, {ids[1], 2, 3}}).ok());
    const auto all = store->loadAll();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, ids[2]);
    EXPECT_EQ(all->at(1).id, ids[0]);
    EXPECT_EQ(all->at(2).id, ids[1]);
    EXPECT_EQ(all->at(0).files.size(), 2);

    ASSERT_TRUE(store->remove(ids[0]).ok());
    const auto left = store->ids();
    ASSERT_TRUE(left.ok());
    EXPECT_EQ(QSet<qint64>(left->begin(), left->end()), (QSet<qint64>{ids[1], ids[2]}));
    const auto gone = store->load(ids[0]);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().errorClass, ErrorClass::BadInput);
    // An id is never given again, even after its item went.
    EXPECT_GT(store->insert(sampleItem(QStringLiteral("d"))).value(), ids[2]);
}

TEST_P(QueueStoreTest, RequestsAreTakenInTheOrderPostedAndOnlyOnce)
{
    const qint64 a = store->insert(sampleItem(QStringLiteral("a"))).value();
    const qint64 b = store->insert(sampleItem(QStringLiteral("b"))).value();
    ASSERT_TRUE(store->postCommand(b, QStringLiteral("pause")).ok());
    ASSERT_TRUE(store->postCommand(a, QStringLiteral("priority:3")).ok());
    ASSERT_TRUE(store->postCommand(b, QStringLiteral("resume")).ok());
    const auto taken = store->takeCommands({});
    ASSERT_TRUE(taken.ok());
    const QList<QPair<qint64, QString>> expected{{b, QStringLiteral("pause")}, {a, QStringLiteral("priority:3")},
                                                 {b, QStringLiteral("resume")}};
    EXPECT_EQ(taken.value(), expected);
    EXPECT_TRUE(store->takeCommands({})->isEmpty());
    EXPECT_EQ(store->postCommand(b + 1000, QStringLiteral("pause")).error().errorClass, ErrorClass::BadInput);
}

TEST_P(QueueStoreTest, SourceSpeedsAreSummedPerSource)
{
    ASSERT_TRUE(store->addSourceSpeed(QStringLiteral("stac:earth-search"), 1'000'000, 1000).ok());
    ASSERT_TRUE(store->addSourceSpeed(QStringLiteral("stac:earth-search"), 5'000'000'000, 3000).ok());
    ASSERT_TRUE(store->addSourceSpeed(QStringLiteral("http"), 10, 0).ok());
    const auto speeds = store->sourceSpeeds();
    ASSERT_TRUE(speeds.ok());
    EXPECT_DOUBLE_EQ(speeds->value(QStringLiteral("stac:earth-search")), 5'001'000'000.0 * 1000.0 / 4000.0);
    EXPECT_FALSE(speeds->contains(QStringLiteral("http"))) << "no time measured, no speed";
}

TEST_P(QueueStoreTest, WorkersClaimDifferentItemsInPriorityOrderAndTakeOverRunOutLeases)
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        QueueItemInfo item = sampleItem(QStringLiteral("S2A_%1").arg(i));
        item.worker.clear();
        item.leaseUntil = {};
        item.state = QueueState::Waiting;
        item.wish = QueueWish::Queued;
        item.priority = i == 4 ? 5 : 0;   // the fifth item first
        ids << store->insert(item).value();
    }
    // Neither done, failed nor paused items are claimed.
    QueueItemInfo done = store->load(ids.at(1)).value();
    done.state = QueueState::Done;
    ASSERT_TRUE(store->update(done).ok());
    QueueItemInfo paused = store->load(ids.at(2)).value();
    paused.wish = QueueWish::Paused;
    ASSERT_TRUE(store->update(paused).ok());

    const auto a = store->claimItems(QStringLiteral("a"), 60, 2);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    EXPECT_EQ(QSet<qint64>(a->begin(), a->end()), (QSet<qint64>{ids.at(4), ids.at(0)}));
    const auto b = store->claimItems(QStringLiteral("b"), 60, 5);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(QSet<qint64>(b->begin(), b->end()), (QSet<qint64>{ids.at(3), ids.at(5)}));
    EXPECT_TRUE(store->claimItems(QStringLiteral("c"), 60, 5)->isEmpty()) << "every claimable item is held";
    EXPECT_EQ(store->load(ids.at(4))->worker, QStringLiteral("a"));
    EXPECT_TRUE(store->load(ids.at(4))->leaseUntil > QDateTime::currentDateTimeUtc().addSecs(30));

    // b's heartbeat renews what b holds; a lease that ran out is taken by another worker, and its
    // old worker's heartbeat no longer lists it.
    ASSERT_TRUE(store->renewLeases(QStringLiteral("a"), -5).ok());   // a's leases ran out 5 s ago
    const auto c = store->claimItems(QStringLiteral("c"), 60, 5);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(QSet<qint64>(c->begin(), c->end()), (QSet<qint64>{ids.at(4), ids.at(0)}));
    EXPECT_TRUE(store->renewLeases(QStringLiteral("a"), 60)->isEmpty());
    const auto renewed = store->renewLeases(QStringLiteral("b"), 60);
    ASSERT_TRUE(renewed.ok());
    EXPECT_EQ(QSet<qint64>(renewed->begin(), renewed->end()), (QSet<qint64>{ids.at(3), ids.at(5)}));

    // Released by its worker only; then free for the next claim.
    ASSERT_TRUE(store->releaseItem(ids.at(3), QStringLiteral("a")).ok());
    EXPECT_EQ(store->load(ids.at(3))->worker, QStringLiteral("b"));
    ASSERT_TRUE(store->releaseItem(ids.at(3), QStringLiteral("b")).ok());
    EXPECT_TRUE(store->load(ids.at(3))->worker.isEmpty());
    EXPECT_FALSE(store->load(ids.at(3))->leaseUntil.isValid());
    EXPECT_EQ(store->claimItems(QStringLiteral("d"), 60, 5).value(), QList<qint64>{ids.at(3)});
}

// A provider's cap across workers: never more slots than the cap, a freed slot is taken again,
// and the slots of a worker that stopped renewing them are free once their lease ran out.
TEST_P(QueueStoreTest, ConnectionSlotsHoldTheCapAcrossWorkersAndFreeWhenTheirLeaseRunsOut)
{
    const QString key = QStringLiteral("http");
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("a"), 60).value(), 1);
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("b"), 60).value(), 2);
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("c"), 60).value(), 0) << "a third transfer beyond the cap";
    EXPECT_EQ(store->claimSlot(QStringLiteral("dataspace"), 1, QStringLiteral("c"), 60).value(), 1) << "caps are per key";

    // Only its holder frees a slot.
    ASSERT_TRUE(store->releaseSlot(key, 1, QStringLiteral("b")).ok());
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("c"), 60).value(), 0);
    ASSERT_TRUE(store->releaseSlot(key, 1, QStringLiteral("a")).ok());
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("c"), 60).value(), 1);

    // b dies: its slot's lease runs out (renewed to 5 s ago), and the slot is free again.
    ASSERT_TRUE(store->renewSlots(QStringLiteral("b"), -5).ok());
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("a"), 60).value(), 2);
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("b"), 60).value(), 0);

    // A worker starting again under c's name lets go of what c held.
    ASSERT_TRUE(store->releaseAll(QStringLiteral("c")).ok());
    EXPECT_EQ(store->claimSlot(key, 2, QStringLiteral("b"), 60).value(), 1);
    EXPECT_EQ(store->claimSlot(QStringLiteral("dataspace"), 1, QStringLiteral("b"), 60).value(), 1);
}

TEST_P(QueueStoreTest, AWorkerTakesTheRequestsForItsItemsAndFreeOnesNotAnotherWorkers)
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        QueueItemInfo item = sampleItem(QStringLiteral("S2B_%1").arg(i));
        item.worker.clear();
        item.leaseUntil = {};
        item.state = QueueState::Waiting;
        item.priority = 3 - i;
        ids << store->insert(item).value();
    }
    ASSERT_EQ(store->claimItems(QStringLiteral("a"), 60, 1).value(), QList<qint64>{ids.at(0)});
    ASSERT_EQ(store->claimItems(QStringLiteral("b"), 60, 1).value(), QList<qint64>{ids.at(1)});
    for (qint64 id : ids)
        ASSERT_TRUE(store->postCommand(id, QStringLiteral("pause")).ok());
    const auto forA = store->takeCommands(QStringLiteral("a"));
    ASSERT_TRUE(forA.ok()) << forA.error().message.toStdString();
    EXPECT_EQ(*forA, (QList<QPair<qint64, QString>>{{ids.at(0), QStringLiteral("pause")}, {ids.at(2), QStringLiteral("pause")}}));
    EXPECT_EQ(store->takeCommands(QStringLiteral("a")).value(), (QList<QPair<qint64, QString>>{})) << "taken once";
    EXPECT_EQ(store->takeCommands(QStringLiteral("b")).value(), (QList<QPair<qint64, QString>>{{ids.at(1), QStringLiteral("pause")}}));
}

TEST_P(QueueStoreTest, WorkersReportThemselvesAndAreAliveUntilTheirLeaseRunsOut)
{
    QueueWorkerInfo a;
    a.name = QStringLiteral("node-a");
    a.host = QStringLiteral("host-a");
    a.itemsHeld = 2;
    a.bytesPerSecond = 1.5e6;
    a.bytesFetched = 5'000'000'000;
    ASSERT_TRUE(store->reportWorker(a, 60).ok());
    QueueWorkerInfo b = a;
    b.name = QStringLiteral("node-b");
    ASSERT_TRUE(store->reportWorker(b, 0).ok());     // stopped: no lease left
    a.itemsHeld = 1;
    ASSERT_TRUE(store->reportWorker(a, 60).ok());   // the next heartbeat replaces the last
    const auto workers = store->workers();
    ASSERT_TRUE(workers.ok()) << workers.error().message.toStdString();
    ASSERT_EQ(workers->size(), 2);
    EXPECT_EQ(workers->at(0).name, QStringLiteral("node-a"));
    EXPECT_TRUE(workers->at(0).alive);
    EXPECT_EQ(workers->at(0).itemsHeld, 1);
    EXPECT_EQ(workers->at(0).host, QStringLiteral("host-a"));
    EXPECT_DOUBLE_EQ(workers->at(0).bytesPerSecond, 1.5e6);
    EXPECT_EQ(workers->at(0).bytesFetched, 5'000'000'000);
    EXPECT_LE(qAbs(workers->at(0).lastSeen.secsTo(QDateTime::currentDateTimeUtc())), 5);
    EXPECT_EQ(workers->at(1).name, QStringLiteral("node-b"));
    EXPECT_FALSE(workers->at(1).alive);
}

INSTANTIATE_TEST_SUITE_P(Stores, QueueStoreTest, ::testing::Values("sqlite", "postgresql"), storeParameterName);

// ---- PostgreSQL ----

TEST(PostgresQueueStore, TwoConnectionsToOneDatabaseSeeEachOthersWrites)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QueueStoreLocation location = newDatabase(*server);
    PostgresQueueStore first(location, server->password());
    PostgresQueueStore second(location, server->password());
    ASSERT_TRUE(first.open().ok());
    ASSERT_TRUE(second.open().ok());
    const qint64 id = first.insert(sampleItem(QStringLiteral("shared"))).value();
    ASSERT_TRUE(second.load(id).ok());
    ASSERT_TRUE(second.postCommand(id, QStringLiteral("pause")).ok());
    const auto taken = first.takeCommands({});
    ASSERT_TRUE(taken.ok());
    EXPECT_EQ(taken->size(), 1);
    EXPECT_TRUE(second.takeCommands({})->isEmpty());
    ASSERT_TRUE(second.remove(id).ok());
    EXPECT_TRUE(first.ids()->isEmpty());
}

TEST(PostgresQueueStore, WorkersOpeningANewDatabaseAtOnceAllSucceed)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QueueStoreLocation location = newDatabase(*server);
    const QString password = server->password();
    constexpr int kWorkers = 4;
    std::latch ready(kWorkers);
    QStringList outcomes(kWorkers);
    std::vector<std::thread> workers;
    for (int i = 0; i < kWorkers; ++i) {
        workers.emplace_back([&, i] {
            // A connection belongs to the thread that made it: each worker has its own store.
            PostgresQueueStore store(location, password);
            ready.arrive_and_wait();
            const Status opened = store.open();
            outcomes[i] = opened ? QStringLiteral("ok") : opened.error().message;
            if (opened)
                store.postCommand(0, QStringLiteral("pause"));    // any statement: the schema is there
        });
    }
    for (auto &w : workers)
        w.join();
    for (const QString &outcome : outcomes)
        EXPECT_EQ(outcome, QStringLiteral("ok"));
    PostgresQueueStore store(location, password);
    ASSERT_TRUE(store.open().ok());
    EXPECT_TRUE(store.loadAll()->isEmpty());
}

TEST(PostgresQueueStore, RequestsTakenByTwoWorkersAtOnceAreEachAppliedOnce)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QueueStoreLocation location = newDatabase(*server);
    const QString password = server->password();
    constexpr int kRequests = 200;
    {
        PostgresQueueStore store(location, password);
        ASSERT_TRUE(store.open().ok());
        const qint64 id = store.insert(sampleItem(QStringLiteral("x"))).value();
        for (int i = 0; i < kRequests; ++i)
            ASSERT_TRUE(store.postCommand(id, QStringLiteral("priority:%1").arg(i)).ok());
    }
    std::latch ready(2);
    QList<QPair<qint64, QString>> taken[2];
    std::vector<std::thread> workers;
    for (int w = 0; w < 2; ++w) {
        workers.emplace_back([&, w] {
            PostgresQueueStore store(location, password);
            if (!store.open())
                return;
            ready.arrive_and_wait();
            for (int round = 0; round < 20; ++round) {
                if (auto some = store.takeCommands({}))
                    taken[w] << some.value();
            }
        });
    }
    for (auto &w : workers)
        w.join();
    QStringList all;
    for (const auto &list : taken) {
        for (const auto &c : list)
            all << c.second;
    }
    EXPECT_EQ(all.size(), kRequests);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), kRequests);
    // Each worker gets its requests in the order they were posted.
    for (const auto &list : taken) {
        for (int i = 1; i < list.size(); ++i)
            EXPECT_LT(list[i - 1].second.mid(9).toInt(), list[i].second.mid(9).toInt());
    }
}

TEST(PostgresQueueStore, WorkersClaimingAtOnceNeverGetTheSameItem)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QueueStoreLocation location = newDatabase(*server);
    const QString password = server->password();
    constexpr int kItems = 60;
    constexpr int kWorkers = 4;
    {
        PostgresQueueStore store(location, password);
        ASSERT_TRUE(store.open().ok());
        for (int i = 0; i < kItems; ++i) {
            QueueItemInfo item = sampleItem(QStringLiteral("S2A_%1").arg(i));
            item.worker.clear();
            item.leaseUntil = {};
            item.state = QueueState::Waiting;
            item.wish = QueueWish::Queued;
            ASSERT_TRUE(store.insert(item).ok());
        }
    }
    std::latch ready(kWorkers);
    std::vector<QList<qint64>> claimed(kWorkers);
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w) {
        workers.emplace_back([&, w] {
            PostgresQueueStore store(location, password);
            if (!store.open())
                return;
            ready.arrive_and_wait();
            // Small claims in a loop, as workers with free slots make them.
            for (;;) {
                const auto got = store.claimItems(QStringLiteral("worker-%1").arg(w), 60, 3);
                if (!got || got->isEmpty())
                    break;
                claimed[w] += got.value();
            }
        });
    }
    for (auto &w : workers)
        w.join();
    QSet<qint64> all;
    int total = 0;
    for (const auto &ids : claimed) {
        total += int(ids.size());
        all.unite(QSet<qint64>(ids.begin(), ids.end()));
    }
    EXPECT_EQ(total, kItems) << "an item was claimed twice or not at all";
    EXPECT_EQ(all.size(), kItems);
}

TEST(PostgresQueueStore, ErrorsNameTheStoreAndWhatFailedButNotThePassword)
{
    EOC_POSTGRES_OR_SKIP(server);
    const QueueStoreLocation location = newDatabase(*server);
    const QString prefix = QStringLiteral("Shared queue %1: cannot connect: ").arg(location.toString());

    const QString wrongPassword = QStringLiteral("not-the-password-4711");
    PostgresQueueStore wrong(location, wrongPassword);
    const Status refused = wrong.open();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(prefix)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("password authentication failed"))) << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(wrongPassword));
    EXPECT_FALSE(wrong.isOpen());

    QueueStoreLocation missing = location;
    missing.database = QStringLiteral("no_such_queue");
    PostgresQueueStore absent(missing, server->password());
    const Status notThere = absent.open();
    ASSERT_FALSE(notThere.ok());
    EXPECT_TRUE(notThere.error().message.contains(QStringLiteral("no_such_queue"))) << notThere.error().message.toStdString();
    EXPECT_TRUE(notThere.error().message.contains(QStringLiteral("does not exist"))) << notThere.error().message.toStdString();
    EXPECT_FALSE(notThere.error().message.contains(server->password()));

    QueueStoreLocation unreachable = location;
    {
        QTcpServer probe;    // a port nobody listens on once the probe is gone
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        unreachable.port = probe.serverPort();
    }
    PostgresQueueStore nobody(unreachable, server->password());
    const Status noAnswer = nobody.open();
    ASSERT_FALSE(noAnswer.ok());
    EXPECT_TRUE(noAnswer.error().message.startsWith(QStringLiteral("Shared queue %1: cannot connect: ").arg(unreachable.toString())))
        << noAnswer.error().message.toStdString();
    EXPECT_FALSE(noAnswer.error().message.contains(server->password()));
}
