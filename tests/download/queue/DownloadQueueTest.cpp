#include "core/download/hash/Blake3.h"
#include "core/download/queue/SafeFileName.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSignalSpy>

using namespace eoc;
using namespace eoc::test;

namespace {

QString hexOf(const QByteArray &data, QCryptographicHash::Algorithm a)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, a).toHex());
}

} // namespace

TEST(DownloadQueue, GoodChecksumOfEveryAlgorithmCompletes)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(300000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    ASSERT_TRUE(queue->isRunner());
    const QList<std::pair<QString, QString>> sums = {
        {QStringLiteral("md5"), hexOf(data, QCryptographicHash::Md5)},
        {QStringLiteral("sha1"), hexOf(data, QCryptographicHash::Sha1)},
        {QStringLiteral("sha256"), hexOf(data, QCryptographicHash::Sha256)},
        {QStringLiteral("sha512"), hexOf(data, QCryptographicHash::Sha512)},
        {QStringLiteral("blake3"), QString::fromLatin1(Blake3Hasher::hash(data).toHex())},
    };
    QList<qint64> ids;
    for (const auto &[algorithm, hex] : sums) {
        auto r = h.request(server.url(QStringLiteral("/%1/file.bin").arg(algorithm)), {{algorithm, hex}});
        r.outputFolder = h.output + QLatin1Char('/') + algorithm;
        auto id = queue->add(r);
        ASSERT_TRUE(id.ok());
        ids << id.value();
    }
    queue->start();
    for (int i = 0; i < ids.size(); ++i) {
        const auto item = runToRest(*queue, ids.at(i));
        EXPECT_EQ(item.state, QueueState::Done) << sums.at(i).first.toStdString() << " " << item.error.message.toStdString();
        EXPECT_EQ(fileBytes(h.output + QLatin1Char('/') + sums.at(i).first + QStringLiteral("/file.bin")), data);
        EXPECT_FALSE(QFileInfo::exists(h.output + QLatin1Char('/') + sums.at(i).first + QStringLiteral("/file.bin.part")));
    }
}

TEST(DownloadQueue, WrongChecksumFailsWithIntegrityAfterLimitedRetriesAndLeavesNothing)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(100000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    auto id = queue->add(h.request(server.url(QStringLiteral("/f.bin")), {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());
    EXPECT_EQ(item.state, QueueState::Failed);
    EXPECT_EQ(item.error.errorClass, ErrorClass::Integrity);
    EXPECT_TRUE(item.error.message.contains(QLatin1String("sha256")));
    EXPECT_EQ(server.requestCount(), 3);                    // the first download and two retries
    EXPECT_TRUE(filesUnder(h.output).isEmpty()) << filesUnder(h.output).join(QLatin1Char(' ')).toStdString();
}

TEST(DownloadQueue, HostileContentDispositionStaysInsideTheOutputFolder)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(5000);
    const QList<QByteArray> dispositions = {
        "attachment; filename=\"../../escaped.txt\"",
        "attachment; filename*=UTF-8''..%2F..%2F..%2Ftmp%2Fescaped2.txt",
        "attachment; filename=\"/etc/cron.d/evil\"",
        "attachment; filename=\"..\\\\..\\\\win.ini\"",
        "attachment; filename=\"CON\"",
        "attachment; filename=\"..\"",
    };
    server.setHandler([&](const RecordedRequest &r) {
        const int index = r.url().path().mid(1).toInt();
        auto response = LocalHttpServer::serveBytes(r, data);
        response.headers.append({QByteArray("Content-Disposition"), dispositions.at(index)});
        return response;
    });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    QList<qint64> ids;
    for (int i = 0; i < dispositions.size(); ++i) {
        auto r = h.request(server.url(QStringLiteral("/%1").arg(i)));
        r.outputFolder = h.output + QStringLiteral("/inner");
        ids << queue->add(r).value();
    }
    queue->start();
    QStringList finals;
    for (qint64 id : ids) {
        const auto item = runToRest(*queue, id);
        ASSERT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
        ASSERT_EQ(item.files.size(), 1);
        finals << item.files.first().finalPath;
        EXPECT_TRUE(isInsideFolder(item.files.first().finalPath, h.output + QStringLiteral("/inner")))
            << item.files.first().finalPath.toStdString();
    }
    EXPECT_TRUE(finals.contains(h.output + QStringLiteral("/inner/escaped.txt")));
    EXPECT_TRUE(finals.contains(h.output + QStringLiteral("/inner/_CON")));
    // Nothing landed beside or above the output folder.
    EXPECT_TRUE(filesUnder(h.output).filter(QStringLiteral("/inner/")).size() == filesUnder(h.output).size());
    EXPECT_FALSE(QFileInfo::exists(h.path(QStringLiteral("escaped.txt"))));
}

TEST(DownloadQueue, ExistingVerifiedFileIsNotFetchedAgain)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(40000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    QDir().mkpath(h.output);
    QFile existing(h.output + QStringLiteral("/have.bin"));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write(data);
    existing.close();
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    auto id = queue->add(h.request(server.url(QStringLiteral("/have.bin")), {{QStringLiteral("sha256"), hexOf(data, QCryptographicHash::Sha256)}}));
    queue->start();
    const auto item = runToRest(*queue, id.value());
    EXPECT_EQ(item.state, QueueState::Done);
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/have.bin")), data);
}

TEST(DownloadQueue, ExistingFileThatFailsItsChecksumIsReplacedByAVerifiedCopy)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(40000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    QDir().mkpath(h.output);
    QFile existing(h.output + QStringLiteral("/have.bin"));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("stale content");
    existing.close();
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    auto id = queue->add(h.request(server.url(QStringLiteral("/have.bin")), {{QStringLiteral("md5"), hexOf(data, QCryptographicHash::Md5)}}));
    queue->start();
    EXPECT_EQ(runToRest(*queue, id.value()).state, QueueState::Done);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/have.bin")), data);
}

TEST(DownloadQueue, JournalSurvivesReopenWithAllFields)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(12345);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data, "\"etag-42\"");
        response.headers.append({QByteArray("Last-Modified"), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")});
        return response;
    });
    QueueHarness h;
    QueueItemInfo before;
    qint64 pausedId = 0;
    {
        auto queue = h.makeQueue();
        ASSERT_TRUE(queue->open().ok());
        auto r = h.request(server.url(QStringLiteral("/j.bin")), {{QStringLiteral("sha1"), hexOf(data, QCryptographicHash::Sha1)}});
        r.priority = 5;
        const qint64 id = queue->add(r).value();
        auto paused = h.request(server.url(QStringLiteral("/later.bin")));
        paused.paused = true;
        pausedId = queue->add(paused).value();
        queue->start();
        before = runToRest(*queue, id);
        ASSERT_EQ(before.state, QueueState::Done);
    }
    auto reopened = h.makeQueue();
    ASSERT_TRUE(reopened->open().ok());
    ASSERT_EQ(reopened->ids().size(), 2);
    const auto after = *reopened->item(before.id);
    EXPECT_EQ(after.provider, QStringLiteral("http"));
    EXPECT_EQ(after.title, QStringLiteral("j.bin"));
    EXPECT_EQ(after.scene.link, before.scene.link);
    EXPECT_EQ(after.outputFolder, h.output);
    EXPECT_EQ(after.priority, 5);
    EXPECT_EQ(after.wish, QueueWish::Queued);
    EXPECT_EQ(after.state, QueueState::Done);
    EXPECT_EQ(after.attempts, before.attempts);
    EXPECT_EQ(after.added, before.added);
    ASSERT_EQ(after.files.size(), 1);
    const auto &f = after.files.first();
    EXPECT_EQ(f, before.files.first());
    EXPECT_EQ(f.etag, QByteArray("\"etag-42\""));
    EXPECT_EQ(f.lastModified, QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    EXPECT_EQ(f.totalSize, data.size());
    EXPECT_EQ(f.bytesOnDisk, data.size());
    EXPECT_EQ(f.checksums.value(QStringLiteral("sha1")), hexOf(data, QCryptographicHash::Sha1));
    EXPECT_EQ(f.finalPath, h.output + QStringLiteral("/j.bin"));
    EXPECT_EQ(f.partPath, h.output + QStringLiteral("/j.bin.part"));
    EXPECT_TRUE(f.done);
    EXPECT_EQ(reopened->item(pausedId)->wish, QueueWish::Paused);
    // The display order puts the higher priority first.
    EXPECT_EQ(reopened->items().first().id, before.id);
}

TEST(DownloadQueue, ConnectionCapOfTheProviderIsRespected)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(20000);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 150;
        return response;
    });
    QueueHarness h(2);
    auto queue = h.makeQueue(8);
    ASSERT_TRUE(queue->open().ok());
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << queue->add(h.request(server.url(QStringLiteral("/c%1.bin").arg(i)))).value();
    queue->start();
    for (qint64 id : ids)
        EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    EXPECT_EQ(server.requestCount(), 6);
    EXPECT_EQ(server.maxConcurrentConnections(), 2);
}

TEST(DownloadQueue, GlobalCapLimitsTransfersAcrossItems)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(20000);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 150;
        return response;
    });
    QueueHarness h(8);
    auto queue = h.makeQueue(1);
    ASSERT_TRUE(queue->open().ok());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << queue->add(h.request(server.url(QStringLiteral("/g%1.bin").arg(i)))).value();
    queue->start();
    for (qint64 id : ids)
        EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    EXPECT_EQ(server.maxConcurrentConnections(), 1);
}

TEST(DownloadQueue, PausedItemWaitsAndResumeRunsIt)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(10000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    auto r = h.request(server.url(QStringLiteral("/p.bin")));
    r.paused = true;
    const qint64 id = queue->add(r).value();
    QSignalSpy idle(queue.get(), &DownloadQueue::idle);
    queue->start();
    ASSERT_TRUE(idle.wait(5000));
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_EQ(queue->item(id)->state, QueueState::Waiting);
    EXPECT_EQ(queue->totals().paused, 1);
    ASSERT_TRUE(queue->resume(id).ok());
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/p.bin")), data);
}

TEST(DownloadQueue, PausedItemWithPartialDataResumesWithRange)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(400000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    // Make a partial file as if an earlier run had been paused, with its validator journaled.
    QDir().mkpath(h.output);
    {
        QFile part(h.output + QStringLiteral("/r.bin.part"));
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(data.left(150000));
    }
    auto req = h.request(server.url(QStringLiteral("/r.bin")), {{QStringLiteral("sha256"), hexOf(data, QCryptographicHash::Sha256)}});
    req.paused = true;
    const qint64 id = queue->add(req).value();
    queue->start();
    QTest::qWait(100);
    EXPECT_EQ(server.requestCount(), 0);
    ASSERT_TRUE(queue->resume(id).ok());
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    ASSERT_GE(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("Range"), QByteArray("bytes=150000-"));
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/r.bin")), data);
}

TEST(DownloadQueue, PauseWhileDownloadingStopsTheItem)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(50000);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 600;
        return response;
    });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const qint64 id = queue->add(h.request(server.url(QStringLiteral("/slow.bin")))).value();
    queue->start();
    ASSERT_TRUE(waitUntil([&] { return queue->item(id)->state == QueueState::Downloading; }));
    ASSERT_TRUE(queue->pause(id).ok());
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Paused);
    EXPECT_EQ(queue->item(id)->state, QueueState::Waiting);
    QTest::qWait(900);
    EXPECT_FALSE(QFileInfo::exists(h.output + QStringLiteral("/slow.bin")));
    EXPECT_EQ(queue->item(id)->state, QueueState::Waiting);
    ASSERT_TRUE(queue->resume(id).ok());
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/slow.bin")), data);
}

TEST(DownloadQueue, CancelDropsPartialDataAndRetryStartsOver)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(30000);
    int served = 0;
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = served++ == 0 ? 800 : 0;   // the first answer is slow: cancel meets it mid-way
        return response;
    });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    QDir().mkpath(h.output);
    {
        QFile part(h.output + QStringLiteral("/c.bin.part"));
        ASSERT_TRUE(part.open(QIODevice::WriteOnly));
        part.write(data.left(1000));
    }
    const qint64 id = queue->add(h.request(server.url(QStringLiteral("/c.bin")))).value();
    queue->start();
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() == 1; }));
    ASSERT_TRUE(queue->cancel(id).ok());
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(h.output + QStringLiteral("/c.bin.part")));
    QTest::qWait(1000);
    EXPECT_FALSE(QFileInfo::exists(h.output + QStringLiteral("/c.bin")));
    EXPECT_TRUE(queue->isIdle());

    ASSERT_TRUE(queue->retry(id).ok());
    EXPECT_EQ(queue->item(id)->wish, QueueWish::Queued);
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    ASSERT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().at(0).header("Range"), QByteArray("bytes=1000-"));
    EXPECT_TRUE(server.requests().at(1).header("Range").isEmpty());
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/c.bin")), data);
}

TEST(DownloadQueue, RetryOfAFailedItemRunsItAgain)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(3000);
    bool missing = true;
    server.setHandler([&](const RecordedRequest &r) {
        if (missing)
            return CannedResponse::text("gone", 404);
        return LocalHttpServer::serveBytes(r, data);
    });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const qint64 id = queue->add(h.request(server.url(QStringLiteral("/x.bin")))).value();
    queue->start();
    auto item = runToRest(*queue, id);
    EXPECT_EQ(item.state, QueueState::Failed);
    EXPECT_EQ(item.error.errorClass, ErrorClass::NotFound);
    missing = false;
    ASSERT_TRUE(queue->retry(id).ok());
    EXPECT_EQ(queue->item(id)->error.errorClass, ErrorClass::None);
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
}

TEST(DownloadQueue, SecondQueueOnTheSameJournalIsAReadOnlyViewWhoseRequestsTheRunnerApplies)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(3000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto runner = h.makeQueue();
    ASSERT_TRUE(runner->open().ok());
    ASSERT_TRUE(runner->isRunner());
    auto viewer = h.makeQueue();
    ASSERT_TRUE(viewer->open().ok());
    EXPECT_FALSE(viewer->isRunner());
    runner->start();

    auto req = h.request(server.url(QStringLiteral("/v.bin")));
    req.paused = true;
    const auto id = viewer->add(req);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(waitUntil([&] { return runner->item(id.value()).has_value(); }, 5000));
    EXPECT_EQ(server.requestCount(), 0);
    ASSERT_TRUE(viewer->resume(id.value()).ok());
    ASSERT_TRUE(waitUntil([&] { return viewer->item(id.value())->state == QueueState::Done; }, 10000));
    EXPECT_EQ(runner->item(id.value())->state, QueueState::Done);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/v.bin")), data);
}

TEST(DownloadQueue, ItemModelSignalsAndTotals)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(100000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    QSignalSpy added(queue.get(), &DownloadQueue::itemAdded);
    QSignalSpy changed(queue.get(), &DownloadQueue::itemChanged);
    QSignalSpy removed(queue.get(), &DownloadQueue::itemRemoved);
    const qint64 id = queue->add(h.request(server.url(QStringLiteral("/m.bin")))).value();
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().first().toLongLong(), id);
    queue->start();
    EXPECT_EQ(runToRest(*queue, id).state, QueueState::Done);
    bool sawState = false;
    for (const auto &args : std::as_const(changed)) {
        if (args.at(1).value<QueueFields>() & QueueField::State)
            sawState = true;
    }
    EXPECT_TRUE(sawState);
    const auto totals = queue->totals();
    EXPECT_EQ(totals.items, 1);
    EXPECT_EQ(totals.done, 1);
    EXPECT_EQ(totals.bytesDone, data.size());
    EXPECT_EQ(totals.bytesTotal, data.size());
    ASSERT_TRUE(queue->remove(id).ok());
    EXPECT_EQ(removed.size(), 1);
    EXPECT_TRUE(queue->ids().isEmpty());
    EXPECT_EQ(queue->remove(id).error().errorClass, ErrorClass::BadInput);
}

TEST(DownloadQueue, MultiFileItemFetchesEveryFileWithinTheCapIntoItsSceneFolder)
{
    LocalHttpServer server;
    QList<QByteArray> payloads;
    for (int i = 0; i < 4; ++i)
        payloads << testPayload(20000 + i, i + 10);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, payloads.at(r.url().path().mid(2, 1).toInt()));
        response.delayMs = 50;
        return response;
    });
    QueueHarness h(1);
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    QueueItemRequest r;
    r.provider = QStringLiteral("http");
    r.scene.sceneId = QStringLiteral("S2B_MSIL2A_20240101T000000_N0510_R000_T33UUU_20240101T000000");
    for (int i = 0; i < payloads.size(); ++i) {
        SceneAsset a;
        a.key = QStringLiteral("B%1").arg(i);
        a.href = server.url(QStringLiteral("/b%1.tif").arg(i));
        a.checksums.insert(QStringLiteral("md5"), hexOf(payloads.at(i), QCryptographicHash::Md5));
        r.scene.assets << a;
    }
    r.outputFolder = h.output;
    r.layout = QueueLayout::SceneFolder;
    const qint64 id = queue->add(r).value();
    queue->start();
    const auto item = runToRest(*queue, id);
    ASSERT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    ASSERT_EQ(item.files.size(), 4);
    for (int i = 0; i < payloads.size(); ++i)
        EXPECT_EQ(fileBytes(h.output + QLatin1Char('/') + r.scene.sceneId + QStringLiteral("/b%1.tif").arg(i)), payloads.at(i));
    EXPECT_EQ(server.maxConcurrentConnections(), 1);
    EXPECT_EQ(item.bytesTotal, item.bytesDone);
}

TEST(DownloadQueue, TwoRequestsOfAViewInQuickSuccessionAreBothApplied)
{
    // Resume, then a new priority, posted before the runner's next look at the journal: both
    // count (one column per item kept only the last, and the item stayed paused).
    LocalHttpServer server;
    const QByteArray data = testPayload(3000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto runner = h.makeQueue();
    ASSERT_TRUE(runner->open().ok());
    auto viewer = h.makeQueue();
    ASSERT_TRUE(viewer->open().ok());
    ASSERT_FALSE(viewer->isRunner());
    auto req = h.request(server.url(QStringLiteral("/twice.bin")));
    req.paused = true;
    const qint64 id = runner->add(req).value();
    runner->start();
    ASSERT_TRUE(waitUntil([&] { return viewer->item(id).has_value(); }, 5000));

    ASSERT_TRUE(viewer->resume(id).ok());
    ASSERT_TRUE(viewer->setPriority(id, 7).ok());

    ASSERT_TRUE(waitUntil([&] { return runner->item(id)->state == QueueState::Done; }, 10000))
        << "state " << queueStateName(runner->item(id)->state).toStdString();
    EXPECT_EQ(runner->item(id)->priority, 7);
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/twice.bin")), data);
}
