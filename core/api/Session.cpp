#include <EOCollector/Session.h>

#include "core/api/TaskPrivate.h"
#include "core/auth/ScriptCredentials.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace EOCollector {

class Session::Private
{
public:
    // First member, destroyed last: everything below needs the application object.
    std::unique_ptr<QCoreApplication> ownApplication;
    std::unique_ptr<eoc::Settings> settings;
    std::unique_ptr<eoc::AppServices> services;
    eoc::ScriptCredentials credentials;

    TaskContext taskContext()
    {
        return {services.get(), settings.get(), services->providerContext(&credentials)};
    }
};

namespace {

// A program without a QCoreApplication gets one: the network, timers and the blocking calls'
// event loop need it.
std::unique_ptr<QCoreApplication> applicationIfNone()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "eo-collector-library";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Runs an event loop until `task` has ended.
template<typename Task>
void waitFor(Task *task)
{
    if (task->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(task, &Task::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

Session::Session(const SessionOptions &options)
    : d(std::make_unique<Private>())
{
    d->ownApplication = applicationIfNone();
    d->settings = std::make_unique<eoc::Settings>(options.settingsFile);
    for (auto it = options.settings.cbegin(); it != options.settings.cend(); ++it)
        d->settings->setOverride(it.key(), it.value(), QStringLiteral("SessionOptions::settings"));
    std::optional<QStringList> folders;
    if (!options.pluginFolders.isEmpty())
        folders = options.pluginFolders;
    d->services = std::make_unique<eoc::AppServices>(*d->settings, folders);
}

Session::~Session()
{
    if (d->services)
        d->services->registry().shutdown();
}

QStringList Session::providerNames() const
{
    return d->services->registry().names();
}

std::optional<ProviderInfo> Session::provider(const QString &nameOrAlias) const
{
    auto provider = d->services->registry().provider(nameOrAlias, d->taskContext().providerContext, d->settings.get());
    if (!provider)
        return std::nullopt;
    const eoc::Provider *p = provider.value();
    ProviderInfo info;
    info.name = p->name();
    info.title = p->title();
    info.presets = p->presets();
    for (const auto &collection : p->collections())
        info.collections.append(collection.name);
    info.needsCredentials = p->capabilities().needsCredentials;
    info.unavailableReason = p->unavailableReason();
    return info;
}

QStringList Session::pluginWarnings() const
{
    return d->services->registry().warnings();
}

void Session::loadPlugins(const QStringList &folders)
{
    d->services->registry().loadPluginsFrom(folders);
}

SearchTask *Session::startSearch(const SearchRequest &request)
{
    auto *task = new SearchTask;
    task->d->begin(d->taskContext(), request);
    return task;
}

SearchOutcome Session::search(const SearchRequest &request)
{
    std::unique_ptr<SearchTask> task(startSearch(request));
    waitFor(task.get());
    return task->outcome();
}

DownloadTask *Session::startDownload(const QList<Scene> &scenes, const DownloadRequest &request)
{
    auto *task = new DownloadTask;
    task->d->begin(d->taskContext(), scenes, request);
    return task;
}

DownloadOutcome Session::download(const QList<Scene> &scenes, const DownloadRequest &request)
{
    std::unique_ptr<DownloadTask> task(startDownload(scenes, request));
    waitFor(task.get());
    return task->outcome();
}

} // namespace EOCollector
