// `download --header` and URL user info end to end: the secret reaches the first host, not the
// host a redirect leads to, and no file the program writes. Runs without a keychain here, and with
// one in download-keyring-test.sh.
#include "tests/download/credentials/DownloadCredentialCliSupport.h"

using namespace eoc;
using namespace eoc::test;

TEST_F(DownloadCredentials, AuthorizationHeaderGoesToTheFirstHostOnlyAndIsWrittenNowhere)
{
    secretHeaderReachesTheFirstHostOnly("Authorization");
}

TEST_F(DownloadCredentials, ApiKeyHeaderGoesToTheFirstHostOnlyAndIsWrittenNowhere)
{
    secretHeaderReachesTheFirstHostOnly("X-Api-Key");
}

TEST_F(DownloadCredentials, CookieHeaderIsAccepted)
{
    const QByteArray data = testPayload(1000);
    m_first.setHandler([data](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const CliOutput r = download(m_first.url(QStringLiteral("/c.bin")), {QStringLiteral("--header"), QStringLiteral("Cookie: s=cookie-v1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_first.requests().first().header("Cookie"), QByteArray("s=cookie-v1"));
    EXPECT_TRUE(filesHolding("cookie-v1").isEmpty());
}

TEST_F(DownloadCredentials, UrlUserInfoBecomesBasicAuthorizationAndLeavesTheJournal)
{
    const QByteArray data = testPayload(3000);
    m_first.setHandler([data](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QUrl url = m_first.url(QStringLiteral("/u.bin"));
    url.setUserName(QStringLiteral("alice"));
    url.setPassword(QStringLiteral("pw@Secret-77"));
    const CliOutput r = download(url, {});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray basic = QByteArray("alice:pw@Secret-77").toBase64();
    EXPECT_EQ(m_first.requests().first().header("Authorization"), "Basic " + basic);
    EXPECT_TRUE(filesHolding("Secret-77").isEmpty());
    EXPECT_TRUE(filesHolding(basic).isEmpty());
    EXPECT_FALSE(r.err.contains("Secret-77"));
    const auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    const QString link = items.first().value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("url")).toString();
    EXPECT_FALSE(link.contains(QLatin1String("alice"))) << link.toStdString();
}

TEST_F(DownloadCredentials, LineBreakInAHeaderExitsTwoAndJournalsNothing)
{
    const CliOutput r = download(m_first.url(QStringLiteral("/f.bin")),
                           {QStringLiteral("--header"), QStringLiteral("X-Api-Key: abc-secret\r\nX-Evil: 1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("X-Api-Key")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("abc-secret"));
    EXPECT_EQ(m_first.requestCount(), 0);
    EXPECT_FALSE(QFileInfo::exists(journal()));
    EXPECT_TRUE(filesHolding("abc-secret").isEmpty());
}

TEST_F(DownloadCredentials, BadHeaderNamesAndEngineHeadersExitTwo)
{
    for (const QString &header : {QStringLiteral("Range: bytes=0-10"), QStringLiteral("Bad Name: 1"),
                                  QStringLiteral("Accept-Encoding: gzip"), QStringLiteral("NoColonHere")}) {
        const CliOutput r = download(m_first.url(QStringLiteral("/f.bin")), {QStringLiteral("--header"), header});
        EXPECT_EQ(r.exitCode, 2) << header.toStdString();
        EXPECT_TRUE(r.err.contains(header.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 0, 0).toLatin1()))
            << r.err.toStdString();
    }
    EXPECT_EQ(m_first.requestCount(), 0);
}
