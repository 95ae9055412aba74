#include "app/cli/CliApplication.h"
#include "app/cli/TerminalText.h"

#include "app/cli/CliCommand.h"
#include "app/cli/CliCredentials.h"
#include "app/cli/CliSettings.h"
#include "app/cli/StopSignals.h"
#include "core/app/AppServices.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

#include <cstdio>
#include <unistd.h>

namespace eoc::cli {

namespace {

// The first argument that is neither an option nor the value of a global option.
QString findCommandName(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--set") || a == QLatin1String("--config")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

// Whether the command defines --version itself (layout: the collection version). Such a command
// keeps it; the program's version is then shown only without a command.
bool commandDefinesVersion(CommandFactory make)
{
    auto probe = make();
    QCommandLineParser parser;
    probe->configure(parser);
    return parser.parse({QStringLiteral("probe"), QStringLiteral("--version=x")});
}

void addGlobalOptions(QCommandLineParser &parser, bool withVersion = true)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("set"),
                      QCoreApplication::translate("CliApplication", "Set a provider setting for this run (repeatable)."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("config"),
                      QCoreApplication::translate("CliApplication", "Read settings from a JSON file ({\"key\": \"value\"})."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("help"), QCoreApplication::translate("CliApplication", "Show help.")});
    if (withVersion)
        parser.addOption({QStringLiteral("version"), QCoreApplication::translate("CliApplication", "Show the version.")});
}

QString generalHelp()
{
    QString text = QCoreApplication::translate(
        "CliApplication",
        "Usage: eo-collector-cli [--set KEY=VALUE]... [--config FILE] COMMAND [options]\n\n"
        "Search and download Earth-observation imagery from many providers.\n\nCommands:\n");
    for (const auto &entry : allCommands()) {
        auto command = entry.make();
        text += QStringLiteral("  %1%2\n")
                    .arg(command->name(), -12)
                    .arg(command->summary());
    }
    text += QCoreApplication::translate(
        "CliApplication",
        "\nGlobal options:\n"
        "  --set KEY=VALUE   a setting for this run, e.g. --set dataspace.odata_url=https://...\n"
        "  --config FILE     settings from a JSON file\n"
        "  --help            help (with a command: that command's options)\n"
        "  --version         the version\n\n"
        "Exit codes: 0 success, 2 bad input, 1 any other failure.\n");
    return text;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString commandName = findCommandName(arguments);
    if (commandName.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version"))) {
            out << "eo-collector-cli " << EOC_VERSION_STRING << Qt::endl;
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            out << generalHelp();
            return ExitOk;
        }
        err << generalHelp();
        err << errorLine(QCoreApplication::translate("CliApplication", "no command given")) << Qt::endl;
        return ExitBadInput;
    }

    std::unique_ptr<CliCommand> command;
    bool commandOwnsVersion = false;
    for (const auto &entry : allCommands()) {
        if (commandName == QLatin1String(entry.name)) {
            command = entry.make();
            commandOwnsVersion = commandDefinesVersion(entry.make);
        }
    }
    if (!command) {
        err << errorLine(QCoreApplication::translate("CliApplication", "unknown command '%1'; run --help for the list")
                             .arg(commandName))
            << Qt::endl;
        return ExitBadInput;
    }

    QCommandLineParser parser;
    addGlobalOptions(parser, !commandOwnsVersion);
    parser.addPositionalArgument(QStringLiteral("command"), command->summary(), commandName);
    command->configure(parser);
    if (!parser.parse(arguments)) {
        err << errorLine(parser.errorText()) << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!commandOwnsVersion && parser.isSet(QStringLiteral("version"))) {
        out << "eo-collector-cli " << EOC_VERSION_STRING << Qt::endl;
        return ExitOk;
    }

    Settings settings;
    if (auto s = readRunSettings(settings, parser, err); !s) {
        err << errorLine(s.error().message) << Qt::endl;
        return ExitBadInput;
    }
    AppServices services(settings);
    NetworkAccess &network = services.network();
    ProviderRegistry &registry = services.registry();
    CliCredentials credentials;

    CliContext context;
    context.settings = &settings;
    context.registry = &registry;
    context.network = &network;
    context.credentials = &credentials;
    context.out = &out;
    context.err = &err;
    context.stdoutIsTerminal = ::isatty(STDOUT_FILENO) == 1;
    context.stdinIsTerminal = ::isatty(STDIN_FILENO) == 1;
    context.cliCredentials = &credentials;
    credentials.setOneTimeCodeInput(false, context.stdinIsTerminal);
    // Settings defaults of every provider, so --set and providers --json see them.
    registry.providers(context.providerContext(), &settings);
    // Every key is declared now: a mistyped one is an error, not a setting silently unused.
    if (auto s = settings.checkOverrides(); !s) {
        err << errorLine(s.error().message) << Qt::endl;
        return ExitBadInput;
    }
    // A broken network setting must not stop commands that never use the network.
    if (command->needsNetwork()) {
        if (const Error e = services.networkSettingsError(); e.isError()) {
            err << errorLine(e.message) << Qt::endl;
            return ExitBadInput;
        }
    }

    if (command->usesQueue()) {
        // A shared queue's password may come from the keychain, which answers asynchronously.
        std::optional<Result<QueueStoreAccess>> access;
        QEventLoop waitForAccess;
        readQueueStoreAccess(settings, &waitForAccess, [&](const Result<QueueStoreAccess> &r) {
            access = r;
            waitForAccess.quit();
        });
        if (!access)
            waitForAccess.exec();
        if (!*access)
            return context.fail(access->error());
        context.queueStore = access->value();
    }

    int exitCode = ExitFailure;
    bool done = false;
    QEventLoop loop;
    QObject::connect(command.get(), &CliCommand::finished, &loop, [&](int code) {
        if (done)
            return;
        done = true;
        exitCode = code;
        loop.quit();
    });
    // Ctrl-C or SIGTERM while a queue runs: the command is ended here (the queue hands its items
    // back as it goes) and the program exits 128 + the signal's number, as a shell expects. Only
    // for the queue's commands: elsewhere a prompt reading the terminal must stay interruptible.
    std::optional<StopSignals> stopSignals;
    if (command->usesQueue())
        stopSignals.emplace();
    bool stopped = false;
    if (stopSignals) {
        QObject::connect(&*stopSignals, &StopSignals::stopRequested, &loop, [&](int signalNumber) {
            if (done)
                return;
            done = stopped = true;
            exitCode = 128 + signalNumber;
            loop.quit();
        });
    }
    command->run(parser, context);
    if (!done)
        loop.exec();
    out.flush();
    err.flush();

    // Log out of every provider before quitting, so sessions do not pile up at services that cap
    // them. The logout requests are ordinary jobs of the network core: wait until they have
    // finished, but never more than a few seconds. Before a stopped command goes: a worker's
    // session slots are let go with its logouts, while its shared limits are still set.
    registry.shutdown();
    if (stopped)
        command.reset();
    QEventLoop drain;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &drain, [&drain, &network] {
        if (network.findChildren<HttpJob *>().isEmpty())
            drain.quit();
    });
    QTimer::singleShot(3000, &drain, &QEventLoop::quit);
    poll.start();
    drain.exec();
    return exitCode;
}

} // namespace eoc::cli
