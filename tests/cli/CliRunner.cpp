#include "tests/cli/CliRunner.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace eoc::test {

CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv, const QByteArray &stdinData)
{
    return runCliAt(QStringLiteral(EOC_CLI_PATH), args, extraEnv, stdinData);
}

CliRun runCliAt(const QString &program, const QStringList &args, const QProcessEnvironment &extraEnv,
                const QByteArray &stdinData)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    const auto keys = extraEnv.keys();
    for (const auto &k : keys)
        env.insert(k, extraEnv.value(k));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    // Waiting in the event loop keeps the test's own local servers answering the program.
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy done(&process, &QProcess::finished);
        done.wait(120000);
    }
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace eoc::test
