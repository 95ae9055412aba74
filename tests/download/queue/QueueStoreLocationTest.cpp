// The queue's store location setting: empty for the local journal, a PostgreSQL URL without a
// password for a shared queue; what is wrong with a bad one is named, a password never repeated.
#include "core/download/queue/QueueStoreLocation.h"

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QueueStoreLocation parsed(const QString &text)
{
    auto location = QueueStoreLocation::parse(text);
    EXPECT_TRUE(location.ok()) << text.toStdString() << ": " << (location ? std::string() : location.error().message.toStdString());
    return location ? location.value() : QueueStoreLocation{};
}

// The error for `text`, which must be refused.
QString refusal(const QString &text)
{
    auto location = QueueStoreLocation::parse(text);
    EXPECT_FALSE(location.ok()) << text.toStdString() << " was taken";
    if (location)
        return {};
    EXPECT_EQ(location.error().errorClass, ErrorClass::BadInput);
    return location.error().message;
}

} // namespace

TEST(QueueStoreLocation, EmptyIsTheLocalJournal)
{
    EXPECT_TRUE(parsed(QString()).isLocal());
    EXPECT_TRUE(parsed(QStringLiteral("   ")).isLocal());
    EXPECT_EQ(parsed(QString()).toString(), QString());
}

TEST(QueueStoreLocation, PostgresUrlGivesUserHostPortAndDatabase)
{
    const QueueStoreLocation l = parsed(QStringLiteral("postgresql://eoc@db.example.org:6543/queue"));
    EXPECT_EQ(l.kind, QueueStoreLocation::Kind::Postgres);
    EXPECT_EQ(l.user, QStringLiteral("eoc"));
    EXPECT_EQ(l.host, QStringLiteral("db.example.org"));
    EXPECT_EQ(l.port, 6543);
    EXPECT_EQ(l.database, QStringLiteral("queue"));
    EXPECT_EQ(l.toString(), QStringLiteral("postgresql://eoc@db.example.org:6543/queue"));
}

TEST(QueueStoreLocation, ShortSchemeAndDefaultPortAreAccepted)
{
    const QueueStoreLocation l = parsed(QStringLiteral(" postgres://eoc@10.0.0.5/q "));
    EXPECT_EQ(l.host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(l.port, 5432);
    EXPECT_EQ(l.toString(), QStringLiteral("postgresql://eoc@10.0.0.5:5432/q"));
    EXPECT_EQ(parsed(QStringLiteral("PostgreSQL://eoc@h/q")).host, QStringLiteral("h"));
}

TEST(QueueStoreLocation, EncodedNamesAndIpv6HostsRoundTrip)
{
    const QueueStoreLocation l = parsed(QStringLiteral("postgresql://e%40c@[::1]:5433/my%20db"));
    EXPECT_EQ(l.user, QStringLiteral("e@c"));
    EXPECT_EQ(l.host, QStringLiteral("::1"));
    EXPECT_EQ(l.port, 5433);
    EXPECT_EQ(l.database, QStringLiteral("my db"));
    EXPECT_EQ(parsed(l.toString()), l);
}

TEST(QueueStoreLocation, PasswordIsRefusedWithoutBeingRepeated)
{
    for (const QString &text : {QStringLiteral("postgresql://eoc:hunter2@db.example.org/queue"),
                                QStringLiteral("postgresql://eoc:hun@ter2@db.example.org:5432/queue"),
                                QStringLiteral("postgres://eoc:@db.example.org/queue")}) {
        const QString message = refusal(text);
        EXPECT_TRUE(message.contains(QStringLiteral("passwords do not belong in the setting"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("EOC_QUEUE_PASSWORD"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("hunter2"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("hun@ter2"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("ter2"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("db.example.org"))) << message.toStdString();
    }
}

TEST(QueueStoreLocation, EachMissingOrWrongPartIsNamed)
{
    const struct {
        const char *text;
        const char *named;
    } cases[] = {
        {"mysql://eoc@h/q", "is not a PostgreSQL URL"},
        {"db.example.org/queue", "is not a PostgreSQL URL"},
        {"postgresql://db.example.org/queue", "names no user"},
        {"postgresql://@db.example.org/queue", "names no user"},
        {"postgresql://eoc@/queue", "names no host"},
        {"postgresql://eoc@:5432/queue", "names no host"},
        {"postgresql://eoc@h:99999/queue", "\"99999\", which is not a number from 1 to 65535"},
        {"postgresql://eoc@h:abc/queue", "\"abc\", which is not a number"},
        {"postgresql://eoc@h:/queue", "which is not a number"},
        {"postgresql://eoc@[::1/queue", "'[' without its ']'"},
        {"postgresql://eoc@h", "names no database"},
        {"postgresql://eoc@h:5432/", "names no database"},
        {"postgresql://eoc@h/a/b", "'/' in the database name"},
        {"postgresql://eoc@h/q?sslmode=require", "options after '?'"},
    };
    for (const auto &c : cases) {
        const QString message = refusal(QString::fromUtf8(c.text));
        EXPECT_TRUE(message.contains(QString::fromUtf8(c.named))) << c.text << ": " << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("postgresql://USER@HOST:PORT/DATABASE"))) << message.toStdString();
    }
}
