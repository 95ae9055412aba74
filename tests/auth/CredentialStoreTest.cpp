// Runs against the real keychain: tests/auth/keyring-test.sh starts a private D-Bus session with
// an unlocked gnome-keyring and sets EOC_KEYRING_TEST=live, or points D-Bus nowhere and sets
// EOC_KEYRING_TEST=none. Without it these tests skip (a developer's own keychain is never touched).
#include "core/auth/CredentialStore.h"
#include "core/settings/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QString mode()
{
    return qEnvironmentVariable("EOC_KEYRING_TEST");
}

template<typename T>
std::optional<T> waitFor(std::optional<T> &slot)
{
    for (int i = 0; i < 400 && !slot; ++i)
        QTest::qWait(25);
    return slot;
}

Status store(CredentialStore &s, const QString &provider, const QString &account, const QString &secret)
{
    std::optional<Status> got;
    QObject context;
    s.store(Credentials{provider, account, secret, QStringLiteral("password"), {}}, &context,
            [&got](const Status &st) { got = st; });
    return waitFor(got).value_or(Error(ErrorClass::Transient, QStringLiteral("no answer")));
}

Result<Credentials> read(CredentialStore &s, const QString &provider, const QString &account)
{
    std::optional<Result<Credentials>> got;
    QObject context;
    s.credentials(provider, account, &context, [&got](const Result<Credentials> &r) { got = r; });
    return waitFor(got).value_or(Error(ErrorClass::Transient, QStringLiteral("no answer")));
}

Status remove(CredentialStore &s, const QString &provider, const QString &account)
{
    std::optional<Status> got;
    QObject context;
    s.remove(provider, account, &context, [&got](const Status &st) { got = st; });
    return waitFor(got).value_or(Error(ErrorClass::Transient, QStringLiteral("no answer")));
}

} // namespace

TEST(CredentialStore, SeveralAccountsPerProviderWithSecretsOnlyInTheKeychain)
{
    if (mode() != QLatin1String("live"))
        GTEST_SKIP() << "needs the keychain of tests/auth/keyring-test.sh";
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    Settings settings(settingsPath);
    CredentialStore keychain(&settings);

    ASSERT_TRUE(store(keychain, QStringLiteral("testprov"), QStringLiteral("alice"), QStringLiteral("s3cret-alice")).ok());
    ASSERT_TRUE(store(keychain, QStringLiteral("testprov"), QStringLiteral("bob"), QStringLiteral("s3cret-bob")).ok());
    EXPECT_EQ(keychain.accounts(QStringLiteral("testprov")), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

    const auto first = read(keychain, QStringLiteral("testprov"), {});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->account, QStringLiteral("alice"));
    EXPECT_EQ(first->secret, QStringLiteral("s3cret-alice"));
    const auto bob = read(keychain, QStringLiteral("testprov"), QStringLiteral("bob"));
    ASSERT_TRUE(bob.ok());
    EXPECT_EQ(bob->secret, QStringLiteral("s3cret-bob"));

    QFile file(settingsPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    EXPECT_TRUE(onDisk.contains("alice"));
    EXPECT_FALSE(onDisk.contains("s3cret")) << "a secret reached the settings file";

    ASSERT_TRUE(remove(keychain, QStringLiteral("testprov"), QStringLiteral("alice")).ok());
    EXPECT_EQ(keychain.accounts(QStringLiteral("testprov")), QStringList{QStringLiteral("bob")});
    const auto gone = read(keychain, QStringLiteral("testprov"), QStringLiteral("alice"));
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().errorClass, ErrorClass::Auth);
    EXPECT_TRUE(gone.error().message.contains(QStringLiteral("account add testprov"))) << gone.error().message.toStdString();
    EXPECT_EQ(remove(keychain, QStringLiteral("testprov"), QStringLiteral("alice")).error().errorClass, ErrorClass::NotFound);
    ASSERT_TRUE(remove(keychain, QStringLiteral("testprov"), QStringLiteral("bob")).ok());
    EXPECT_TRUE(keychain.accounts(QStringLiteral("testprov")).isEmpty());
}

TEST(CredentialStore, BadNamesAreRefusedBeforeTheKeychain)
{
    if (mode() != QLatin1String("live"))
        GTEST_SKIP() << "needs the keychain of tests/auth/keyring-test.sh";
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore keychain(&settings);
    EXPECT_EQ(store(keychain, QStringLiteral("testprov"), QStringLiteral("a,b"), QStringLiteral("x")).error().errorClass,
              ErrorClass::BadInput);
    EXPECT_EQ(store(keychain, QStringLiteral("testprov"), QStringLiteral("alice"), {}).error().errorClass,
              ErrorClass::BadInput);
}

TEST(CredentialStore, NoKeychainServiceGivesAClearError)
{
    if (mode() != QLatin1String("none"))
        GTEST_SKIP() << "needs the D-Bus-less run of tests/auth/keyring-test.sh";
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore keychain(&settings);
    const auto stored = store(keychain, QStringLiteral("testprov"), QStringLiteral("alice"), QStringLiteral("pw"));
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().errorClass, ErrorClass::Auth);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("No keychain service is running")))
        << stored.error().message.toStdString();
    EXPECT_TRUE(keychain.accounts(QStringLiteral("testprov")).isEmpty()) << "a failed write must not index the account";
}
