// Metalink mirrors: when a file's URL fails, the queue tries the file's other URLs in turn.
#include "core/download/queue/Metalink.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace eoc;
using namespace eoc::test;

namespace {

// The request `download --metalink` makes for one <file> with these URLs.
QueueItemRequest metalinkRequest(const QueueHarness &h, const QList<QUrl> &urls, const Checksums &checksums)
{
    MetalinkFile file;
    file.name = QStringLiteral("scene.bin");
    file.urls = urls;
    file.checksums = checksums;
    QueueItemRequest r = h.request(urls.first(), checksums);
    r.scene = metalinkFileToResult(file);
    return r;
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST(MirrorFailover, AMissingFileOnTheFirstServerIsFetchedFromTheMirror)
{
    const QByteArray data = testPayload(200000, 21);
    LocalHttpServer primary(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer mirror(QHostAddress(QStringLiteral("127.0.0.2")));
    primary.setHandler([](const RecordedRequest &) { return CannedResponse::text("gone", 404); });
    mirror.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(metalinkRequest(h, {primary.url(QStringLiteral("/a/scene.bin")),
                                                   mirror.url(QStringLiteral("/b/scene.bin"))},
                                               {{QStringLiteral("sha256"), sha256Of(data)}}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());

    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/scene.bin")), data);
    EXPECT_EQ(primary.requestCount(), 1);
    EXPECT_GE(mirror.requestCount(), 1);
}

TEST(MirrorFailover, ACutTransferContinuesFromTheMirrorWithRangeWhenAChecksumGuardsIt)
{
    const QByteArray data = testPayload(400000, 22);
    LocalHttpServer primary(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer mirror(QHostAddress(QStringLiteral("127.0.0.2")));
    // The first server sends 150000 bytes, then has lost the file.
    primary.setHandler([&](const RecordedRequest &r) {
        if (!r.header("Range").isEmpty())
            return CannedResponse::text("no longer here", 404);
        auto response = LocalHttpServer::serveBytes(r, data);
        response.cutAfterBytes = 150000;
        return response;
    });
    mirror.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(metalinkRequest(h, {primary.url(QStringLiteral("/scene.bin")),
                                                   mirror.url(QStringLiteral("/scene.bin"))},
                                               {{QStringLiteral("sha256"), sha256Of(data)}}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value(), 60000);

    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(h.output + QStringLiteral("/scene.bin")), data);
    ASSERT_GE(mirror.requestCount(), 1);
    EXPECT_EQ(mirror.requests().first().header("Range"), QByteArray("bytes=150000-"));
    // The first server's ETag means nothing to the mirror.
    EXPECT_TRUE(mirror.requests().first().header("If-Range").isEmpty());
}

TEST(MirrorFailover, WhenEveryUrlFailsTheItemFailsWithTheLastError)
{
    LocalHttpServer primary(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer mirror(QHostAddress(QStringLiteral("127.0.0.2")));
    primary.setHandler([](const RecordedRequest &) { return CannedResponse::text("gone", 404); });
    mirror.setHandler([](const RecordedRequest &) { return CannedResponse::text("forbidden", 403); });
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(metalinkRequest(h, {primary.url(QStringLiteral("/scene.bin")),
                                                   mirror.url(QStringLiteral("/scene.bin"))},
                                               {}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());

    EXPECT_EQ(item.state, QueueState::Failed);
    EXPECT_TRUE(item.error.message.contains(QStringLiteral("403"))) << item.error.message.toStdString();
    EXPECT_EQ(primary.requestCount(), 1);
    EXPECT_EQ(mirror.requestCount(), 1);
    EXPECT_TRUE(filesUnder(h.output).isEmpty()) << filesUnder(h.output).join(QLatin1Char(' ')).toStdString();
}
