// The CLI holds passwords in memory (account add/test, logins): a crash must not write them to a
// core file, and a file-size limit must not kill it without a word.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

// The value of "Name:" in /proc/<pid>/status.
QByteArray statusField(qint64 pid, const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    const auto lines = status.readAll().split('\n');
    for (const auto &line : lines) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

// "Max core file size" of /proc/<pid>/limits: soft and hard limit.
QByteArray coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    const auto lines = limits.readAll().split('\n');
    for (const auto &line : lines) {
        if (line.startsWith("Max core file size"))
            return line.mid(int(qstrlen("Max core file size"))).simplified();
    }
    return {};
}

bool ignoresSignal(qint64 pid, int signal)
{
    bool ok = false;
    const qulonglong mask = statusField(pid, "SigIgn").toULongLong(&ok, 16);
    return ok && (mask & (1ULL << (signal - 1))) != 0;
}

} // namespace

TEST(CliProcessHardening, NoCoreDumpAndNotDumpableWhileReadingASecret)
{
    // /proc/<pid>/status of a process that is not dumpable belongs to root: run the CLI as another user
    // than root so that this is visible (as root, as "nobody").
    const bool asRoot = ::geteuid() == 0;
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.setChildProcessModifier([asRoot] {
        // Core dumps allowed to begin with, so that the program has to turn them off itself.
        rlimit core{RLIM_INFINITY, RLIM_INFINITY};
        ::setrlimit(RLIMIT_CORE, &core);
        if (asRoot && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(99);
    });
    // Blocks reading the password from standard input, which the test keeps open.
    cli.start(QStringLiteral(EOC_CLI_PATH), {QStringLiteral("account"), QStringLiteral("add"),
                                             QStringLiteral("dataspace"), QStringLiteral("--account"),
                                             QStringLiteral("someone")});
    ASSERT_TRUE(cli.waitForStarted());
    const qint64 pid = cli.processId();

    // The hardening is the first thing main() does; wait until it shows (or the CLI ends).
    QElapsedTimer clock;
    clock.start();
    while (coreLimits(pid) != "0 0 bytes" && cli.state() == QProcess::Running && clock.elapsed() < 10000)
        QThread::msleep(10);
    ASSERT_EQ(cli.state(), QProcess::Running) << cli.readAllStandardError().toStdString();
    EXPECT_EQ(coreLimits(pid), QByteArray("0 0 bytes"));
    const uid_t owner = QFileInfo(QStringLiteral("/proc/%1/status").arg(pid)).ownerId();
    EXPECT_EQ(owner, 0u) << "/proc/" << pid << "/status belongs to the program's user: it is dumpable";
    EXPECT_TRUE(ignoresSignal(pid, SIGXFSZ));

    cli.closeWriteChannel();
    cli.kill();
    cli.waitForFinished();
}

TEST(CliProcessHardening, FileSizeLimitDoesNotKillTheProgram)
{
    // Standard output is a file and `ulimit -f` is 1 block: the JSON list of providers does not fit.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess cli;
    cli.setStandardOutputFile(dir.filePath(QStringLiteral("out.json")));
    cli.setChildProcessModifier([] {
        rlimit size{512, 512};
        ::setrlimit(RLIMIT_FSIZE, &size);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path() + QStringLiteral("/config"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(EOC_CLI_PATH), {QStringLiteral("providers"), QStringLiteral("--json")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_GT(QFileInfo(dir.filePath(QStringLiteral("out.json"))).size(), 0) << "the output did not exceed the limit";
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit) << "killed by signal " << cli.exitCode();
}
