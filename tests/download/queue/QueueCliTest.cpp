// The CLI's download and queue commands as a user runs them: a separate process, the journal in
// XDG_DATA_HOME, a real server on loopback.
#include "tests/download/queue/QueueCliSupport.h"

#include <QJsonArray>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <sys/resource.h>

using namespace eoc;
using namespace eoc::test;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_F(CliFixture, DownloadsAUrlWithChecksumAndNamesTheFileAfterThePath)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(200000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/dir/scene%20one.tif")).toString(),
                             QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--sha256"), sha256(data),
                             QStringLiteral("--header"), QStringLiteral("X-Test: yes")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/scene one.tif"))), data);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("X-Test"), QByteArray("yes"));
    // The journal is where XDG_DATA_HOME says.
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("xdg/eo-collector/queue.sqlite"))));
    const auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
}

TEST_F(CliFixture, WrongChecksumExitsOneAndLeavesNothing)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(1000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/f.bin")).toString(),
                             QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--md5"),
                             QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(filesUnder(path(QStringLiteral("out"))).isEmpty());
    // --json: one object per line, the last one says why.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_FALSE(lines.isEmpty());
    for (const QByteArray &line : lines)
        EXPECT_TRUE(QJsonDocument::fromJson(line).isObject()) << line.toStdString();
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    EXPECT_EQ(last.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(last.value(QStringLiteral("error_class")).toString(), QStringLiteral("integrity"));
}

TEST_F(CliFixture, DownloadsSavedResults)
{
    LocalHttpServer server;
    const QByteArray a = testPayload(5000, 1);
    const QByteArray b = testPayload(7000, 2);
    server.setHandler([&](const RecordedRequest &r) {
        return LocalHttpServer::serveBytes(r, r.url().path().endsWith(QLatin1String("a.bin")) ? a : b);
    });
    const QByteArray json = R"({"total": 2, "results": [
        {"scene_id": "scene-a", "provider": "http", "link": ")" + server.url(QStringLiteral("/a.bin")).toEncoded() + R"(",
         "checksums": {"sha256": ")" + sha256(a).toLatin1() + R"("}},
        {"scene_id": "scene-b", "provider": "http", "link": ")" + server.url(QStringLiteral("/b.bin")).toEncoded() + R"("}]})";
    QFile file(path(QStringLiteral("results.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--from"), file.fileName(),
                             QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--layout"),
                             QStringLiteral("scene-folder")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/scene-a/a.bin"))), a);
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/scene-b/b.bin"))), b);
}

TEST_F(CliFixture, BadInputExitsTwo)
{
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("gopher://example.org/x")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("file:///etc/passwd")}).exitCode, 2);
    // --mask walks an FTP folder: not an http URL, nor several URLs.
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x/"),
                      QStringLiteral("--mask"), QStringLiteral("*.tif")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("ftp://127.0.0.1:9/a/"),
                      QStringLiteral("--url"), QStringLiteral("ftp://127.0.0.1:9/b/"), QStringLiteral("--mask"), QStringLiteral("*.tif")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("ftp://127.0.0.1:9/a/"),
                      QStringLiteral("--mask"), QStringLiteral("%Q.tif")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x"),
                      QStringLiteral("--sha256"), QStringLiteral("xyz")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x"),
                      QStringLiteral("--limit-rate"), QStringLiteral("fast")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("download")}).exitCode, 2);
    // A header that would smuggle a second one in: refused before anything is journaled.
    const CliProcessRun secret = runCli({QStringLiteral("download"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/x"),
                                  QStringLiteral("--header"), QStringLiteral("Authorization: Bearer abc\r\nX-Evil: 1")});
    EXPECT_EQ(secret.exitCode, 2);
    EXPECT_FALSE(secret.err.contains("abc"));
    EXPECT_EQ(runCli({QStringLiteral("download"), QStringLiteral("--scene-id"), QStringLiteral("S2A_X"),
                      QStringLiteral("--provider"), QStringLiteral("no-such-provider")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("explode")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("pause"), QStringLiteral("42")}).exitCode, 2);
}

TEST_F(CliFixture, MetalinkWithParallelJobs)
{
    LocalHttpServer server;
    QList<QByteArray> payloads;
    for (int i = 0; i < 5; ++i)
        payloads << testPayload(30000 + i, i);
    server.setHandler([&](const RecordedRequest &r) {
        const int i = r.url().path().mid(2).toInt();
        auto response = LocalHttpServer::serveBytes(r, payloads.at(i));
        response.delayMs = 100;
        return response;
    });
    QByteArray xml = "<?xml version=\"1.0\"?>\n<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n";
    for (int i = 0; i < payloads.size(); ++i) {
        xml += "<file name=\"part" + QByteArray::number(i) + ".bin\"><size>" + QByteArray::number(payloads.at(i).size())
               + "</size><hash type=\"sha-256\">" + sha256(payloads.at(i)).toLatin1() + "</hash><url>"
               + server.url(QStringLiteral("/f%1").arg(i)).toEncoded() + "</url></file>\n";
    }
    xml += "</metalink>\n";
    QFile file(path(QStringLiteral("files.meta4")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    const CliProcessRun r = runCli({QStringLiteral("download"), QStringLiteral("--metalink"), file.fileName(),
                             QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--jobs"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (int i = 0; i < payloads.size(); ++i)
        EXPECT_EQ(fileBytes(path(QStringLiteral("out/part%1.bin").arg(i))), payloads.at(i));
    EXPECT_EQ(server.maxConcurrentConnections(), 3);
}

TEST_F(CliFixture, KilledMidTransferResumesFromItsJournalWithRange)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(6 * 1024 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QStringList args = {QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/big.bin")).toString(),
                              QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--sha256"), sha256(data)};
    // Slowly, so that it is surely mid-way when killed.
    QProcess *first = startCli(args + QStringList{QStringLiteral("--limit-rate"), QStringLiteral("512K")});
    const QString part = path(QStringLiteral("out/big.bin.part"));
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(part).size() > 300000; }, 30000));
    first->kill();   // SIGKILL: no chance to clean up
    ASSERT_TRUE(waitUntil([&] { return first->state() == QProcess::NotRunning; }, 10000));
    const qint64 kept = QFileInfo(part).size();
    ASSERT_GT(kept, 0);
    ASSERT_LT(kept, data.size());
    server.clearRequests();

    const CliProcessRun second = runCli({QStringLiteral("queue"), QStringLiteral("run")});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString() << second.out.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/big.bin"))), data);
    EXPECT_FALSE(QFileInfo::exists(part));
    ASSERT_GE(server.requestCount(), 1);
    const QByteArray range = server.requests().first().header("Range");
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-$"));
    const auto m = re.match(QString::fromLatin1(range));
    ASSERT_TRUE(m.hasMatch()) << range.toStdString();
    EXPECT_GT(m.captured(1).toLongLong(), 0);
    EXPECT_EQ(server.requests().first().header("If-Range"), QByteArray("\"v1\""));

    // The same download command again: already done, nothing fetched.
    server.clearRequests();
    const CliProcessRun third = runCli(args);
    EXPECT_EQ(third.exitCode, 0);
    EXPECT_EQ(server.requestCount(), 0);

    // Once the file is gone, the same command fetches it again.
    QFile::remove(path(QStringLiteral("out/big.bin")));
    const CliProcessRun fourth = runCli(args);
    EXPECT_EQ(fourth.exitCode, 0) << fourth.err.toStdString();
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/big.bin"))), data);
}

TEST_F(CliFixture, FullDiskPausesTheItemAndKeepsThePartialData)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(3 * 1024 * 1024);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QStringList args = {QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/huge.bin")).toString(),
                              QStringLiteral("--output"), path(QStringLiteral("out"))};
    constexpr rlim_t limit = 1024 * 1024;
    const CliProcessRun full = runCli(args, 60000, [] {
        // A file-size limit acts like a full disk for this process only (the journal stays far
        // below it). SIGXFSZ would kill the process instead of failing the write.
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl {limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &rl);
    });
    EXPECT_EQ(full.exitCode, 1) << full.err.toStdString();
    const QString part = path(QStringLiteral("out/huge.bin.part"));
    EXPECT_EQ(QFileInfo(part).size(), qint64(limit));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out/huge.bin"))));
    const auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("wish")).toString(), QStringLiteral("paused"));
    EXPECT_EQ(items.first().value(QStringLiteral("error_class")).toString(), QStringLiteral("local-disk"));
    EXPECT_FALSE(items.first().value(QStringLiteral("error")).toString().isEmpty());

    // With room again, the same command resumes the paused item from its partial data.
    server.clearRequests();
    const CliProcessRun again = runCli(args);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/huge.bin"))), data);
    ASSERT_GE(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("Range"), QByteArray("bytes=1048576-"));
}

TEST_F(CliFixture, QueueCommandsControlTheJournal)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(1000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    // An item that fails (404), then is retried with the server fixed.
    bool missing = true;
    server.setHandler([&](const RecordedRequest &r) {
        return missing ? CannedResponse::text("no", 404) : LocalHttpServer::serveBytes(r, data);
    });
    const CliProcessRun failed = runCli({QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/q.bin")).toString(),
                                  QStringLiteral("--output"), path(QStringLiteral("out"))});
    EXPECT_EQ(failed.exitCode, 1);
    auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("error_class")).toString(), QStringLiteral("not-found"));
    const QString id = QString::number(items.first().value(QStringLiteral("id")).toInteger());

    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("pause"), id}).exitCode, 0);
    EXPECT_EQ(queueItems().first().value(QStringLiteral("wish")).toString(), QStringLiteral("paused"));
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("cancel"), QStringLiteral("--all")}).exitCode, 0);
    EXPECT_EQ(queueItems().first().value(QStringLiteral("wish")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("retry"), id}).exitCode, 0);
    EXPECT_EQ(queueItems().first().value(QStringLiteral("wish")).toString(), QStringLiteral("queued"));
    missing = false;
    const CliProcessRun run = runCli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(queueItems().first().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/q.bin"))), data);
}

// `download --no-run` only fills the queue: nothing is fetched until something runs it.
TEST_F(CliFixture, DownloadWithNoRunOnlyQueuesAndQueueRunFetchesLater)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(5000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const QStringList download{QStringLiteral("download"), QStringLiteral("--url"), server.url(QStringLiteral("/a.bin")).toString(),
                               QStringLiteral("--url"), server.url(QStringLiteral("/b.bin")).toString(),
                               QStringLiteral("--output"), path(QStringLiteral("out")), QStringLiteral("--no-run")};
    const CliProcessRun queued = runCli(download + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(queued.exitCode, 0) << queued.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0) << "nothing is fetched";
    const QJsonArray ids = QJsonDocument::fromJson(queued.out).object().value(QStringLiteral("queued")).toArray();
    ASSERT_EQ(ids.size(), 2) << queued.out.toStdString();
    auto items = queueItems();
    ASSERT_EQ(items.size(), 2);
    for (const QJsonObject &item : std::as_const(items)) {
        EXPECT_EQ(item.value(QStringLiteral("wish")).toString(), QStringLiteral("queued"));
        EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("out/a.bin"))));

    // The same request again adds nothing: the items are already queued.
    const CliProcessRun again = runCli(download);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    // The ids of the items already queued, whatever the plural form the translation gives.
    EXPECT_TRUE(again.out.contains("in the queue (1, 2)")) << again.out.toStdString();
    EXPECT_EQ(queueItems().size(), 2);

    const CliProcessRun run = runCli({QStringLiteral("queue"), QStringLiteral("run")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/a.bin"))), data);
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/b.bin"))), data);
    EXPECT_EQ(server.requestCount(), 2);
}

// `queue list` says what the desktop application says: an item whose transfer waits for a
// connection slot is not downloading, and a failure reads as words, not as an internal class.
TEST_F(CliFixture, QueueListShowsWaitingForAConnectionAndReadableFailures)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(20000);
    server.setHandler([&](const RecordedRequest &r) {
        if (r.url().path() == QLatin1String("/missing.bin"))
            return CannedResponse::text("no such file", 404);
        auto response = LocalHttpServer::serveBytes(r, data);
        response.delayMs = 20000;
        return response;
    });
    QueueHarness h;
    h.network().setGlobalConnectionCap(1);
    DownloadQueue::Options options = h.queueOptions();
    options.journalPath = path(QStringLiteral("xdg/eo-collector/queue.sqlite"));
    auto queue = h.makeQueue(options);
    ASSERT_TRUE(queue->open().ok());
    QList<qint64> ids;
    // The missing file first: it has the only connection for a moment, then fails.
    for (const char *name : {"/missing.bin", "/a.bin", "/b.bin"})
        ids << queue->add(h.request(server.url(QLatin1String(name)))).value();
    queue->start();
    ASSERT_TRUE(waitUntil([&] {
        return queue->item(ids.at(0))->state == QueueState::Failed
               && queue->item(ids.at(1))->state == QueueState::Downloading
               && queue->item(ids.at(2))->state == QueueState::WaitingForConnection;
    }));
    const CliProcessRun list = runCli({QStringLiteral("queue"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QStringList lines = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << list.out.toStdString();
    EXPECT_TRUE(lines.at(0).contains(QLatin1String("Failed: Not found"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QLatin1String("Downloading"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).contains(QLatin1String("Waiting for a connection"))) << lines.at(2).toStdString();
    EXPECT_FALSE(list.out.contains("not-found:")) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains("downloading")) << list.out.toStdString();
}
