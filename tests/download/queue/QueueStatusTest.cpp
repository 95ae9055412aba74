// What the queue says about its items: a transfer waiting for a connection slot is not
// downloading, "pause all" leaves failed items failed, and the words shown for states and
// failures are readable and distinct.
#include "core/download/queue/QueueText.h"
#include "core/model/ByteSize.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QSet>

using namespace eoc;
using namespace eoc::test;

TEST(QueueStatus, ItemsWaitingForAConnectionSlotAreNotDownloading)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(20000);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 500;   // each answer holds its connection for a while
        return response;
    });
    QueueHarness h;
    // The network lets one request through at a time, the queue would start four.
    h.network().setGlobalConnectionCap(1);
    auto queue = h.makeQueue(4);
    ASSERT_TRUE(queue->open().ok());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << queue->add(h.request(server.url(QStringLiteral("/f%1.bin").arg(i)))).value();
    queue->start();
    const auto countIn = [&](QueueState state) {
        int n = 0;
        for (qint64 id : ids)
            n += queue->item(id)->state == state ? 1 : 0;
        return n;
    };
    ASSERT_TRUE(waitUntil([&] { return countIn(QueueState::Downloading) == 1 && countIn(QueueState::WaitingForConnection) == 2; }));
    EXPECT_EQ(queue->totals().active, 1);
    EXPECT_EQ(queue->totals().waiting, 2);
    for (qint64 id : ids) {
        const auto item = *queue->item(id);
        if (item.state == QueueState::WaitingForConnection) {
            EXPECT_EQ(queueStatusText(item), QStringLiteral("Waiting for a connection"));
        }
    }
    // Every item gets its turn, and never more than one downloads at once.
    int mostAtOnce = 0;
    ASSERT_TRUE(waitUntil([&] {
        mostAtOnce = std::max(mostAtOnce, countIn(QueueState::Downloading));
        return countIn(QueueState::Done) == 3;
    }));
    EXPECT_EQ(mostAtOnce, 1);
}

TEST(QueueStatus, PauseAllLeavesFailedItemsFailed)
{
    LocalHttpServer server;
    server.setHandler([&](const RecordedRequest &r) {
        if (r.target.contains("missing"))
            return CannedResponse::text("no such file", 404);
        auto response = LocalHttpServer::serveBytes(r, testPayload(20000));
        response.delayMs = 2000;
        return response;
    });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const qint64 missing = queue->add(h.request(server.url(QStringLiteral("/missing.bin")))).value();
    const qint64 slow = queue->add(h.request(server.url(QStringLiteral("/slow.bin")))).value();
    queue->start();
    EXPECT_EQ(runToRest(*queue, missing).state, QueueState::Failed);
    ASSERT_TRUE(waitUntil([&] { return queue->item(slow)->state == QueueState::Downloading; }));

    queue->pauseAll();

    const auto failed = *queue->item(missing);
    EXPECT_EQ(failed.state, QueueState::Failed);
    EXPECT_EQ(failed.wish, QueueWish::Queued);
    EXPECT_TRUE(queueStatusText(failed).startsWith(QStringLiteral("Failed: "))) << queueStatusText(failed).toStdString();
    EXPECT_EQ(queue->item(slow)->wish, QueueWish::Paused);
    EXPECT_EQ(queue->totals().failed, 1);
    EXPECT_EQ(queue->totals().paused, 1);
}

TEST(QueueStatus, EveryStateAndWishHasItsOwnWords)
{
    QSet<QString> seen;
    QueueItemInfo item;
    for (QueueState state : {QueueState::Waiting, QueueState::Resolving, QueueState::Ordered,
                             QueueState::WaitingForConnection, QueueState::Downloading, QueueState::Verifying,
                             QueueState::Done}) {
        item.state = state;
        seen.insert(queueStatusText(item));
    }
    item.state = QueueState::Downloading;
    item.wish = QueueWish::Paused;
    seen.insert(queueStatusText(item));
    item.wish = QueueWish::Cancelled;
    seen.insert(queueStatusText(item));
    item.wish = QueueWish::Queued;
    item.state = QueueState::Failed;
    item.error = Error(ErrorClass::Integrity, QStringLiteral("sha256 mismatch"));
    seen.insert(queueStatusText(item));
    EXPECT_EQ(seen.size(), 10);
    EXPECT_FALSE(seen.contains(QString()));
}

// A shared queue: an item whose worker stopped renewing its lease is not shown as downloading
// (its row still says so until another worker takes it over), nor counted as active.
TEST(QueueStatus, AnItemWhoseWorkerStoppedSaysSoInsteadOfDownloading)
{
    QueueItemInfo item;
    item.state = QueueState::Downloading;
    item.worker = QStringLiteral("dl-01");
    item.leaseUntil = QDateTime::currentDateTimeUtc().addSecs(30);
    EXPECT_EQ(queueStatusText(item), QStringLiteral("Downloading")) << "the lease still runs";
    item.leaseUntil = QDateTime::currentDateTimeUtc().addSecs(-1);
    EXPECT_TRUE(item.workerStopped());
    EXPECT_EQ(queueStatusText(item), QStringLiteral("Waiting for another worker (dl-01 stopped)"));
    item.state = QueueState::Done;
    EXPECT_EQ(queueStatusText(item), QStringLiteral("Done")) << "a done item needs no worker";
    item.state = QueueState::Downloading;
    item.wish = QueueWish::Paused;
    EXPECT_EQ(queueStatusText(item), QStringLiteral("Paused"));
}

TEST(QueueStatus, FailuresReadWithoutInternalClassNames)
{
    const Error error(ErrorClass::Integrity, QStringLiteral("sha256 of f.bin is 00, expected ff"));
    QueueItemInfo item;
    item.state = QueueState::Failed;
    item.error = error;
    EXPECT_EQ(queueStatusText(item), QStringLiteral("Failed: Checksum or size check failed"));
    EXPECT_EQ(problemText(error), QStringLiteral("Checksum or size check failed: sha256 of f.bin is 00, expected ff"));
    for (int c = int(ErrorClass::BadInput); c <= int(ErrorClass::Permanent); ++c) {
        const auto errorClass = ErrorClass(c);
        const QString label = errorClassLabel(errorClass);
        EXPECT_FALSE(label.isEmpty()) << c;
        EXPECT_NE(label, errorClassName(errorClass)) << c;
        EXPECT_FALSE(errorClassAdvice(errorClass).isEmpty()) << c;
    }
}

TEST(QueueStatus, ByteSizesUseBinaryUnits)
{
    EXPECT_EQ(formatByteSize(0), QStringLiteral("0 B"));
    EXPECT_EQ(formatByteSize(1023), QStringLiteral("1023 B"));
    EXPECT_EQ(formatByteSize(1536), QStringLiteral("1.5 KiB"));
    EXPECT_EQ(formatByteSize(68LL * 1024 * 1024 + 200 * 1024), QStringLiteral("68.2 MiB"));
    EXPECT_EQ(formatByteSize(4LL * 1024 * 1024 * 1024), QStringLiteral("4.0 GiB"));
}

TEST(QueueStatus, AnItemIsNotVerifyingWhileOneOfItsFilesWaitsToBeFetchedAgain)
{
    // B04 arrives at once; B08's first answer is a 503 with Retry-After, so its transfer waits
    // two seconds while B04 is verified. The item must not say "Verifying" before B08 is here.
    const QByteArray red = testPayload(30000, 4);
    const QByteArray nir = testPayload(30000, 8);
    LocalHttpServer server;
    bool nirServed = false;
    int nirRequests = 0;
    server.setHandler([&](const RecordedRequest &r) {
        if (r.url().path().endsWith(QLatin1String("/B04.tif")))
            return LocalHttpServer::serveBytes(r, red);
        if (++nirRequests == 1)
            return CannedResponse::text("busy", 503).withHeader("Retry-After", "2");
        nirServed = true;
        return LocalHttpServer::serveBytes(r, nir);
    });
    QueueHarness h;
    auto queue = h.makeQueue(h.queueOptions());
    ASSERT_TRUE(queue->open().ok());
    SceneResult scene = stacCopyOfScene(QStringLiteral("stac"), server.url(QStringLiteral("/s/B04.tif")), red);
    SceneAsset second = scene.assets.first();
    second.key = QStringLiteral("B08");
    second.href = server.url(QStringLiteral("/s/B08.tif"));
    second.checksums.insert(QStringLiteral("sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(nir, QCryptographicHash::Sha256).toHex()));
    scene.assets << second;
    QueueItemRequest request;
    request.provider = scene.provider;
    request.scene = scene;
    request.outputFolder = h.output;
    request.layout = QueueLayout::SceneFolder;
    const qint64 id = queue->add(request).value();
    QStringList verifyingTooEarly;
    int verifyingSeen = 0;
    QObject::connect(queue.get(), &DownloadQueue::itemChanged, queue.get(), [&](qint64 changed, QueueFields fields) {
        if (changed != id || !(fields & QueueField::State) || queue->item(id)->state != QueueState::Verifying)
            return;
        ++verifyingSeen;
        if (!nirServed)
            verifyingTooEarly << QStringLiteral("Verifying before B08 was fetched (B08 requests: %1)").arg(nirRequests);
    });
    queue->start();
    const QueueItemInfo done = runToRest(*queue, id, 60000);
    ASSERT_EQ(done.state, QueueState::Done) << done.error.message.toStdString();
    EXPECT_EQ(nirRequests, 2);
    EXPECT_TRUE(verifyingTooEarly.isEmpty()) << verifyingTooEarly.join(u'\n').toStdString();
    EXPECT_GE(verifyingSeen, 1) << "the last file's check is shown";
}
