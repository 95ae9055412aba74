// A login service that redirects the user's password to another host, through the real CLI.
#include "tests/cli/CliRunner.h"
#include "tests/support/LocalHttpServer.h"

#include <gtest/gtest.h>

using namespace eoc::test;

TEST(HostileToken, AccountTestDoesNotRepostThePasswordElsewhere)
{
    LocalHttpServer tokenServer(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer elsewhere(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(elsewhere.isListening()) << "127.0.0.2 must be reachable on loopback";
    elsewhere.route(QStringLiteral("/token"),
                    CannedResponse::json(R"({"access_token":"a","expires_in":600,"refresh_token":"r"})"));
    tokenServer.route(QStringLiteral("/token"),
                      CannedResponse::redirect(elsewhere.url(QStringLiteral("/token")).toEncoded(), 307));
    // Any logout stays on this host too (an empty URL setting is refused).
    tokenServer.route(QStringLiteral("/logout"), CannedResponse::text("", 204));

    QProcessEnvironment env;
    env.insert(QStringLiteral("EOC_DATASPACE_USERNAME"), QStringLiteral("ann@example.org"));
    env.insert(QStringLiteral("EOC_DATASPACE_PASSWORD"), QStringLiteral("correct-horse-battery"));
    const auto run = runCli({QStringLiteral("--set"),
                             QStringLiteral("dataspace.token_url=") + tokenServer.url(QStringLiteral("/token")).toString(),
                             QStringLiteral("--set"), QStringLiteral("dataspace.logout_url=") + tokenServer.url(QStringLiteral("/logout")).toString(),
                             QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("dataspace")},
                            env);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    QList<RecordedRequest> logins;
    for (const auto &request : tokenServer.requests()) {
        if (request.url().path() == QLatin1String("/token"))
            logins << request;
    }
    ASSERT_EQ(logins.size(), 1);
    EXPECT_TRUE(logins.first().body.contains("correct-horse-battery"));
    for (const auto &request : elsewhere.requests())
        EXPECT_FALSE(request.body.contains("correct-horse-battery")) << "the password reached 127.0.0.2";
    EXPECT_EQ(elsewhere.requestCount(), 0);
    EXPECT_TRUE(run.err.contains("127.0.0.2")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("correct-horse-battery"));
}
