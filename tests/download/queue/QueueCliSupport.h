#pragma once

// Runs the CLI as a user does, as a separate process with its journal in a temporary
// XDG_DATA_HOME, while this process's event loop serves the test's local server.
#include "tests/download/queue/QueueTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>
#include <memory>
#include <vector>

namespace eoc::test {

struct CliProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliFixture : public ::testing::Test
{
protected:
    // `environment` is added to the test's own, after the temporary homes (another "machine"
    // gets its own XDG_DATA_HOME there).
    QProcess *startCli(const QStringList &args, std::function<void()> childSetup = {},
                       const QProcessEnvironment &environment = {})
    {
        auto *p = new QProcess;
        m_processes.emplace_back(p);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(environment);
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(m_dir.path());
        if (childSetup)
            p->setChildProcessModifier(childSetup);
        p->start(QStringLiteral(EOC_CLI_PATH), args);
        return p;
    }

    // Runs the CLI while this process's event loop serves the test server.
    CliProcessRun runCli(const QStringList &args, int timeoutMs = 60000, std::function<void()> childSetup = {},
                         const QProcessEnvironment &environment = {})
    {
        QProcess *p = startCli(args, std::move(childSetup), environment);
        EXPECT_TRUE(waitUntil([p] { return p->state() == QProcess::NotRunning; }, timeoutMs))
            << "CLI did not finish: " << args.join(QLatin1Char(' ')).toStdString();
        CliProcessRun r;
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        return r;
    }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QList<QJsonObject> queueItems()
    {
        const CliProcessRun list = runCli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QList<QJsonObject> items;
        for (const QByteArray &line : list.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                items << QJsonDocument::fromJson(line).object();
        }
        return items;
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace eoc::test
