// Secret headers in a real keychain: an item run again by another process gets them back, or
// fails without sending anything when they are gone. Only download-keyring-test.sh runs these (a
// private D-Bus session with gnome-keyring); anywhere else they skip themselves.
#include "tests/download/credentials/DownloadCredentialCliSupport.h"

using namespace eoc;
using namespace eoc::test;

using DownloadCredentialsInKeychain = DownloadCredentials;

// An item that failed once (404) is run again by another process: its header comes from the
// keychain, and once the item is done the keychain entry is gone.
TEST_F(DownloadCredentialsInKeychain, ResumedItemGetsItsHeaderFromTheKeychain)
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
TEST_F(DownloadCredentialsInKeychain, ItemWhoseKeychainEntryIsGoneFailsWithoutSending)
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

// `queue remove` takes the item's keychain entry with it.
TEST_F(DownloadCredentialsInKeychain, RemovedItemLeavesNoKeychainEntry)
{
    if (!liveKeychain())
        GTEST_SKIP() << "needs the private keychain of download-keyring-test.sh";
    m_first.setHandler([](const RecordedRequest &) { return CannedResponse::text("not yet", 404); });
    const CliOutput failed = download(m_first.url(QStringLiteral("/r.bin")),
                                      {QStringLiteral("--header"), QStringLiteral("X-Api-Key: to-be-removed")});
    ASSERT_EQ(failed.exitCode, 1) << failed.err.toStdString();
    const qint64 id = queueItems().first().value(QStringLiteral("id")).toInteger();
    const QString ref = secretsRef(id);
    ASSERT_FALSE(ref.isEmpty());
    const auto read = [&ref] {
        std::optional<CredentialStore::SecretAnswer> answer;
        QObject context;
        CredentialStore::readSecret(DownloadSecrets::keychainKey(ref), &context,
                                    [&answer](const CredentialStore::SecretAnswer &a) { answer = a; });
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(CredentialStore::SecretAnswer{CredentialStore::SecretOutcome::Failed, {}, {}});
    };
    const auto before = read();
    ASSERT_EQ(before.outcome, CredentialStore::SecretOutcome::Ok);
    EXPECT_TRUE(before.secret.contains(QLatin1String("to-be-removed")));

    const CliOutput removed = runCli({QStringLiteral("queue"), QStringLiteral("remove"), QString::number(id)});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(queueItems().isEmpty());
    EXPECT_EQ(read().outcome, CredentialStore::SecretOutcome::NotFound);
}
