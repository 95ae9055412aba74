// Streaming transfers share the network core's connection slots and bandwidth limit.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

using namespace eoc;
using namespace eoc::test;

TEST(TransferLimits, ParallelTransfersRespectTheProviderCap)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalHttpServer server;
    const QByteArray data = patternBytes(64 * 1024);
    server.setHandler([&](const RecordedRequest &r) {
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 120;   // long enough for the transfers to overlap
        return response;
    });
    NetworkAccess network;
    network.setPolicy(fastTransferPolicy());
    network.setLimits(QStringLiteral("prov"), {2, 0});

    std::vector<std::unique_ptr<Transfer>> transfers;
    int finished = 0;
    QList<TransferOutcome> outcomes;
    QObject context;
    for (int i = 0; i < 6; ++i) {
        TransferSpec spec;
        spec.url = server.url(QStringLiteral("/f%1").arg(i));
        spec.partPath = dir.filePath(QStringLiteral("f%1.part").arg(i));
        spec.limitKey = QStringLiteral("prov");
        transfers.push_back(std::make_unique<Transfer>(&network, spec));
        QObject::connect(transfers.back().get(), &Transfer::finished, &context, [&](const TransferOutcome &o) {
            outcomes.append(o);
            ++finished;
        });
        transfers.back()->start();
    }
    QElapsedTimer timer;
    timer.start();
    while (finished < 6 && timer.elapsed() < 20000)
        QTest::qWait(10);
    ASSERT_EQ(finished, 6);
    for (const auto &o : outcomes)
        EXPECT_FALSE(o.error.isError()) << o.error.toString().toStdString();
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(readFile(dir.filePath(QStringLiteral("f%1.part").arg(i))), data);
    EXPECT_LE(server.maxConcurrentConnections(), 2);
    EXPECT_EQ(network.limiter()->inFlightTotal(), 0);
}

TEST(TransferLimits, BandwidthLimitPacesReads)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalHttpServer server;
    const QByteArray data = patternBytes(300 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    NetworkAccess network;
    network.setPolicy(fastTransferPolicy());
    network.setBandwidthLimit(200 * 1024);

    TransferSpec spec;
    spec.url = server.url(QStringLiteral("/big"));
    spec.partPath = dir.filePath(QStringLiteral("big.part"));
    QElapsedTimer timer;
    timer.start();
    const auto outcome = runTransfer(network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(sha256(readFile(spec.partPath)), sha256(data));
    // 300 KiB at 200 KiB/s, starting from an empty bucket: at least about 1.5 s.
    EXPECT_GE(timer.elapsed(), 1300);

    // Lifted: the same file arrives at loopback speed.
    network.setBandwidthLimit(0);
    QFile::remove(spec.partPath);
    timer.restart();
    const auto fast = runTransfer(network, spec);
    ASSERT_FALSE(fast.error.isError());
    EXPECT_LT(timer.elapsed(), 1000);
}

TEST(TransferLimits, RateLimitAppliesToTransfers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LocalHttpServer server;
    const QByteArray data = patternBytes(1000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    NetworkAccess network;
    network.setLimits(QStringLiteral("prov"), {0, 4.0});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i) {
        TransferSpec spec;
        spec.url = server.url(QStringLiteral("/f"));
        spec.partPath = dir.filePath(QStringLiteral("f%1.part").arg(i));
        spec.limitKey = QStringLiteral("prov");
        EXPECT_FALSE(runTransfer(network, spec).error.isError());
    }
    EXPECT_GE(timer.elapsed(), 2 * 1000 / 4);
}
