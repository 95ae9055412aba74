// The shared queue's password against the real keychain (tests/auth/keyring-test.sh sets
// EOC_KEYRING_TEST=live in a private D-Bus session with an unlocked gnome-keyring): kept and read
// under the account "queue", overridden by EOC_QUEUE_PASSWORD, and a clear error when there is none.
#include "core/download/queue/QueuePassword.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace eoc;

namespace {

Result<QString> readPassword(const QString &user)
{
    std::optional<Result<QString>> got;
    QObject context;
    readQueuePassword(user, &context, [&got](const Result<QString> &r) { got = r; });
    for (int i = 0; i < 400 && !got; ++i)
        QTest::qWait(25);
    return got.value_or(Error(ErrorClass::Transient, QStringLiteral("no answer")));
}

Status storePassword(const QString &user, const QString &password)
{
    std::optional<Status> got;
    QObject context;
    storeQueuePassword(user, password, &context, [&got](const Status &s) { got = s; });
    for (int i = 0; i < 400 && !got; ++i)
        QTest::qWait(25);
    return got.value_or(Error(ErrorClass::Transient, QStringLiteral("no answer")));
}

} // namespace

TEST(QueuePassword, KeptInTheKeychainUnderTheQueueAccountAndOverriddenByTheEnvironment)
{
    if (qEnvironmentVariable("EOC_KEYRING_TEST") != QLatin1String("live"))
        GTEST_SKIP() << "needs the keychain of tests/auth/keyring-test.sh";
    qunsetenv(kQueuePasswordVariable);

    const auto missing = readPassword(QStringLiteral("nobody-here"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().errorClass, ErrorClass::Auth);
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("nobody-here"))) << missing.error().message.toStdString();
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("EOC_QUEUE_PASSWORD"))) << missing.error().message.toStdString();

    ASSERT_TRUE(storePassword(QStringLiteral("worker"), QStringLiteral("Qu3ue-pw")).ok());
    const auto kept = readPassword(QStringLiteral("worker"));
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(kept.value(), QStringLiteral("Qu3ue-pw"));
    // Another database user has its own entry.
    EXPECT_FALSE(readPassword(QStringLiteral("other")).ok());

    qputenv(kQueuePasswordVariable, "from-env");
    const auto fromEnvironment = readPassword(QStringLiteral("worker"));
    qunsetenv(kQueuePasswordVariable);
    ASSERT_TRUE(fromEnvironment.ok());
    EXPECT_EQ(fromEnvironment.value(), QStringLiteral("from-env"));
}
