// The rules for headers a user adds to a download: what is checked, what is secret, where they go.
#include "core/net/RequestRules.h"
#include "tests/download/transfer/TransferTestSupport.h"

using namespace eoc;
using namespace eoc::net;
using namespace eoc::test;

TEST(UserHeader, ParsesNameAndValue)
{
    const auto header = parseUserHeader(QStringLiteral("  X-Api-Key :  k-123  "));
    ASSERT_TRUE(header) << header.error().message.toStdString();
    EXPECT_EQ(header->first, QByteArray("X-Api-Key"));
    EXPECT_EQ(header->second, QByteArray("k-123"));
    // A value may hold colons and spaces.
    EXPECT_EQ(parseUserHeader(QStringLiteral("Authorization: Bearer a:b c"))->second, QByteArray("Bearer a:b c"));
}

TEST(UserHeader, RefusesLineBreaksAndControlCharactersWithoutEchoingTheValue)
{
    for (const QString &line : {QStringLiteral("X-Token: abc\r\nX-Evil: 1"), QStringLiteral("X-Token: abc\nX"),
                                QStringLiteral("X-Token: abc\rX"), QString::fromUtf8("X-Token: abc\0X", 14),
                                QStringLiteral("X-Token: abc\x7f")}) {
        const auto header = parseUserHeader(line);
        ASSERT_FALSE(header) << line.toStdString();
        EXPECT_EQ(header.error().errorClass, ErrorClass::BadInput);
        EXPECT_TRUE(header.error().message.contains(QLatin1String("X-Token"))) << header.error().message.toStdString();
        EXPECT_FALSE(header.error().message.contains(QLatin1String("abc"))) << header.error().message.toStdString();
    }
    EXPECT_TRUE(parseUserHeader(QStringLiteral("X-Token: a\tb")));   // a tab is allowed whitespace
}

TEST(UserHeader, RefusesBadNamesMissingColonsAndEmptyValues)
{
    EXPECT_FALSE(parseUserHeader(QStringLiteral("X Token: 1")));
    EXPECT_FALSE(parseUserHeader(QStringLiteral("X(Token): 1")));
    EXPECT_FALSE(parseUserHeader(QString::fromUtf8("X-Tökén: 1")));
    EXPECT_FALSE(parseUserHeader(QStringLiteral(": 1")));
    EXPECT_FALSE(parseUserHeader(QStringLiteral("X-Token:   ")));
    const auto noColon = parseUserHeader(QStringLiteral("Authorization Bearer s3cr3t"));
    ASSERT_FALSE(noColon);
    EXPECT_TRUE(noColon.error().message.contains(QLatin1String("Authorization")));
    EXPECT_FALSE(noColon.error().message.contains(QLatin1String("s3cr3t")));
}

TEST(UserHeader, RefusesHeadersTheEngineSets)
{
    for (const char *name : {"Range", "if-range", "Accept-Encoding", "Host", "Content-Length", "Transfer-Encoding",
                             "Connection", "If-None-Match"}) {
        EXPECT_EQ(userHeaderKind(name), UserHeaderKind::Refused) << name;
        const auto header = parseUserHeader(QLatin1String(name) + QStringLiteral(": x"));
        ASSERT_FALSE(header) << name;
        EXPECT_TRUE(header.error().message.contains(QLatin1String(name))) << header.error().message.toStdString();
    }
}

TEST(UserHeader, OnlyAShortListIsPlainEverythingElseIsSecret)
{
    for (const char *name : {"Accept", "accept-language", "User-Agent", "Cache-Control", "Pragma", "DNT"})
        EXPECT_EQ(userHeaderKind(name), UserHeaderKind::Plain) << name;
    for (const char *name : {"Authorization", "Cookie", "X-Auth-Token", "X-Api-Key", "Private-Token",
                             "X-Amz-Security-Token", "Referer", "X-Custom", "Proxy-Authorization"})
        EXPECT_EQ(userHeaderKind(name), UserHeaderKind::Secret) << name;
}

TEST(UserHeader, CredentialHeadersIncludeServiceSpecificNames)
{
    for (const char *name : {"Authorization", "Proxy-Authorization", "Cookie", "X-Auth-Token", "X-Api-Key",
                             "Private-Token", "X-Amz-Security-Token", "X-Session-Id", "apikey"})
        EXPECT_TRUE(isCredentialHeader(name)) << name;
    for (const char *name : {"Accept", "Content-Type", "Client-Id", "CMR-Search-After", "Range", "Keep-Alive"})
        EXPECT_FALSE(isCredentialHeader(name)) << name;
}

TEST(UserHeader, SameOriginIsSchemeHostAndPort)
{
    const QUrl from(QStringLiteral("https://data.example.org/a/b.tif"));
    EXPECT_TRUE(isSameOrigin(from, QUrl(QStringLiteral("https://DATA.example.org:443/other"))));
    EXPECT_FALSE(isSameOrigin(from, QUrl(QStringLiteral("http://data.example.org/a/b.tif"))));   // downgrade
    EXPECT_FALSE(isSameOrigin(from, QUrl(QStringLiteral("https://data.example.org:8443/a"))));
    EXPECT_FALSE(isSameOrigin(from, QUrl(QStringLiteral("https://cdn.example.org/a/b.tif"))));
    EXPECT_FALSE(isSameOrigin(from, QUrl(QStringLiteral("https://data.example.org.evil.test/a"))));
}

using TransferHeaders = TransferTest;

// Every header of the spec (the user's own) goes to the first host only, not just the known
// credential headers.
TEST_F(TransferHeaders, CrossHostRedirectDropsEveryUserHeader)
{
    LocalHttpServer first(QHostAddress(QStringLiteral("127.0.0.1")));
    LocalHttpServer second(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(second.isListening()) << "127.0.0.2 must be reachable on loopback";
    const QByteArray data = patternBytes(20000);
    second.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    first.route(QStringLiteral("/start"), CannedResponse::redirect(second.url(QStringLiteral("/file")).toEncoded()));

    TransferSpec spec = specFor(first.url(QStringLiteral("/start")));
    spec.headers = {{"X-Api-Key", "key-1"}, {"Private-Token", "pt-1"}, {"X-Custom", "c-1"}, {"Accept", "application/x-test"}};
    const auto outcome = runTransfer(m_network, spec);

    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(partPath()), data);
    ASSERT_EQ(first.requestCount(), 1);
    ASSERT_EQ(second.requestCount(), 1);
    for (const auto &[name, value] : spec.headers) {
        EXPECT_EQ(first.requests().first().header(name), value) << name.constData();
        EXPECT_TRUE(second.requests().first().header(name).isEmpty()) << name.constData() << " reached the second host";
    }
}

TEST_F(TransferHeaders, SameHostRedirectKeepsUserHeaders)
{
    const QByteArray data = patternBytes(5000);
    m_server.route(QStringLiteral("/start"), CannedResponse::redirect("/file"));
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    TransferSpec spec = specFor(m_server.url(QStringLiteral("/start")));
    spec.headers = {{"X-Api-Key", "key-1"}};
    const auto outcome = runTransfer(m_network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    ASSERT_EQ(m_server.requestCount(), 2);
    EXPECT_EQ(m_server.requests().at(1).header("X-Api-Key"), QByteArray("key-1"));
}
