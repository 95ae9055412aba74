#pragma once

#include <EOCollector/Download.h>
#include <EOCollector/Scene.h>
#include <EOCollector/Search.h>

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace EOCollector {

// What a provider plug-in offers.
struct ProviderInfo {
    QString name;                      // "stac"; what SearchRequest::providers takes
    QString title;                     // "STAC catalogues"
    QStringList presets;               // named services, searched as "stac:earth-search"
    QStringList collections;           // the collections it knows now (some accept any name)
    bool needsCredentials = false;     // for downloading
    QString unavailableReason;         // why it cannot search now; empty when it can
};

struct SessionOptions {
    // The settings file the programs share; empty: the user's own (~/.config/eo-collector/
    // settings.ini). Settings hold no secret: accounts come from the environment
    // (EOC_<PROVIDER>_USERNAME / _PASSWORD / _TOKEN) or the keychain.
    QString settingsFile;
    // Settings for this session only, on top of the file ("stac.url" -> "http://..."), the same
    // as the CLI's --set KEY=VALUE.
    QMap<QString, QString> settings;
    // Folders of provider plug-ins. Empty: the installed plug-ins (<prefix>/lib/eo-collector/
    // providers beside this library), the user's (<XDG data>/eo-collector/providers) and those
    // in EOC_PLUGIN_PATH.
    QStringList pluginFolders;
};

// The entry point of the library: the settings, the network, the accounts and the provider
// plug-ins, as the desktop program and eo-collector-cli have them. One Session per program is
// enough; everything it hands out lives in the thread that created it.
//
// A program with no event loop of its own may use the blocking calls (search(), download()): a
// QCoreApplication is created for it when there is none. Programs that run an event loop start
// tasks (startSearch(), startDownload()) and connect to their one terminal signal.
class Session final
{
public:
    explicit Session(const SessionOptions &options = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // The registry: every provider found, sorted by name, and one by name or alias.
    QStringList providerNames() const;
    std::optional<ProviderInfo> provider(const QString &nameOrAlias) const;
    // What went wrong while loading plug-ins (a file that is not a provider, a duplicate name).
    QStringList pluginWarnings() const;
    // Loads the plug-ins of more folders (your own providers).
    void loadPlugins(const QStringList &folders);

    // A search of one or more providers; see Search.h. The task is yours to delete (deleteLater).
    SearchTask *startSearch(const SearchRequest &request);
    SearchOutcome search(const SearchRequest &request);

    // Downloads the scenes into request.outputFolder; see Download.h.
    DownloadTask *startDownload(const QList<Scene> &scenes, const DownloadRequest &request);
    DownloadOutcome download(const QList<Scene> &scenes, const DownloadRequest &request);

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace EOCollector
