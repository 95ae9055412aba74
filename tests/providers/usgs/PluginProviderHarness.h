#pragma once
// Loading a provider plug-in for a test, with settings overrides and fixed credentials (used by the
// usgs and earthdata provider tests).

#include "core/auth/CredentialSource.h"
#include "core/net/NetworkAccess.h"
#include "core/provider/Provider.h"
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"
#include "tests/support/SearchRunner.h"

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QPluginLoader>
#include <QTest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace eoc::test {

class FixedCredentials final : public CredentialSource
{
public:
    explicit FixedCredentials(Credentials credentials) : m_credentials(std::move(credentials)) {}
    void credentials(const QString &provider, const QString &, QObject *context, Callback callback) override
    {
        ++lookups;
        lastProvider = provider;
        QMetaObject::invokeMethod(context, [callback, c = m_credentials] { callback(c); }, Qt::QueuedConnection);
    }
    int lookups = 0;
    QString lastProvider;

private:
    Credentials m_credentials;
};

// One provider from its plug-in, with its own network core and settings (overrides as --set does).
struct LoadedProvider {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    NetworkAccess network;
    std::unique_ptr<FixedCredentials> credentials;
    Provider *provider = nullptr;
    std::unique_ptr<QObject> owner = std::make_unique<QObject>();

    LoadedProvider(const QString &name, const Credentials &creds)
        : settings(std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini"))))
        , credentials(std::make_unique<FixedCredentials>(creds))
    {
        load(name, credentials.get());
    }
    // With credentials of the test's making (several accounts, refusals...), not owned.
    LoadedProvider(const QString &name, CredentialSource *source)
        : settings(std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini"))))
    {
        load(name, source);
    }
    void load(const QString &name, CredentialSource *source)
    {
        NetworkAccess::Policy policy;
        policy.baseBackoffMs = 10;
        policy.maxBackoffMs = 50;
        network.setPolicy(policy);
        // The registry's search path: EOC_PLUGIN_PATH and the build's lib folder next to bin/.
        QString path;
        const auto folders = ProviderRegistry::pluginFolders();
        for (const auto &folder : folders) {
            const QString candidate = QDir(folder).filePath(QStringLiteral("eoc_provider_%1.so").arg(name));
            if (QFile::exists(candidate))
                path = candidate;
        }
        QPluginLoader loader(path);
        auto *factory = qobject_cast<ProviderFactory *>(loader.instance());
        EXPECT_TRUE(factory) << loader.errorString().toStdString();
        if (!factory)
            std::abort();   // nothing below can run without the provider
        ProviderContext context;
        context.network = &network;
        context.settings = settings.get();
        context.credentials = source;
        provider = factory->create(context, owner.get());
    }
    void set(const QString &key, const QString &value) { settings->setOverride(key, value); }
};

struct RefreshOutcome {
    std::optional<QList<CollectionInfo>> collections;
    std::optional<Error> error;
};

inline RefreshOutcome runRefresh(CollectionsJob *job)
{
    RefreshOutcome outcome;
    QObject guard;
    bool done = false;
    QObject::connect(job, &CollectionsJob::finished, &guard, [&](const QList<CollectionInfo> &c) {
        outcome.collections = c;
        done = true;
    });
    QObject::connect(job, &CollectionsJob::failed, &guard, [&](const Error &e) { outcome.error = e; done = true; });
    job->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 15000));
    delete job;
    return outcome;
}

} // namespace eoc::test
