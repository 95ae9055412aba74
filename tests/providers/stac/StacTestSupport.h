#pragma once

// Replaying recorded STAC responses from tests/data/stac on a LocalHttpServer.

#include "core/model/Region.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"
#include "core/settings/Settings.h"
#include "providers/stac/StacProvider.h"
#include "tests/support/LocalHttpServer.h"
#include "tests/support/SearchRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace eoc::test {

// The recorded bodies name the public hosts; the local server answers in their place.
inline QByteArray servedFrom(const LocalHttpServer &server, QByteArray body)
{
    const QByteArray root = server.url(QString()).toEncoded();
    for (const char *host : {"https://earth-search.aws.element84.com/v1", "https://planetarycomputer.microsoft.com/api/stac/v1"})
        body.replace(QByteArray(host), root);
    return body;
}

inline CannedResponse replay(const LocalHttpServer &server, const QString &file, int status = 200)
{
    return CannedResponse::json(servedFrom(server, readTestData(QStringLiteral("stac/") + file)), status);
}

// `server` answers each path with its recorded file (under tests/data/stac) and 404 otherwise.
inline void replayRoutes(LocalHttpServer &server, const QList<QPair<QString, QString>> &pathToFile)
{
    server.setHandler([&server, pathToFile](const RecordedRequest &r) {
        const QString path = r.url().path();
        for (const auto &[routePath, file] : pathToFile) {
            if (path == routePath)
                return replay(server, file);
        }
        return CannedResponse::text("not found", 404);
    });
}

inline QJsonObject fixtureObject(const QString &file)
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("stac/") + file)).object();
}

inline QJsonObject bodyOf(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

inline bool regionAvailable()
{
    return Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1,0 1,0 0))")).ok();
}

// A provider with per-run settings overrides, the way `--set KEY=VALUE` gives them.
struct StacFixture {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    NetworkAccess network;
    std::unique_ptr<stac::StacProvider> provider;

    // `fixed`: the provider as a plug-in fixed to one preset creates it (e.g. `bdc`).
    explicit StacFixture(const std::optional<stac::StacProvider::FixedCatalog> &fixed = std::nullopt,
                         CredentialSource *credentials = nullptr)
    {
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        NetworkAccess::Policy policy;
        policy.baseBackoffMs = 10;
        policy.maxBackoffMs = 20;
        network.setPolicy(policy);
        ProviderContext context;
        context.network = &network;
        context.settings = settings.get();
        context.credentials = credentials;
        provider = fixed ? std::make_unique<stac::StacProvider>(context, *fixed)
                         : std::make_unique<stac::StacProvider>(context);
        for (const auto &spec : provider->settingSpecs())
            settings->registerDefault(spec.key, spec.defaultValue);
    }
    void set(const QString &key, const QString &value) { settings->setOverride(key, value); }
};

} // namespace eoc::test
