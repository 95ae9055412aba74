// The composition root both programs use: its settings reach the network core.
#include "core/app/AppServices.h"
#include "core/net/BandwidthLimiter.h"
#include "core/settings/Settings.h"
#include "tests/support/LocalHttpServer.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

TEST(AppServices, ProxySettingCarriesTheRequests)
{
    LocalHttpServer proxy(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(proxy.isListening()) << "127.0.0.2 must be reachable on loopback";
    proxy.setHandler([](const RecordedRequest &) { return CannedResponse::text("via proxy"); });
    LocalHttpServer origin;
    origin.route(QStringLiteral("/x"), CannedResponse::text("direct"));

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(settings.setValue(QStringLiteral("network.proxy"),
                                  QStringLiteral("http://127.0.0.2:%1").arg(proxy.port())));
    AppServices services(settings);
    EXPECT_FALSE(services.networkSettingsError().isError());
    EXPECT_EQ(settings.value(QStringLiteral("network.max_answer_bytes")), QStringLiteral("256M"))
        << "the network settings' defaults are registered by the composition";

    HttpRequest request;
    request.url = origin.url(QStringLiteral("/x"));
    auto *job = services.network().send(request);
    QSignalSpy done(job, &HttpJob::finished);
    ASSERT_TRUE(done.wait(10000));
    const auto response = done.first().first().value<HttpResponse>();
    EXPECT_EQ(response.body, QByteArray("via proxy"));
    ASSERT_EQ(proxy.requestCount(), 1);
    EXPECT_EQ(proxy.requests().first().target, origin.url(QStringLiteral("/x")).toEncoded())
        << "a proxy sees the absolute-form request";
    EXPECT_EQ(origin.requestCount(), 0);
}

TEST(AppServices, ApplicationProxyIsNotOverriddenByANewNetworkCore)
{
    // Whatever the process-wide proxy is, creating the network core must not reset it.
    const QNetworkProxy before(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.2"), 3128);
    QNetworkProxy::setApplicationProxy(before);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    {
        NetworkAccess network;
        EXPECT_EQ(QNetworkProxy::applicationProxy(), before);
    }
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

TEST(AppServices, BandwidthScheduleReachesTheLimiterAndABadOneIsNamedWithItsOrigin)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(settings.setValue(QStringLiteral("network.bandwidth_limit"), QStringLiteral("100K")));
    ASSERT_TRUE(settings.setValue(QStringLiteral("network.bandwidth_schedule"), QStringLiteral("daily 00:00-24:00 1M")));
    {
        AppServices services(settings);
        EXPECT_FALSE(services.networkSettingsError().isError());
        EXPECT_EQ(services.network().bandwidth()->schedule().rules().size(), 1);
        EXPECT_EQ(services.network().bandwidth()->baseLimit(), 100 * 1024);
        EXPECT_EQ(services.network().bandwidth()->limit(), 1024 * 1024);   // every hour of every day
    }
    settings.applyAssignment(QStringLiteral("network.bandwidth_schedule=Mon-Fri 08:00-18:00 2M; Sun 09:00 0"));
    AppServices services(settings);
    const Error error = services.networkSettingsError();
    ASSERT_TRUE(error.isError());
    EXPECT_TRUE(error.message.contains(QLatin1String("network.bandwidth_schedule"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("rule 2"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("--set"))) << error.message.toStdString();
    EXPECT_TRUE(services.network().bandwidth()->schedule().isEmpty());
    EXPECT_EQ(services.network().bandwidth()->limit(), 100 * 1024);
}
