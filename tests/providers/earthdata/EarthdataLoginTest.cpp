#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

#include "core/auth/AuthSession.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::test;

namespace {

const QByteArray kFileBytes = "HDF-granule-bytes";
const QByteArray kBasic = "Basic " + QByteArray("edl-user:edl-secret-pw").toBase64();

// A DAAC (data host, 127.0.0.1) that sends unknown clients to Earthdata Login (127.0.0.2) and,
// once it has a session, to a pre-signed storage URL on a third host (127.0.0.3).
struct EarthdataHosts {
    LocalHttpServer data{QHostAddress(QStringLiteral("127.0.0.1"))};
    LocalHttpServer urs{QHostAddress(QStringLiteral("127.0.0.2"))};
    LocalHttpServer storage{QHostAddress(QStringLiteral("127.0.0.3"))};

    EarthdataHosts()
    {
        storage.setHandler([](const RecordedRequest &request) { return LocalHttpServer::serveBytes(request, kFileBytes); });
        data.setHandler([this](const RecordedRequest &request) {
            const QString path = request.url().path();
            const QByteArray signedUrl = storage.url(QStringLiteral("/bucket/granule.hdf?X-Amz-Signature=abc")).toEncoded();
            if (path == QLatin1String("/login")) {
                const QString code = QUrlQuery(request.url()).queryItemValue(QStringLiteral("code"));
                if (code != QLatin1String("granted"))
                    return CannedResponse::text("bad code", 401);
                return CannedResponse::redirect(data.url(QStringLiteral("/lp-prod-protected/MOD13Q1.061/granule.hdf")).toEncoded())
                    .withHeader("Set-Cookie", "daac_session=s3cr3t; Path=/; HttpOnly");
            }
            if (request.header("Authorization") == "Bearer edl-token-xyz"
                || request.header("Cookie").contains("daac_session=s3cr3t"))
                return CannedResponse::redirect(signedUrl);
            const QByteArray callback = QUrl::toPercentEncoding(data.url(QStringLiteral("/login")).toString());
            return CannedResponse::redirect(urs.url(QStringLiteral("/oauth/authorize")).toEncoded()
                                            + "?client_id=daac&response_type=code&redirect_uri=" + callback);
        });
        urs.setHandler([](const RecordedRequest &request) {
            if (request.header("Authorization") != kBasic)
                return CannedResponse::text("Unauthorized", 401);
            const QString back = QUrlQuery(request.url()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
            return CannedResponse::redirect(back.toUtf8() + "?code=granted");
        });
    }

    QUrl fileUrl() const { return data.url(QStringLiteral("/lp-prod-protected/MOD13Q1.061/granule.hdf")); }
};

SceneResult granule(const QUrl &file)
{
    SceneResult s;
    s.provider = QStringLiteral("earthdata");
    s.collection = QStringLiteral("MOD13Q1.061");
    s.sceneId = QStringLiteral("MOD13Q1.A2024161.h29v09.061.2024181211247");
    SceneAsset asset;
    asset.key = file.fileName();
    asset.href = file;
    asset.roles = {QStringLiteral("data")};
    asset.size = kFileBytes.size();
    asset.checksums.insert(QStringLiteral("md5"), QStringLiteral("0123"));
    s.assets = {asset};
    s.link = file;
    return s;
}

// Fetches a plan's first file the way the download engine does: through NetworkAccess with the
// plan's trusted hosts and auth session, following redirects.
HttpResponse download(NetworkAccess &network, const DownloadPlan &plan)
{
    HttpRequest request;
    request.url = plan.files.first().url;
    request.trustedHosts = plan.trustedHosts;
    request.auth = plan.auth;
    auto *job = network.send(request);
    HttpResponse response;
    bool done = false;
    QObject guard;
    QObject::connect(job, &HttpJob::finished, &guard, [&](const HttpResponse &r) { response = r; done = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 15000));
    return response;
}

bool anySecret(const LocalHttpServer &server)
{
    const auto requests = server.requests();
    for (const auto &r : requests) {
        if (!r.header("Authorization").isEmpty() || !r.header("Cookie").isEmpty())
            return true;
        if (r.body.contains("edl-secret-pw") || r.target.contains("edl-secret-pw"))
            return true;
    }
    return false;
}

Credentials password()
{
    Credentials c;
    c.provider = QStringLiteral("earthdata");
    c.account = QStringLiteral("edl-user");
    c.secret = QStringLiteral("edl-secret-pw");
    c.kind = QStringLiteral("password");
    return c;
}

} // namespace

TEST(EarthdataLogin, PasswordGoesOnlyToTheLoginHostAndTheCookieOnlyToTheDataHost)
{
    EarthdataHosts hosts;
    ASSERT_TRUE(hosts.urs.isListening() && hosts.storage.isListening());
    LoadedProvider loaded(QStringLiteral("earthdata"), password());
    loaded.set(QStringLiteral("earthdata.urs_url"), hosts.urs.url(QStringLiteral("/")).toString());

    const auto outcome = runPlan(loaded.provider->resolve(granule(hosts.fileUrl())));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_TRUE(outcome.plan);
    const DownloadPlan plan = *outcome.plan;
    EXPECT_FALSE(plan.auth);   // the session is a cookie now, no credential travels with the plan
    EXPECT_EQ(plan.trustedHosts, QStringList{QStringLiteral("127.0.0.1")});
    ASSERT_EQ(plan.files.size(), 1);
    EXPECT_EQ(plan.files.first().checksums.value(QStringLiteral("md5")), QStringLiteral("0123"));
    EXPECT_EQ(plan.files.first().relativePath, QStringLiteral("granule.hdf"));

    // Earthdata Login saw the Basic credentials, once.
    ASSERT_EQ(hosts.urs.requestCount(), 1);
    EXPECT_EQ(hosts.urs.requests().first().header("Authorization"), kBasic);
    // The data host never saw the password nor an Authorization header.
    const auto dataRequests = hosts.data.requests();
    ASSERT_EQ(dataRequests.size(), 2);   // the file (-> login) and the callback
    for (const auto &r : dataRequests) {
        EXPECT_TRUE(r.header("Authorization").isEmpty());
        EXPECT_FALSE(r.target.contains("edl-secret-pw"));
    }
    EXPECT_EQ(hosts.storage.requestCount(), 0);

    // The download: the data host gets its cookie, the storage host nothing secret.
    const HttpResponse response = download(loaded.network, plan);
    ASSERT_TRUE(response.ok()) << response.error.message.toStdString();
    EXPECT_EQ(response.body, kFileBytes);
    EXPECT_TRUE(hosts.data.requests().last().header("Cookie").contains("daac_session=s3cr3t"));
    EXPECT_TRUE(hosts.data.requests().last().header("Authorization").isEmpty());
    EXPECT_EQ(hosts.storage.requestCount(), 1);
    EXPECT_FALSE(anySecret(hosts.storage));
    EXPECT_EQ(hosts.urs.requestCount(), 1);
}

TEST(EarthdataLogin, WrongPasswordIsAnAuthError)
{
    EarthdataHosts hosts;
    Credentials wrong = password();
    wrong.secret = QStringLiteral("not-it");
    LoadedProvider loaded(QStringLiteral("earthdata"), wrong);
    loaded.set(QStringLiteral("earthdata.urs_url"), hosts.urs.url(QStringLiteral("/")).toString());
    const auto outcome = runPlan(loaded.provider->resolve(granule(hosts.fileUrl())));
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->errorClass, ErrorClass::Auth);
    EXPECT_FALSE(outcome.error->message.contains(QStringLiteral("not-it")));
    EXPECT_EQ(hosts.storage.requestCount(), 0);
}

TEST(EarthdataLogin, LoginHostOtherThanTheConfiguredOneNeverGetsTheCredentials)
{
    EarthdataHosts hosts;
    LoadedProvider loaded(QStringLiteral("earthdata"), password());
    // The data host sends us to 127.0.0.2, but the configured Earthdata Login is elsewhere.
    loaded.set(QStringLiteral("earthdata.urs_url"), QStringLiteral("https://urs.earthdata.nasa.gov"));
    const auto outcome = runPlan(loaded.provider->resolve(granule(hosts.fileUrl())));
    // Treated as "no login needed"; the login host was not contacted and saw nothing.
    EXPECT_EQ(hosts.urs.requestCount(), 0);
    ASSERT_TRUE(outcome.plan);
}

TEST(EarthdataLogin, BearerTokenGoesOnlyToTrustedHosts)
{
    EarthdataHosts hosts;
    Credentials token;
    token.provider = QStringLiteral("earthdata");
    token.secret = QStringLiteral("edl-token-xyz");
    token.kind = QStringLiteral("token");
    LoadedProvider loaded(QStringLiteral("earthdata"), token);
    loaded.set(QStringLiteral("earthdata.urs_url"), hosts.urs.url(QStringLiteral("/")).toString());

    const auto outcome = runPlan(loaded.provider->resolve(granule(hosts.fileUrl())));
    ASSERT_FALSE(outcome.error) << outcome.error->message.toStdString();
    ASSERT_TRUE(outcome.plan && outcome.plan->auth);
    EXPECT_EQ(outcome.plan->trustedHosts, QStringList{QStringLiteral("127.0.0.1")});
    EXPECT_EQ(hosts.data.requestCount(), 0);   // nothing to do before the download

    const HttpResponse response = download(loaded.network, *outcome.plan);
    ASSERT_TRUE(response.ok()) << response.error.message.toStdString();
    EXPECT_EQ(response.body, kFileBytes);
    ASSERT_EQ(hosts.data.requestCount(), 1);
    EXPECT_EQ(hosts.data.requests().first().header("Authorization"), QByteArray("Bearer edl-token-xyz"));
    EXPECT_EQ(hosts.storage.requestCount(), 1);
    EXPECT_FALSE(anySecret(hosts.storage));
    EXPECT_EQ(hosts.urs.requestCount(), 0);

    // The stored token is reused, never minted again: the same session for the next granule.
    const auto again = runPlan(loaded.provider->resolve(granule(hosts.fileUrl())));
    ASSERT_TRUE(again.plan);
    EXPECT_EQ(again.plan->auth, outcome.plan->auth);
}
