// Searches against services whose answers never end, through the real CLI with its address space
// limited, so an answer held whole in memory would end the program rather than the search.
#include "tests/cli/CliRunner.h"
#include "tests/support/TricklingHttpServer.h"

#include <gtest/gtest.h>

using namespace eoc::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSpaceCanBeLimited = false;   // ASan reserves terabytes of shadow memory
#else
constexpr bool kAddressSpaceCanBeLimited = true;
#endif

// `eo-collector-cli search` against `server`, under `ulimit -v 1500000` (1.5 GB) where possible.
CliRun searchUnderMemoryLimit(const TricklingHttpServer &server, const QStringList &extraSettings = {})
{
    QStringList cli{QStringLiteral(EOC_CLI_PATH), QStringLiteral("--set"),
                    QStringLiteral("stac.url=") + server.url(QStringLiteral("/")).toString()};
    for (const auto &setting : extraSettings)
        cli << QStringLiteral("--set") << setting;
    cli << QStringLiteral("search") << QStringLiteral("--provider") << QStringLiteral("stac")
        << QStringLiteral("--collection") << QStringLiteral("sentinel-2-l2a") << QStringLiteral("--bbox")
        << QStringLiteral("-105.2,40.1,-105.0,40.2") << QStringLiteral("--start") << QStringLiteral("2025-07-01")
        << QStringLiteral("--end") << QStringLiteral("2025-07-31");
    const QString limit = kAddressSpaceCanBeLimited ? QStringLiteral("ulimit -v 1500000 || exit 99; ") : QString();
    return runCliAt(QStringLiteral("/bin/bash"),
                    QStringList{QStringLiteral("-c"), limit + QStringLiteral("exec \"$@\""), QStringLiteral("bash")} + cli);
}

} // namespace

TEST(HostileAnswer, EndlessChunkedAnswerEndsTheSearchWithTheLimitNamed)
{
    TricklingHttpServer server(Trickle::endlessChunked());
    const auto run = searchUnderMemoryLimit(server);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.max_answer_bytes")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QByteArray::number(256 * 1024 * 1024))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("bad_alloc")) << run.err.toStdString();
}

TEST(HostileAnswer, EndlessAnswerWithoutLengthEndsTheSearchWithTheLimitNamed)
{
    TricklingHttpServer server(Trickle::endlessUntilClose());
    const auto run = searchUnderMemoryLimit(server, {QStringLiteral("network.max_answer_bytes=8M")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.max_answer_bytes")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QByteArray::number(8 * 1024 * 1024))) << run.err.toStdString();
}

TEST(HostileAnswer, TricklingAnswerFailsFastWithSmallSpeedSettings)
{
    TricklingHttpServer server(Trickle::slowBody(100000, 100));
    const auto run = searchUnderMemoryLimit(server, {QStringLiteral("network.min_speed=100"),
                                                     QStringLiteral("network.min_speed_time=0.3"),
                                                     QStringLiteral("network.api_deadline=2")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("network.")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("QIODevice")) << run.err.toStdString();
}
