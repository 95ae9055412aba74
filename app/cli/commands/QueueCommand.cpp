// `queue`: lists and controls the download queue, the same journal the desktop application shows.
#include "app/cli/commands/Commands.h"

#include "app/cli/queue/QueueReporter.h"
#include "core/download/queue/DownloadQueue.h"
#include "core/download/queue/DownloadSecrets.h"
#include "core/download/queue/ItemFolder.h"
#include "core/provider/Provider.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace eoc::cli {
namespace {

class QueueCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override { return QCoreApplication::translate("QueueCommand", "Show and control the download queue"); }
    bool usesQueue() const override { return true; }

    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("list | pause | resume | cancel | retry | remove | run | worker"));
        parser.addPositionalArgument(QStringLiteral("ids"), QCoreApplication::translate("QueueCommand", "Item ids (or --all)."), QStringLiteral("[ID...]"));
        parser.addOptions({
            {QStringLiteral("all"), QCoreApplication::translate("QueueCommand", "Every item.")},
            {QStringLiteral("json"), QCoreApplication::translate("QueueCommand", "One JSON object per line.")},
            {QStringLiteral("jobs"), QCoreApplication::translate("QueueCommand", "run, worker: transfers at once (default 4); a worker also holds at most N items."), QStringLiteral("N")},
            {QStringLiteral("name"), QCoreApplication::translate("QueueCommand", "worker: this worker's name in the shared queue (default: host name and process id)."), QStringLiteral("NAME")},
            {QStringLiteral("until-empty"), QCoreApplication::translate("QueueCommand", "worker: stop once no queued item is left to run; without it the worker waits for new items.")},
            {QStringLiteral("limit-rate"), QCoreApplication::translate("QueueCommand", "run: total download rate, like curl: 500K, 2M."), QStringLiteral("RATE")},
        });
    }

    void run(const QCommandLineParser &parser, const CliContext &context) override
    {
        QStringList args = parser.positionalArguments();
        if (!args.isEmpty() && args.first() == name())
            args.removeFirst();
        if (args.isEmpty()) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput,
                                         QCoreApplication::translate("QueueCommand", "queue needs an action: list, pause, resume, cancel, retry, remove, run or worker")));
            return;
        }
        const QString action = args.takeFirst();
        static const QStringList actions = {QStringLiteral("list"), QStringLiteral("pause"), QStringLiteral("resume"),
                                            QStringLiteral("cancel"), QStringLiteral("retry"), QStringLiteral("remove"),
                                            QStringLiteral("run"), QStringLiteral("worker")};
        if (!actions.contains(action)) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "Unknown queue action '%1' (%2)")
                                                                   .arg(action, actions.join(QStringLiteral(", ")))));
            return;
        }
        QList<qint64> ids;
        for (const QString &a : std::as_const(args)) {
            bool ok = false;
            const qint64 id = a.toLongLong(&ok);
            if (!ok || id <= 0) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "'%1' is not a queue item id").arg(a)));
                return;
            }
            ids << id;
        }
        const bool all = parser.isSet(QStringLiteral("all"));
        const bool worker = action == QLatin1String("worker");
        if (worker && !ids.isEmpty()) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "queue worker takes no item ids: it runs whatever the queue holds")));
            return;
        }
        if (!worker && (parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("until-empty")))) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "--name and --until-empty are for queue worker")));
            return;
        }
        if (action != QLatin1String("list") && action != QLatin1String("run") && !worker && ids.isEmpty() && !all) {
            Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "queue %1 needs item ids or --all").arg(action)));
            return;
        }
        DownloadQueue::Options options;
        if (auto s = applyQueueSettings(*context.settings, options); !s) {
            Q_EMIT finished(context.fail(s.error()));
            return;
        }
        if (parser.isSet(QStringLiteral("jobs"))) {
            bool ok = false;
            options.maxConnections = parser.value(QStringLiteral("jobs")).toInt(&ok);
            if (!ok || options.maxConnections < 1 || options.maxConnections > 64) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "--jobs needs a number from 1 to 64")));
                return;
            }
        }
        if (parser.isSet(QStringLiteral("limit-rate"))) {
            const auto rate = parseRate(parser.value(QStringLiteral("limit-rate")));
            if (!rate) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "--limit-rate '%1' is not a rate like 500K or 2M")
                                                                       .arg(parser.value(QStringLiteral("limit-rate")))));
                return;
            }
            options.limitBytesPerSecond = *rate;
        }
        options.store = context.queueStore.location;
        options.storePassword = context.queueStore.password;
        if (worker) {
            options.worker = parser.isSet(QStringLiteral("name"))
                                 ? parser.value(QStringLiteral("name")).trimmed()
                                 : QStringLiteral("%1-%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
            if (options.worker.isEmpty() || options.worker.size() > 200) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "--name needs a name of 1 to 200 characters")));
                return;
            }
            options.workerItems = options.maxConnections;
        }
        m_queue = new DownloadQueue(context.network, context.registry, context.providerContext(), options, this);
        if (auto s = m_queue->open(); !s) {
            Q_EMIT finished(context.fail(s.error()));
            return;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        if (all || ids.isEmpty())
            ids = m_queue->ids();
        for (qint64 id : std::as_const(ids)) {
            if (!m_queue->item(id)) {
                Q_EMIT finished(context.fail(ErrorClass::BadInput, QCoreApplication::translate("QueueCommand", "No queue item %1").arg(id)));
                return;
            }
        }

        if (action == QLatin1String("list")) {
            if (!json && ids.isEmpty())
                *context.out << QCoreApplication::translate("QueueCommand", "The queue is empty.") << '\n';
            for (qint64 id : std::as_const(ids)) {
                const auto item = *m_queue->item(id);
                *context.out << (json ? QueueReporter::itemJson(item, QStringLiteral("item")) : QueueReporter::itemLine(item)) << '\n';
            }
            Q_EMIT finished(ExitOk);
            return;
        }
        if (worker) {
            runWorker(parser.isSet(QStringLiteral("until-empty")), json, context);
            return;
        }
        if (action == QLatin1String("run")) {
            if (!m_queue->isRunner()) {
                const QueueStoreLocation &shared = context.queueStore.location;
                Q_EMIT finished(context.fail(ErrorClass::Permanent,
                                             shared.isLocal()
                                                 ? QCoreApplication::translate("QueueCommand", "Another eo-collector process is running the queue (%1.lock)")
                                                       .arg(m_queue->journalPath())
                                                 : QCoreApplication::translate("QueueCommand", "Another machine or process is running the shared queue %1; "
                                                                                               "`download` hands it items and follows them")
                                                       .arg(shared.toString())));
                return;
            }
            const auto mode = json ? QueueReporter::Mode::Json
                              : context.stdoutIsTerminal ? QueueReporter::Mode::Bar
                                                         : QueueReporter::Mode::Lines;
            auto *reporter = new QueueReporter(m_queue, mode, context.out, this);
            connect(reporter, &QueueReporter::finished, this, [this](int code) { finishAfterKeychain(code); });
            reporter->watch(all || parser.positionalArguments().size() <= 2 ? QList<qint64>() : ids);
            m_queue->start();
            return;
        }
        for (qint64 id : std::as_const(ids)) {
            Status s = success();
            if (action == QLatin1String("pause"))
                s = m_queue->pause(id);
            else if (action == QLatin1String("resume"))
                s = m_queue->resume(id);
            else if (action == QLatin1String("cancel"))
                s = m_queue->cancel(id);
            else if (action == QLatin1String("retry"))
                s = m_queue->retry(id);
            else if (action == QLatin1String("remove"))
                s = m_queue->remove(id);
            if (!s) {
                Q_EMIT finished(context.fail(s.error()));
                return;
            }
            if (json) {
                if (const auto item = m_queue->item(id))
                    *context.out << QueueReporter::itemJson(*item, action) << '\n';
            } else {
                *context.out << action << ' ' << id << '\n';
            }
        }
        finishAfterKeychain(ExitOk);
    }

private:
    void runWorker(bool untilEmpty, bool json, const CliContext &context)
    {
        const auto mode = json ? QueueReporter::Mode::Json : context.stdoutIsTerminal ? QueueReporter::Mode::Bar : QueueReporter::Mode::Lines;
        if (!json) {
            *context.out << QCoreApplication::translate("QueueCommand", "Worker %1 on %2%3")
                                .arg(m_queue->workerName(), m_queue->storeDescription(),
                                     m_queue->isRunner() ? QString()
                                                         : QCoreApplication::translate("QueueCommand", " (waiting: a runner holds the queue)"))
                         << '\n';
            context.out->flush();
        }
        auto *reporter = new QueueReporter(m_queue, mode, context.out, this);
        // Without --until-empty a worker stays for the items added later, until it is stopped.
        if (untilEmpty)
            connect(reporter, &QueueReporter::finished, this, [this](int code) { finishAfterKeychain(code); });
        reporter->watch({});
        m_queue->start();
    }

    // Removed or finished items drop their secret headers from the keychain; exiting before that
    // is done would leave them there.
    void finishAfterKeychain(int code)
    {
        m_queue->secrets()->whenSettled(this, [this, code] { Q_EMIT finished(code); });
    }

    DownloadQueue *m_queue = nullptr;
};

} // namespace

std::unique_ptr<CliCommand> makeQueueCommand()
{
    return std::make_unique<QueueCommand>();
}
} // namespace eoc::cli
