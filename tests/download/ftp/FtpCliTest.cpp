// `eo-collector-cli download` with ftp:// URLs, as a user runs it: a cut download resumed with
// REST and verified, --mask over a folder tree, and the password kept out of every file written.
#include "tests/download/ftp/FtpTestSupport.h"

#include "tests/cli/CliRunner.h"

#include <QDirIterator>

using namespace eoc;
using namespace eoc::test;

namespace {

constexpr char kPassword[] = "pw-Xq83-ftp-secret";

// A home of the test's own (runCli's would be gone before it could be searched).
class FtpCliTest : public FtpTransferTest
{
protected:
    QProcessEnvironment environment(bool withLogin = true) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        if (withLogin) {
            env.insert(QStringLiteral("EOC_FTP_USERNAME"), QStringLiteral("u"));
            env.insert(QStringLiteral("EOC_FTP_PASSWORD"), QLatin1String(kPassword));
        }
        return env;
    }

    FtpTestServer::Options options() const
    {
        FtpTestServer::Options o;
        o.password = QLatin1String(kPassword);
        return o;
    }

    QString output() const { return m_home.filePath(QStringLiteral("out")); }

    // Every file under the home (settings, journal, logs, caches) and the output folder whose
    // bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (readFile(path).contains(needle))
                found << path;
        }
        return found;
    }

    QStringList outputFiles() const
    {
        QStringList names;
        QDirIterator it(output(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            names << QDir(output()).relativeFilePath(it.next());
        names.sort();
        return names;
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(FtpCliTest, CutDownloadIsResumedVerifiedAndThePasswordIsWrittenNowhere)
{
    const QByteArray data = patternBytes(2 * 1000 * 1000, 21);
    writeFile(m_root.filePath(QStringLiteral("LC08_scene.bin")), data);
    FtpTestServer::Options o = options();
    o.cutAfter = 700 * 1000;
    FtpTestServer *server = startServer(o);
    ASSERT_TRUE(server);

    const CliRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"), server->url(QStringLiteral("LC08_scene.bin")).toString(),
                               QStringLiteral("--sha256"), QString::fromLatin1(sha256(data)), QStringLiteral("-o"), output()},
                              environment());

    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(readFile(output() + QStringLiteral("/LC08_scene.bin")), data);
    EXPECT_TRUE(server->commands().contains(QStringLiteral("REST 700000"))) << server->commands().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(filesContaining(QByteArray(kPassword)), QStringList());
    EXPECT_FALSE(run.out.contains(kPassword));
    EXPECT_FALSE(run.err.contains(kPassword));
}

TEST_F(FtpCliTest, PasswordInTheUrlNeverReachesTheJournalOrOutput)
{
    const QByteArray data = patternBytes(10 * 1000, 22);
    writeFile(m_root.filePath(QStringLiteral("a.bin")), data);
    FtpTestServer *server = startServer(options());
    ASSERT_TRUE(server);
    QUrl url = server->url(QStringLiteral("a.bin"));
    url.setUserName(QStringLiteral("u"));
    url.setPassword(QLatin1String(kPassword));

    const CliRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"), url.toString(), QStringLiteral("-o"), output()},
                              environment(false));

    // Without a keychain in this environment the login is held in memory for the run.
    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(readFile(output() + QStringLiteral("/a.bin")), data);
    EXPECT_EQ(filesContaining(QByteArray(kPassword)), QStringList());
    EXPECT_FALSE(run.out.contains(kPassword));
    EXPECT_FALSE(run.err.contains(kPassword));
}

TEST_F(FtpCliTest, MaskDownloadsExactlyTheMatchingFiles)
{
    const QString root = m_root.path();
    writeTreeFile(root, QStringLiteral("cbers/2021/CB4_210315.tif"), "a");
    writeTreeFile(root, QStringLiteral("cbers/2021/CB4_210316.tif"), "b");
    writeTreeFile(root, QStringLiteral("cbers/2021/CB4_20210317.tif"), "c");
    writeTreeFile(root, QStringLiteral("cbers/2021/CB4_211315.tif"), "d");
    writeTreeFile(root, QStringLiteral("cbers/2021/CB4_210318.xml"), "e");
    writeTreeFile(root, QStringLiteral("cbers/old/CB4_210319.tif"), "f");
    FtpTestServer *server = startServer(options());
    ASSERT_TRUE(server);

    const CliRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"), server->url(QStringLiteral("cbers/")).toString(),
                               QStringLiteral("--mask"), QStringLiteral("%Y/CB4_%YY%m%d.tif"), QStringLiteral("-o"), output()},
                              environment());

    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(outputFiles(), (QStringList{QStringLiteral("CB4_210315.tif"), QStringLiteral("CB4_210316.tif")}));
}

TEST_F(FtpCliTest, MaskThatMatchesNothingFailsNamingIt)
{
    writeTreeFile(m_root.path(), QStringLiteral("modis/2021/001/MOD_a.hdf"), "a");
    FtpTestServer *server = startServer(options());
    ASSERT_TRUE(server);

    const CliRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"), server->url(QStringLiteral("modis/")).toString(),
                               QStringLiteral("--mask"), QStringLiteral("%Y/%JJJ/MYD_*.hdf"), QStringLiteral("-o"), output()},
                              environment());

    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.errText().contains(QStringLiteral("%Y/%JJJ/MYD_*.hdf"))) << run.errText().toStdString();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("matches no file"))) << run.errText().toStdString();
    EXPECT_EQ(outputFiles(), QStringList());
}

// The keychain entry of provider ftp named after the host holds the password of the URL's user.
// Runs in the private keychain of ftp-keyring-test.sh; skipped elsewhere.
TEST_F(FtpCliTest, KeychainEntryOfTheHostGivesThePasswordOfTheUrlsUser)
{
    if (qEnvironmentVariable("EOC_KEYRING_TEST") != QLatin1String("live"))
        GTEST_SKIP() << "needs the private keychain of ftp-keyring-test.sh";
    const QByteArray data = patternBytes(30 * 1000, 23);
    writeFile(m_root.filePath(QStringLiteral("k.bin")), data);
    FtpTestServer *server = startServer(options());
    ASSERT_TRUE(server);

    const CliRun added = runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("ftp"), QStringLiteral("--account"),
                                 QStringLiteral("127.0.0.1")},
                                environment(false), QByteArray(kPassword));
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    QUrl url = server->url(QStringLiteral("k.bin"));
    url.setUserName(QStringLiteral("u"));
    const CliRun run = runCli({QStringLiteral("download"), QStringLiteral("--url"), url.toString(), QStringLiteral("-o"), output()},
                              environment(false));

    ASSERT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_EQ(readFile(output() + QStringLiteral("/k.bin")), data);
    EXPECT_EQ(filesContaining(QByteArray(kPassword)), QStringList());
    const CliRun removed = runCli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("ftp"), QStringLiteral("--account"),
                                   QStringLiteral("127.0.0.1")},
                                  environment(false));
    EXPECT_EQ(removed.exitCode, 0) << removed.errText().toStdString();
}
