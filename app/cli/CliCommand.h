#pragma once

#include "core/download/queue/QueueStoreAccess.h"

#include "core/model/Error.h"

#include <QCommandLineParser>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace eoc {
class CredentialSource;
class NetworkAccess;
class ProviderRegistry;
class Settings;
struct ProviderContext;
} // namespace eoc

namespace eoc::cli {

class CliCredentials;

// Exit codes of every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// What every command is given by the CLI's composition root.
struct CliContext {
    Settings *settings = nullptr;
    ProviderRegistry *registry = nullptr;
    NetworkAccess *network = nullptr;
    CredentialSource *credentials = nullptr;
    CliCredentials *cliCredentials = nullptr;   // the same source, for the CLI's own switches
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    bool stdoutIsTerminal = false;
    bool stdinIsTerminal = false;
    // The queue queue.url names, with its password (commands whose usesQueue() is true).
    QueueStoreAccess queueStore;

    ProviderContext providerContext(const QString &account = {}) const;
    // Prints "error: <message>" on stderr and returns the exit code for the error's class.
    int fail(const Error &error) const;
    int fail(ErrorClass c, const QString &message) const { return fail(Error(c, message)); }
};

// One sub-command (`eo-collector-cli NAME ...`). Commands that wait for the network finish
// asynchronously by emitting finished(); quick ones may emit it from run() directly.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's own options; the global ones are already there.
    virtual void configure(QCommandLineParser &parser) = 0;
    // Commands that never touch the network run even when a network.* setting is broken.
    virtual bool needsNetwork() const { return true; }
    // Commands that open the download queue get its store (queue.url and its password) in the
    // context; a shared queue's password is read before run().
    virtual bool usesQueue() const { return false; }
    // Called after parsing. Must eventually emit finished(exitCode) exactly once.
    virtual void run(const QCommandLineParser &parser, const CliContext &context) = 0;
Q_SIGNALS:
    void finished(int exitCode);
};

using CommandFactory = std::unique_ptr<CliCommand> (*)();

struct CommandEntry {
    const char *name;
    CommandFactory make;
};

// Every command of the CLI, in the order `--help` lists them.
const QList<CommandEntry> &allCommands();

} // namespace eoc::cli
