#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QString pluginFolder()
{
    return qEnvironmentVariable("EOC_PLUGIN_PATH", QStringLiteral(EOC_BINARY_DIR "/lib/eo-collector/providers"));
}

struct Loaded {
    ProviderRegistry registry;
    Settings settings;
    ProviderContext context;
    Provider *provider = nullptr;
    Loaded()
    {
        registry.loadPluginsFrom({pluginFolder()});
        context.settings = &settings;
        auto p = registry.provider(QStringLiteral("http"), context, &settings);
        if (p)
            provider = p.value();
    }
};

std::optional<DownloadPlan> resolve(Provider *provider, const SceneResult &scene, Error *error = nullptr)
{
    std::unique_ptr<PlanJob> job(provider->resolve(scene));
    QSignalSpy done(job.get(), &PlanJob::finished);
    QSignalSpy failed(job.get(), &PlanJob::failed);
    job->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 2000));
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().value<Error>();
        return std::nullopt;
    }
    return done.first().first().value<DownloadPlan>();
}

} // namespace

TEST(HttpProvider, IsAPlugInNamedHttp)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr) << l.registry.warnings().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(l.provider->name(), QStringLiteral("http"));
    EXPECT_EQ(l.provider->title(), QStringLiteral("Plain links"));
    EXPECT_FALSE(l.provider->capabilities().canSearch);
}

TEST(HttpProvider, ResolvesALinkWithChecksumsSizeNameAndHeaders)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr);
    SceneResult s;
    s.sceneId = QStringLiteral("x");
    s.link = QUrl(QStringLiteral("https://example.org/files/a.zip"));
    s.size = 1234;
    s.checksums.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('a')));
    s.attributes.insert(QStringLiteral("fileName"), QStringLiteral("b.zip"));
    s.attributes.insert(QStringLiteral("headers"), QJsonArray{QStringLiteral("X-Api: 1"), QStringLiteral("Accept: */*")});
    const auto plan = resolve(l.provider, s);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->files.size(), 1);
    EXPECT_EQ(plan->files.first().url, s.link);
    EXPECT_EQ(plan->files.first().relativePath, QStringLiteral("b.zip"));
    EXPECT_EQ(plan->files.first().size, 1234);
    EXPECT_EQ(plan->files.first().checksums, s.checksums);
    ASSERT_EQ(plan->headers.size(), 2);
    EXPECT_EQ(plan->headers.first().first, QByteArray("X-Api"));
    EXPECT_EQ(plan->headers.first().second, QByteArray("1"));
    EXPECT_EQ(plan->limitKey, QStringLiteral("http"));
}

TEST(HttpProvider, ResolvesFtpAndFtpsLinks)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr);
    for (const char *link : {"ftp://ftp.example.org/pub/a.hdf", "ftps://ftp.example.org:2121/b.tif"}) {
        SceneResult s;
        s.sceneId = QStringLiteral("f");
        s.link = QUrl(QLatin1String(link));
        const auto plan = resolve(l.provider, s);
        ASSERT_TRUE(plan) << link;
        ASSERT_EQ(plan->files.size(), 1);
        EXPECT_EQ(plan->files.first().url, s.link);
        EXPECT_EQ(plan->limitKey, QStringLiteral("http"));
    }
}

TEST(HttpProvider, ConnectionCapIsASetting)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr);
    EXPECT_EQ(l.provider->capabilities().maxConnections, 4);
    ASSERT_TRUE(l.settings.applyAssignment(QStringLiteral("http.max_connections=7")).ok());
    EXPECT_EQ(l.provider->capabilities().maxConnections, 7);
}

TEST(HttpProvider, RejectsWhatItCannotFetch)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr);
    SceneResult gopher;
    gopher.sceneId = QStringLiteral("g");
    gopher.link = QUrl(QStringLiteral("gopher://example.org/a"));
    Error e;
    EXPECT_FALSE(resolve(l.provider, gopher, &e));
    EXPECT_EQ(e.errorClass, ErrorClass::BadInput);

    SceneResult local;
    local.sceneId = QStringLiteral("l");
    local.link = QUrl(QStringLiteral("file:///etc/passwd"));
    EXPECT_FALSE(resolve(l.provider, local, &e));

    SceneResult header;
    header.sceneId = QStringLiteral("h");
    header.link = QUrl(QStringLiteral("https://example.org/a"));
    header.attributes.insert(QStringLiteral("headers"), QJsonArray{QStringLiteral("no colon here")});
    EXPECT_FALSE(resolve(l.provider, header, &e));
    EXPECT_TRUE(e.message.contains(QLatin1String("no colon here")));

    SceneResult empty;
    empty.sceneId = QStringLiteral("e");
    EXPECT_FALSE(resolve(l.provider, empty, &e));
}

TEST(HttpProvider, ResultWithAssetsDownloadsEveryHttpAsset)
{
    Loaded l;
    ASSERT_NE(l.provider, nullptr);
    SceneResult s;
    s.sceneId = QStringLiteral("stac-item");
    SceneAsset a;
    a.key = QStringLiteral("B04");
    a.href = QUrl(QStringLiteral("https://example.org/B04.tif"));
    a.size = 10;
    SceneAsset b = a;
    b.key = QStringLiteral("s3");
    b.href = QUrl(QStringLiteral("s3://bucket/B04.tif"));
    s.assets = {a, b};
    const auto plan = resolve(l.provider, s);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->files.size(), 1);
    EXPECT_EQ(plan->files.first().url, a.href);
}
