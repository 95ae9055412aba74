// `download --header` and URL user info as a user runs them: a separate process with its own HOME
// and XDG folders, servers on 127.0.0.1 and 127.0.0.2. The secret must reach the first host, not
// the host a redirect leads to, and no file the program writes.
//
// Without EOC_KEYRING_TEST=live the program gets no keychain (D-Bus points nowhere, so a
// developer's own keychain is never touched) and keeps the headers in memory. download-keyring-
// test.sh runs this binary again inside a private D-Bus session with gnome-keyring and
// EOC_KEYRING_TEST=live, where the keychain tests below run too.
#include "core/auth/CredentialStore.h"
#include "core/download/queue/DownloadSecrets.h"
#include "tests/download/queue/QueueTestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace eoc;
using namespace eoc::test;

namespace {

bool liveKeychain()
{
    return qEnvironmentVariable("EOC_KEYRING_TEST") == QLatin1String("live");
}

struct CliOutput {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class DownloadCredentials : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_second.isListening()) << "127.0.0.2 must be reachable on loopback";
    }

    // The CLI in this test's HOME, served by this process's event loop.
    CliOutput runCli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        if (!liveKeychain())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.start(QStringLiteral(EOC_CLI_PATH), args);
        EXPECT_TRUE(waitUntil([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            << "CLI did not finish: " << args.join(QLatin1Char(' ')).toStdString();
        CliOutput r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    CliOutput download(const QUrl &url, const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("download"), QStringLiteral("--url"), url.toString(QUrl::FullyEncoded),
                                  QStringLiteral("--output"), out()} + extra);
    }

    QString out() const { return m_home.filePath(QStringLiteral("out")); }
    QString journal() const { return m_home.filePath(QStringLiteral("data/eo-collector/queue.sqlite")); }

    // Every file under the user's config, data and cache folders that holds `bytes`.
    QStringList filesHolding(const QByteArray &bytes) const
    {
        QStringList found;
        for (const char *folder : {"config", "data", "cache"}) {
            QDirIterator it(m_home.filePath(QLatin1String(folder)), QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (fileBytes(file).contains(bytes))
                    found << file;
            }
        }
        return found;
    }

    QList<QJsonObject> queueItems()
    {
        const CliOutput list = runCli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QList<QJsonObject> items;
        for (const QByteArray &line : list.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                items << QJsonDocument::fromJson(line).object();
        }
        return items;
    }

    // The journal's reference to the keychain entry of item `id` (empty: none).
    QString secretsRef(qint64 id) const
    {
        QString ref;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(journal());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT secrets_ref FROM items WHERE id = ?"));
                q.addBindValue(id);
                if (q.exec() && q.next())
                    ref = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return ref;
    }

    // A first host that redirects /f.bin to the second, which serves the file.
    void redirectToSecondHost(const QByteArray &data)
    {
        m_first.route(QStringLiteral("/f.bin"), CannedResponse::redirect(m_second.url(QStringLiteral("/f.bin")).toEncoded()));
        m_second.setHandler([data](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    }

    // The whole story for one secret header.
    void secretHeaderReachesTheFirstHostOnly(const QByteArray &name)
    {
        const QByteArray secret = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray data = testPayload(40000);
        redirectToSecondHost(data);
        const CliOutput r = download(m_first.url(QStringLiteral("/f.bin")),
                               {QStringLiteral("--header"), QString::fromLatin1(name + ": Bearer " + secret)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(fileBytes(out() + QStringLiteral("/f.bin")), data);
        ASSERT_EQ(m_first.requestCount(), 1);
        ASSERT_GE(m_second.requestCount(), 1);
        EXPECT_EQ(m_first.requests().first().header(name), "Bearer " + secret);
        for (const auto &request : m_second.requests())
            EXPECT_TRUE(request.header(name).isEmpty()) << name.constData() << " reached the redirect's host";
        EXPECT_TRUE(filesHolding(secret).isEmpty()) << filesHolding(secret).join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.out.contains(secret));
        EXPECT_FALSE(r.err.contains(secret));
        // Without a keychain the user is told the headers live in memory only.
        EXPECT_EQ(r.err.contains("in memory for this run only"), !liveKeychain()) << r.err.toStdString();
        ASSERT_TRUE(QFileInfo::exists(journal()));
        EXPECT_EQ(QFileInfo(journal()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    }

    QTemporaryDir m_home;
    LocalHttpServer m_first{QHostAddress(QStringLiteral("127.0.0.1"))};
    LocalHttpServer m_second{QHostAddress(QStringLiteral("127.0.0.2"))};
};

} // namespace

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

// An item that failed once (404) is run again by another process: its header comes from the
// keychain, and once the item is done the keychain entry is gone.
TEST_F(DownloadCredentials, ResumedItemGetsItsHeaderFromTheKeychain)
{
    if (!liveKeychain())
        GTEST_SKIP() << "needs the private keychain of download-keyring-test.sh";
    const QByteArray secret = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray data = testPayload(20000);
    bool missing = true;
    m_first.setHandler([&](const RecordedRequest &r) {
        return missing ? CannedResponse::text("not yet", 404) : LocalHttpServer::serveBytes(r, data);
    });
    const CliOutput failed = download(m_first.url(QStringLiteral("/k.bin")),
                                {QStringLiteral("--header"), QString::fromLatin1("Authorization: Bearer " + secret)});
    ASSERT_EQ(failed.exitCode, 1) << failed.err.toStdString();
    auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    const qint64 id = items.first().value(QStringLiteral("id")).toInteger();
    const QString ref = secretsRef(id);
    ASSERT_FALSE(ref.isEmpty());
    EXPECT_TRUE(filesHolding(secret).isEmpty());

    missing = false;
    m_first.clearRequests();
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("retry"), QString::number(id)}).exitCode, 0);
    const CliOutput run = runCli({QStringLiteral("queue"), QStringLiteral("run")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_GE(m_first.requestCount(), 1);
    for (const auto &request : m_first.requests())
        EXPECT_EQ(request.header("Authorization"), "Bearer " + secret);
    EXPECT_EQ(fileBytes(out() + QStringLiteral("/k.bin")), data);
    EXPECT_TRUE(filesHolding(secret).isEmpty());

    // Done: the keychain entry went with it.
    std::optional<CredentialStore::SecretAnswer> answer;
    QObject context;
    CredentialStore::readSecret(DownloadSecrets::keychainKey(ref), &context,
                                [&answer](const CredentialStore::SecretAnswer &a) { answer = a; });
    ASSERT_TRUE(waitUntil([&] { return answer.has_value(); }));
    EXPECT_EQ(answer->outcome, CredentialStore::SecretOutcome::NotFound);
    EXPECT_TRUE(secretsRef(id).isEmpty()) << run.err.toStdString();
}

// The same with the keychain entry deleted meanwhile: the item fails with an error that says what
// to do, and nothing is sent without the header.
TEST_F(DownloadCredentials, ItemWhoseKeychainEntryIsGoneFailsWithoutSending)
{
    if (!liveKeychain())
        GTEST_SKIP() << "needs the private keychain of download-keyring-test.sh";
    const QByteArray data = testPayload(2000);
    bool missing = true;
    m_first.setHandler([&](const RecordedRequest &r) {
        return missing ? CannedResponse::text("not yet", 404) : LocalHttpServer::serveBytes(r, data);
    });
    const CliOutput failed = download(m_first.url(QStringLiteral("/g.bin")),
                                {QStringLiteral("--header"), QStringLiteral("Authorization: Bearer gone-soon")});
    ASSERT_EQ(failed.exitCode, 1) << failed.err.toStdString();
    const qint64 id = queueItems().first().value(QStringLiteral("id")).toInteger();
    const QString ref = secretsRef(id);
    ASSERT_FALSE(ref.isEmpty());
    std::optional<CredentialStore::SecretAnswer> deleted;
    QObject context;
    CredentialStore::deleteSecret(DownloadSecrets::keychainKey(ref), &context,
                                  [&deleted](const CredentialStore::SecretAnswer &a) { deleted = a; });
    ASSERT_TRUE(waitUntil([&] { return deleted.has_value(); }));
    ASSERT_EQ(deleted->outcome, CredentialStore::SecretOutcome::Ok);

    missing = false;
    m_first.clearRequests();
    EXPECT_EQ(runCli({QStringLiteral("queue"), QStringLiteral("retry"), QString::number(id)}).exitCode, 0);
    const CliOutput run = runCli({QStringLiteral("queue"), QStringLiteral("run")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(m_first.requestCount(), 0) << "a request went out without its header";
    const auto items = queueItems();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(items.first().value(QStringLiteral("error_class")).toString(), QStringLiteral("auth"));
    EXPECT_TRUE(items.first().value(QStringLiteral("error")).toString().contains(
        QLatin1String("credentials for this download are gone (header Authorization); add the item again with --header")))
        << items.first().value(QStringLiteral("error")).toString().toStdString();
}
