// `download --from` with results merged from two sources (what `search --provider a,b` writes):
// the first source keeps refusing (429, then 503), the item is fetched from the second, and
// `queue list --json` names the source that delivered it and the one that failed.
#include "tests/download/queue/QueueCliSupport.h"

#include "core/model/SceneResult.h"

#include <QJsonArray>

using namespace eoc;
using namespace eoc::test;

class SourceFailoverCli : public CliFixture
{
};

TEST_F(SourceFailoverCli, DownloadFromMergedResultsFallsBackAndTheQueueListNamesTheSources)
{
    const QByteArray data = testPayload(150000, 41);
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    refuseWith429Then503(first);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });

    SceneResult merged = stacCopyOfScene(QStringLiteral("stac:earth-search"), first.url(QStringLiteral("/cogs/B04.tif")), data);
    merged.otherSources.push_back(stacCopyOfScene(QStringLiteral("stac:planetary-computer"), second.url(QStringLiteral("/blob/B04.tif")), data));
    QFile results(path(QStringLiteral("results.json")));
    ASSERT_TRUE(results.open(QIODevice::WriteOnly));
    results.write(QJsonDocument(resultsToJson({merged})).toJson());
    results.close();

    const CliProcessRun run = runCli({QStringLiteral("--set"), QStringLiteral("download.max_attempts=2"), QStringLiteral("download"),
                                      QStringLiteral("--from"), results.fileName(), QStringLiteral("--output"), path(QStringLiteral("out"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(fileBytes(path(QStringLiteral("out/B04.tif"))), data);
    EXPECT_GE(first.requestCount(), 2);

    const QList<QJsonObject> items = queueItems();
    ASSERT_EQ(items.size(), 1);
    const QJsonObject item = items.first();
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    EXPECT_EQ(item.value(QStringLiteral("source")).toString(), QStringLiteral("stac:planetary-computer"));
    const QJsonArray failed = item.value(QStringLiteral("failed_sources")).toArray();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("stac:earth-search"));
    EXPECT_EQ(failed.at(0).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("transient"));
}
