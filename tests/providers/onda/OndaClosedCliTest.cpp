// ONDA DIAS closed in February 2025: search and download through the real CLI end with the
// closure message (naming the alternatives) and exit code 1.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EOC_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << "the CLI did not finish";
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void expectClosureMessage(const CliRun &run)
{
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("ONDA DIAS closed in February 2025"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("'dataspace'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("'creodias'"))) << run.err.toStdString();
}

} // namespace

TEST(OndaClosedCli, SearchEndsWithTheClosureMessage)
{
    expectClosureMessage(runCli({QStringLiteral("search"), QStringLiteral("--provider"), QStringLiteral("onda"),
                                 QStringLiteral("--collection"), QStringLiteral("S2MSI1C"),
                                 QStringLiteral("--bbox"), QStringLiteral("-54,-12,-52,-10"),
                                 QStringLiteral("--start"), QStringLiteral("2023-06-01"),
                                 QStringLiteral("--end"), QStringLiteral("2023-06-30")}));
}

TEST(OndaClosedCli, DownloadByIdEndsWithTheClosureMessage)
{
    QTemporaryDir out;
    expectClosureMessage(runCli({QStringLiteral("download"), QStringLiteral("--provider"), QStringLiteral("onda"),
                                 QStringLiteral("--collection"), QStringLiteral("GRD"),
                                 QStringLiteral("--scene-id"),
                                 QStringLiteral("S1A_IW_GRDH_1SDV_20230601T083000_20230601T083025_048792_05DE3A_1A2B"),
                                 QStringLiteral("--output"), out.path()}));
}

TEST(OndaClosedCli, ListedAsNeitherSearchingNorDownloading)
{
    const CliRun run = runCli({QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonObject onda;
    for (const auto &p : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (p.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("onda"))
            onda = p.toObject();
    }
    ASSERT_FALSE(onda.isEmpty()) << run.out.toStdString();
    const QJsonObject caps = onda.value(QStringLiteral("capabilities")).toObject();
    EXPECT_FALSE(caps.value(QStringLiteral("search")).toBool(true));
    EXPECT_FALSE(caps.value(QStringLiteral("download")).toBool(true));
}
