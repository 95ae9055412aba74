// The limits the workers of one queue share through its store, on the SQLite journal and on
// PostgreSQL: request-rate buckets that every worker draws on, and login sessions held as slots of
// their own that follow the provider's session rather than the worker's heartbeats. The session cap
// is also shown end to end: two workers' OpenID Connect sessions against a Keycloak-like token
// server, which never sees more live sessions than the cap.
#include "core/auth/OidcSession.h"
#include "core/download/queue/QueueSharedLimits.h"
#include "core/net/NetworkAccess.h"
#include "tests/auth/StaticCredentials.h"
#include "tests/auth/TokenServer.h"
#include "tests/download/queue/QueueStoreFixture.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace eoc;
using namespace eoc::test;

namespace {

using SharedLimitsTest = QueueStoreTest;

const QString kSession = QStringLiteral("dataspace:alice");

} // namespace

TEST_P(SharedLimitsTest, WorkersDrawRequestTokensFromOneBucket)
{
    auto other = openAnother();
    ASSERT_TRUE(other);
    const QString key = QStringLiteral("creodias");
    // 2 a second, 2 at most in the bucket: two requests at once, whichever worker sends them...
    EXPECT_EQ(store->takeRequestToken(key, 2.0, 2).value(), 0);
    EXPECT_EQ(other->takeRequestToken(key, 2.0, 2).value(), 0);
    // ...then the third waits for the bucket to fill again, at most the half second one token takes.
    const auto wait = store->takeRequestToken(key, 2.0, 2);
    ASSERT_TRUE(wait.ok()) << wait.error().message.toStdString();
    EXPECT_GT(wait.value(), 0);
    EXPECT_LE(wait.value(), 500);
    EXPECT_GT(other->takeRequestToken(key, 2.0, 2).value(), 0) << "the other worker sees the same empty bucket";
    EXPECT_EQ(other->takeRequestToken(QStringLiteral("http"), 2.0, 2).value(), 0) << "buckets are per key";

    QTest::qWait(int(wait.value()) + 50);
    EXPECT_EQ(other->takeRequestToken(key, 2.0, 2).value(), 0) << "refilled by the store's clock";
    EXPECT_EQ(store->takeRequestToken(QStringLiteral("free"), 0.0, 1).value(), 0) << "no rate, no wait";
}

TEST_P(SharedLimitsTest, SessionSlotsFollowTheProvidersSessionNotTheWorkersHeartbeats)
{
    auto other = openAnother();
    ASSERT_TRUE(other);
    QueueSharedLimits first(*store, QStringLiteral("w1"));
    QueueSharedLimits second(*other, QStringLiteral("w2"));
    EXPECT_EQ(first.holdSession(kSession, 1, 3600), 1);
    EXPECT_EQ(second.holdSession(kSession, 1, 3600), 0) << "the account's one session is w1's";
    EXPECT_EQ(second.holdSession(QStringLiteral("dataspace:bob"), 1, 3600), 1) << "sessions are per account";

    // w1's heartbeats renew its connection slots to a few seconds; its session keeps its own
    // lease. So does a worker starting again under w1's name: the provider still counts the session.
    ASSERT_TRUE(store->renewSlots(QStringLiteral("w1"), -5).ok());
    EXPECT_EQ(second.holdSession(kSession, 1, 3600), 0);
    ASSERT_TRUE(store->releaseAll(QStringLiteral("w1")).ok());
    EXPECT_EQ(second.holdSession(kSession, 1, 3600), 0);

    // The provider's session ran out (w1 died and never refreshed it): the slot is free.
    first.renewSession(kSession, 1, -5);
    EXPECT_EQ(second.holdSession(kSession, 1, 3600), 1);
    EXPECT_EQ(first.holdSession(kSession, 1, 3600), 0);
    // A logout frees it at once.
    second.endSession(kSession, 1);
    EXPECT_EQ(first.holdSession(kSession, 1, 3600), 1);
}

namespace {

using Answer = std::optional<Result<QPair<QByteArray, QByteArray>>>;

// Asks `session` for its header; `answer` gets it when it comes.
void ask(OidcSession &session, QObject &context, Answer &answer)
{
    session.authorize(&context, [&answer](const Result<QPair<QByteArray, QByteArray>> &r) { answer = r; });
}

// The token server's account at "dataspace", capped at `maxSessions` across the workers.
OidcConfig accountOf(const TokenServer &tokens, int maxSessions)
{
    OidcConfig config;
    config.tokenUrl = tokens.tokenUrl();
    config.logoutUrl = tokens.logoutUrl();
    config.clientId = tokens.clientId;
    config.provider = QStringLiteral("dataspace");
    config.account = tokens.username;
    config.maxSessions = maxSessions;
    return config;
}

// Two workers as two machines have them: a network each, sharing their limits through a
// connection of its own to the store.
struct TwoWorkers {
    TwoWorkers(QueueStore &firstStore, QueueStore &secondStore)
        : firstLimits(firstStore, QStringLiteral("w1")), secondLimits(secondStore, QStringLiteral("w2"))
    {
        first.setSharedLimits(&firstLimits);
        second.setSharedLimits(&secondLimits);
    }
    ~TwoWorkers()
    {
        first.setSharedLimits(nullptr);
        second.setSharedLimits(nullptr);
    }
    QueueSharedLimits firstLimits;
    QueueSharedLimits secondLimits;
    NetworkAccess first;
    NetworkAccess second;
};

} // namespace

// Two workers, each with its own network and its own connection to the store, log in to one
// account whose shared cap is one session: the second login waits until the first session is
// ended, so the token server never has two sessions of the account at once.
TEST_P(SharedLimitsTest, ASecondWorkersLoginWaitsForTheAccountsOnlySession)
{
    auto other = openAnother();
    ASSERT_TRUE(other);
    LocalHttpServer server;
    TokenServer tokens(server);
    StaticCredentials credentials(tokens.username, tokens.password);
    TwoWorkers workers(*store, *other);
    OidcSession first(&workers.first, &credentials, accountOf(tokens, 1));
    OidcSession second(&workers.second, &credentials, accountOf(tokens, 1));
    second.setSessionWaitInterval(100);

    QObject context;
    Answer firstHeader;
    Answer secondHeader;
    ask(first, context, firstHeader);
    ASSERT_TRUE(waitUntil([&] { return firstHeader.has_value(); }, 10000));
    ASSERT_TRUE(firstHeader->ok()) << firstHeader->error().message.toStdString();

    ask(second, context, secondHeader);
    QTest::qWait(800);
    EXPECT_FALSE(secondHeader.has_value()) << "the second worker logged in beside the first";
    EXPECT_EQ(tokens.passwordGrants, 1);

    first.end();
    ASSERT_TRUE(waitUntil([&] { return secondHeader.has_value(); }, 10000)) << "the freed session was not taken";
    ASSERT_TRUE(secondHeader->ok()) << secondHeader->error().message.toStdString();
    EXPECT_EQ(tokens.passwordGrants, 2);
    ASSERT_EQ(tokens.logouts.size(), 1) << "the first session was ended before the second began";

    // Without a shared cap (a lone process), nothing waits.
    OidcSession third(&workers.second, &credentials, accountOf(tokens, 0));
    Answer thirdHeader;
    ask(third, context, thirdHeader);
    ASSERT_TRUE(waitUntil([&] { return thirdHeader.has_value(); }, 10000));
    EXPECT_TRUE(thirdHeader->ok());
}

// A login the provider refuses (a wrong password) ends no session of its own: its slot is free
// at once for another worker, which logs in without waiting.
TEST_P(SharedLimitsTest, ARefusedLoginLetsItsSessionSlotGo)
{
    auto other = openAnother();
    ASSERT_TRUE(other);
    LocalHttpServer server;
    TokenServer tokens(server);
    StaticCredentials wrong(tokens.username, QStringLiteral("not-the-password"));
    StaticCredentials right(tokens.username, tokens.password);
    TwoWorkers workers(*store, *other);
    OidcSession refused(&workers.first, &wrong, accountOf(tokens, 1));
    OidcSession accepted(&workers.second, &right, accountOf(tokens, 1));

    QObject context;
    Answer refusedHeader;
    ask(refused, context, refusedHeader);
    ASSERT_TRUE(waitUntil([&] { return refusedHeader.has_value(); }, 10000));
    ASSERT_FALSE(refusedHeader->ok());
    EXPECT_EQ(refusedHeader->error().errorClass, ErrorClass::Auth) << refusedHeader->error().message.toStdString();

    Answer acceptedHeader;
    ask(accepted, context, acceptedHeader);
    ASSERT_TRUE(waitUntil([&] { return acceptedHeader.has_value(); }, 3000)) << "the refused login kept its slot";
    EXPECT_TRUE(acceptedHeader->ok()) << acceptedHeader->error().message.toStdString();
    EXPECT_EQ(tokens.passwordGrants, 2);
}

INSTANTIATE_TEST_SUITE_P(Stores, SharedLimitsTest, ::testing::Values("sqlite", "postgresql"), storeParameterName);
