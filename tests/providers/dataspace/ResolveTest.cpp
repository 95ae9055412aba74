#include "core/net/NetworkAccess.h"
#include "core/settings/Settings.h"
#include "providers/dataspace/DataspaceProvider.h"
#include "tests/auth/StaticCredentials.h"
#include "tests/auth/TokenServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::dataspace;
using namespace eoc::test;

namespace {

struct Outcome {
    std::optional<DownloadPlan> plan;
    std::optional<Error> error;
};

Outcome runPlan(PlanJob *job)
{
    Outcome out;
    QObject::connect(job, &PlanJob::finished, job, [&out](const DownloadPlan &p) { out.plan = p; });
    QObject::connect(job, &PlanJob::failed, job, [&out](const Error &e) { out.error = e; });
    job->start();
    for (int i = 0; i < 500 && !out.plan && !out.error; ++i)
        QTest::qWait(20);
    delete job;
    return out;
}

SceneResult onlineScene()
{
    SceneResult s;
    s.sceneId = QStringLiteral("S1A_AUX_INS_V20140406T010000_G20140409T142540");
    s.provider = QStringLiteral("dataspace");
    s.collection = QStringLiteral("SENTINEL-1");
    s.remoteId = QStringLiteral("67360f3a-f36b-11ef-9d3f-0050561a7772");
    s.size = 728976;
    s.checksums = {{QStringLiteral("md5"), QStringLiteral("23383d85c5231487ce13d1c10aeb8e7b")},
                   {QStringLiteral("blake3"), QStringLiteral("6a7eacd5bd2ac39a1761270e3194302951d4db3a3ca44d0f2917b4473c45e955")}};
    return s;
}

struct Fixture {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    NetworkAccess network;
    StaticCredentials credentials{QStringLiteral("alice"), QStringLiteral("pa+ss&w=rd 1")};
    std::unique_ptr<DataspaceProvider> provider;

    explicit Fixture(bool withCredentials = true)
    {
        ProviderContext context;
        context.network = &network;
        context.settings = &settings;
        context.credentials = withCredentials ? &credentials : nullptr;
        provider = std::make_unique<DataspaceProvider>(context);
    }
};

} // namespace

TEST(DataspaceResolve, PlanHasValueUrlChecksumsSessionAndTrustedHosts)
{
    Fixture f;
    const auto out = runPlan(f.provider->resolve(onlineScene()));
    ASSERT_TRUE(out.plan.has_value()) << (out.error ? out.error->toString().toStdString() : "timeout");
    const DownloadPlan &plan = *out.plan;
    ASSERT_EQ(plan.files.size(), 1);
    EXPECT_EQ(plan.files.first().url.toString(),
              QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1/Products(67360f3a-f36b-11ef-9d3f-0050561a7772)/$value"));
    EXPECT_EQ(plan.files.first().relativePath, QStringLiteral("S1A_AUX_INS_V20140406T010000_G20140409T142540.zip"));
    EXPECT_EQ(plan.files.first().size, std::optional<qint64>(728976));
    EXPECT_EQ(plan.files.first().checksums.value(QStringLiteral("blake3")).size(), 64);
    EXPECT_TRUE(plan.trustedHosts.contains(QStringLiteral("download.dataspace.copernicus.eu")));
    EXPECT_TRUE(plan.trustedHosts.contains(QStringLiteral("zipper.dataspace.copernicus.eu")));
    EXPECT_FALSE(plan.trustedHosts.contains(QStringLiteral("catalogue.dataspace.copernicus.eu")));
    EXPECT_EQ(plan.maxConnections, 4);
    EXPECT_EQ(plan.limitKey, QStringLiteral("dataspace:alice"));
    EXPECT_FALSE(plan.offline);
    ASSERT_TRUE(plan.auth);

    // Every transfer of the account gets the same session.
    const auto again = runPlan(f.provider->resolve(onlineScene()));
    ASSERT_TRUE(again.plan.has_value());
    EXPECT_EQ(again.plan->auth, plan.auth);
}

TEST(DataspaceResolve, ConfiguredDownloadHostIsTrusted)
{
    Fixture f;
    ASSERT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.download_url=https://mirror.example.org/odata/v1")).ok());
    const auto out = runPlan(f.provider->resolve(onlineScene()));
    ASSERT_TRUE(out.plan.has_value());
    EXPECT_TRUE(out.plan->files.first().url.toString().startsWith(QStringLiteral("https://mirror.example.org/odata/v1/Products(")));
    EXPECT_TRUE(out.plan->trustedHosts.contains(QStringLiteral("mirror.example.org")));
}

TEST(DataspaceResolve, OfflineProductIsExplainedAndCannotBeOrdered)
{
    Fixture f;
    SceneResult scene = onlineScene();
    scene.online = false;
    const auto out = runPlan(f.provider->resolve(scene));
    ASSERT_TRUE(out.plan.has_value());
    EXPECT_TRUE(out.plan->offline);
    EXPECT_TRUE(out.plan->files.isEmpty());
    EXPECT_TRUE(out.plan->offlineReason.contains(QStringLiteral("Data Workspace")));
    const auto ordered = runPlan(f.provider->order(scene));
    ASSERT_TRUE(ordered.error.has_value());
    EXPECT_EQ(ordered.error->errorClass, ErrorClass::Offline);
    EXPECT_FALSE(f.provider->capabilities().canOrderOffline);
}

TEST(DataspaceResolve, NoAccountIsAnAuthError)
{
    Fixture f(false);
    const auto out = runPlan(f.provider->resolve(onlineScene()));
    ASSERT_TRUE(out.error.has_value());
    EXPECT_EQ(out.error->errorClass, ErrorClass::Auth);
    EXPECT_TRUE(out.error->message.contains(QStringLiteral("account add dataspace")));
}

// A plan's session against a local OpenID Connect endpoint configured through settings: a batch
// of 20 downloads started together logs in once, and shutdown() logs out.
TEST(DataspaceResolve, PlanSessionLogsInOnceAndLogsOutOnShutdown)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    tokens.loginDelayMs = 200;
    Fixture f;
    ASSERT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.token_url=") + tokens.tokenUrl().toString()).ok());
    ASSERT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.logout_url=") + tokens.logoutUrl().toString()).ok());
    ASSERT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.client_id=test-client")).ok());
    ASSERT_TRUE(f.settings.applyAssignment(QStringLiteral("dataspace.download_url=") + server.url(QStringLiteral("/odata/v1")).toString()).ok());
    tokens.username = QStringLiteral("alice");

    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 20; ++i) {
        const auto out = runPlan(f.provider->resolve(onlineScene()));
        ASSERT_TRUE(out.plan.has_value());
        HttpRequest request;
        request.url = tokens.resourceUrl();                     // stands in for the $value
        request.auth = out.plan->auth;
        request.trustedHosts = out.plan->trustedHosts;
        EXPECT_TRUE(out.plan->trustedHosts.contains(server.hostName()));
        spies.append(std::make_shared<QSignalSpy>(f.network.send(request), &HttpJob::finished));
    }
    for (auto &spy : spies) {
        ASSERT_TRUE(spy->count() > 0 || spy->wait(10000));
        EXPECT_TRUE(spy->first().first().value<HttpResponse>().ok());
    }
    EXPECT_EQ(tokens.passwordGrants, 1);
    EXPECT_EQ(tokens.resourceOk, 20);

    f.provider->shutdown();
    for (int i = 0; i < 100 && tokens.logouts.isEmpty(); ++i)
        QTest::qWait(20);
    ASSERT_EQ(tokens.logouts.size(), 1);
    EXPECT_EQ(tokens.logouts.first().queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
}

// `account test` logs in once with the environment's credentials and reports the outcome; the
// provider's refusal comes back with the provider's words.
TEST(AccountCommand, TestLogsInWithTheEnvironmentsCredentials)
{
    LocalHttpServer server;
    TokenServer tokens(server);
    QTemporaryDir home;
    auto run = [&](const QString &password) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("EOC_DATASPACE_USERNAME"), QStringLiteral("alice"));
        env.insert(QStringLiteral("EOC_DATASPACE_PASSWORD"), password);
        cli.setProcessEnvironment(env);
        cli.start(QString::fromUtf8(EOC_CLI_PATH),
                  {QStringLiteral("--set"), QStringLiteral("dataspace.token_url=") + tokens.tokenUrl().toString(),
                   QStringLiteral("--set"), QStringLiteral("dataspace.logout_url=") + tokens.logoutUrl().toString(),
                   QStringLiteral("--set"), QStringLiteral("dataspace.client_id=test-client"),
                   QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("dataspace")});
        QSignalSpy done(&cli, &QProcess::finished);
        EXPECT_TRUE(done.wait(20000));
        return std::make_tuple(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
                               QString::fromUtf8(cli.readAllStandardError()));
    };
    const auto [okCode, okOut, okErr] = run(tokens.password);
    EXPECT_EQ(okCode, 0) << okErr.toStdString();
    EXPECT_TRUE(okOut.contains(QStringLiteral("Logged in to Copernicus Data Space Ecosystem as alice"))) << okOut.toStdString();
    EXPECT_EQ(tokens.passwordGrants, 1);
    EXPECT_EQ(tokens.logouts.size(), 1) << "the test session is ended again";

    const auto [badCode, badOut, badErr] = run(QStringLiteral("not-the-password"));
    EXPECT_EQ(badCode, 1);
    EXPECT_TRUE(badErr.contains(QStringLiteral("Invalid user credentials"))) << badErr.toStdString();
    EXPECT_FALSE(badErr.contains(QStringLiteral("not-the-password")) || badOut.contains(QStringLiteral("not-the-password")));
}
