// Named saved searches: the one owner of saved-searches.json, and `eo-collector-cli search
// --saved NAME` / `--list-saved` running the real CLI against a local STAC server that answers
// with recorded Earth Search pages (tests/data/stac, see the PROVENANCE there).
#include "tests/support/LocalHttpServer.h"

#include "core/settings/SavedSearches.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct SavedSearchCli : ::testing::Test {
    QTemporaryDir home;
    QString configDir() const { return home.filePath(QStringLiteral("config/eo-collector")); }
    QString savedPath() const { return configDir() + QStringLiteral("/saved-searches.json"); }

    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(EOC_CLI_PATH), arguments);
        // The local server lives on this thread: keep its event loop turning while the CLI runs.
        QSignalSpy done(&process, &QProcess::finished);
        EXPECT_TRUE(done.wait(60000)) << "the CLI did not finish";
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};

SearchQuery denverS2()
{
    SearchQuery q;
    q.provider = QStringLiteral("stac");
    q.collection = QStringLiteral("sentinel-2-l2a");
    q.region = Region::fromBox({-105.2, 40.1, -105.0, 40.2});
    q.start = QDate(2025, 7, 1);
    q.end = QDate(2025, 7, 31);
    q.cloudMax = 40.0;
    q.extra.insert(QStringLiteral("s2:nodata_pixel_percentage"), QStringLiteral("<=10"));
    return q;
}

CannedResponse recorded(const LocalHttpServer &server, const QString &file)
{
    QByteArray body = readTestData(QStringLiteral("stac/stac_earth_search/") + file);
    body.replace(QByteArray("https://earth-search.aws.element84.com/v1"), server.url(QString()).toEncoded());
    return CannedResponse::json(body);
}

} // namespace

TEST_F(SavedSearchCli, SavedSearchesRoundTripThroughTheFileOwnerOnly)
{
    SavedSearches saved(savedPath());
    ASSERT_TRUE(saved.load());
    EXPECT_TRUE(saved.names().isEmpty());
    ASSERT_TRUE(saved.save(QStringLiteral("Denver summer"), denverS2()));
    ASSERT_TRUE(saved.save(QStringLiteral("  another "), SearchQuery{}));
    EXPECT_EQ(QFile(savedPath()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);

    SavedSearches reread(savedPath());
    ASSERT_TRUE(reread.load());
    EXPECT_EQ(reread.names(), (QStringList{QStringLiteral("Denver summer"), QStringLiteral("another")}));
    const Result<SearchQuery> query = reread.find(QStringLiteral("Denver summer"));
    ASSERT_TRUE(query);
    EXPECT_EQ(query->toJson(), denverS2().toJson());
    ASSERT_TRUE(reread.remove(QStringLiteral("another")));
    EXPECT_FALSE(reread.save(QStringLiteral("  "), denverS2()));

    SavedSearches third(savedPath());
    ASSERT_TRUE(third.load());
    EXPECT_EQ(third.names(), QStringList{QStringLiteral("Denver summer")});
}

TEST_F(SavedSearchCli, MalformedFileIsNamedAndNotOverwritten)
{
    ASSERT_TRUE(QDir().mkpath(configDir()));
    QFile file(savedPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"searches\": {");
    file.close();
    SavedSearches saved(savedPath());
    const Status loaded = saved.load();
    ASSERT_FALSE(loaded);
    EXPECT_TRUE(loaded.error().message.contains(savedPath()));

    const CliRun listed = run({QStringLiteral("search"), QStringLiteral("--list-saved")});
    EXPECT_EQ(listed.exitCode, 2) << listed.err.toStdString();
    EXPECT_TRUE(listed.err.contains(savedPath().toUtf8())) << listed.err.toStdString();
}

TEST_F(SavedSearchCli, ListSavedPrintsNamesWithProviderAndCollection)
{
    SavedSearches saved(savedPath());
    ASSERT_TRUE(saved.save(QStringLiteral("Denver summer"), denverS2()));
    const CliRun listed = run({QStringLiteral("search"), QStringLiteral("--list-saved")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.out, QByteArray("Denver summer\tstac\tsentinel-2-l2a\n"));
}

TEST_F(SavedSearchCli, UnknownNameIsBadInputListingTheKnownNames)
{
    SavedSearches saved(savedPath());
    ASSERT_TRUE(saved.save(QStringLiteral("Denver summer"), denverS2()));
    ASSERT_TRUE(saved.save(QStringLiteral("Brasilia"), denverS2()));
    const CliRun result = run({QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("Denvr")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("'Denvr'")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("Brasilia, Denver summer")) << result.err.toStdString();
}

TEST_F(SavedSearchCli, SavedSearchRunsWithCommandLineOptionsOverridingIt)
{
    SavedSearches saved(savedPath());
    ASSERT_TRUE(saved.save(QStringLiteral("Denver summer"), denverS2()));
    LocalHttpServer server;
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return recorded(server, QStringLiteral("v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return recorded(server, QStringLiteral("v1_collections.json"));
        if (path == QLatin1String("/search"))
            return recorded(server, QStringLiteral("v1_search_two_collections_p2_empty.json"));
        return CannedResponse::text("not found", 404);
    });
    // One request for the whole date range (not date ranges side by side), to read its body.
    const CliRun result = run({QStringLiteral("search"), QStringLiteral("--saved"), QStringLiteral("Denver summer"),
                               QStringLiteral("--set"), QStringLiteral("stac.url=") + server.url(QString()).toString(),
                               QStringLiteral("--set"), QStringLiteral("stac.search_connections=1"),
                               QStringLiteral("--start"), QStringLiteral("2025-07-10"), QStringLiteral("--cloud-max"),
                               QStringLiteral("15"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(result.out).object().contains(QStringLiteral("results")));

    QJsonObject body;
    for (const RecordedRequest &r : server.requests())
        if (r.url().path() == QLatin1String("/search"))
            body = QJsonDocument::fromJson(r.body).object();
    ASSERT_FALSE(body.isEmpty()) << "no search went out";
    // Saved: collection, box and end date and the filter; given here: the start and the cloud limit.
    EXPECT_EQ(body.value(QStringLiteral("collections")).toArray(), QJsonArray{QStringLiteral("sentinel-2-l2a")});
    // The saved box comes back as a box, and goes out as one.
    EXPECT_EQ(body.value(QStringLiteral("bbox")).toArray(), (QJsonArray{-105.2, 40.1, -105.0, 40.2}))
        << QJsonDocument(body).toJson().toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("intersects")));
    const QString datetime = body.value(QStringLiteral("datetime")).toString();
    EXPECT_TRUE(datetime.startsWith(QLatin1String("2025-07-10"))) << datetime.toStdString();
    EXPECT_TRUE(datetime.contains(QLatin1String("2025-07-31"))) << datetime.toStdString();
    const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    EXPECT_TRUE(text.contains("\"eo:cloud_cover\":{\"lte\":15}")) << text.toStdString();
    EXPECT_FALSE(text.contains("\"lte\":40")) << text.toStdString();
    EXPECT_TRUE(text.contains("nodata_pixel_percentage")) << text.toStdString();
}
