// ProviderRegistry with a real plug-in (tests/provider/plugin, built twice into test-plugins/a and
// test-plugins/b under the same provider name).
#include "core/provider/ProviderRegistry.h"
#include "core/settings/Settings.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace eoc {
namespace {

const QString kDirA = QStringLiteral(EOC_TEST_PLUGIN_DIR_A);
const QString kDirB = QStringLiteral(EOC_TEST_PLUGIN_DIR_B);

QString pluginFileIn(const QString &folder)
{
    const auto files = QDir(folder).entryInfoList({QStringLiteral("eoc_provider_*")}, QDir::Files);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

class ProviderRegistryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        ASSERT_FALSE(pluginFileIn(kDirA).isEmpty()) << "test plug-in not built in " << kDirA.toStdString();
        ASSERT_FALSE(pluginFileIn(kDirB).isEmpty()) << "test plug-in not built in " << kDirB.toStdString();
        m_settings = std::make_unique<Settings>(m_tmp.filePath(QStringLiteral("settings.json")));
        m_context.settings = m_settings.get();
    }

    // Runs a search on `provider` and returns the results of every page.
    QList<SceneResult> searchAll(Provider *provider)
    {
        SearchQuery query;
        query.collection = QStringLiteral("demo-collection");
        std::unique_ptr<SearchJob> job(provider->search(query));
        QList<SceneResult> results;
        QObject::connect(job.get(), &SearchJob::pageReady, job.get(),
                         [&results](const QList<SceneResult> &page) { results << page; });
        QSignalSpy finished(job.get(), &SearchJob::finished);
        QSignalSpy failed(job.get(), &SearchJob::failed);
        job->start();
        EXPECT_TRUE(finished.wait(5000));
        EXPECT_EQ(failed.count(), 0);
        return results;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Settings> m_settings;
    ProviderContext m_context;
};

TEST_F(ProviderRegistryTest, LoadsThePluginFromAFolderAndSearches)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({kDirA});
    EXPECT_EQ(registry.names(), QStringList{QStringLiteral("testdemo")});
    EXPECT_TRUE(registry.warnings().isEmpty()) << registry.warnings().join(QLatin1Char('\n')).toStdString();

    auto provider = registry.provider(QStringLiteral("testdemo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok()) << provider.error().message.toStdString();
    EXPECT_EQ(provider.value()->name(), QStringLiteral("testdemo"));
    // Created once: the second request returns the same provider.
    EXPECT_EQ(registry.provider(QStringLiteral("TESTDEMO"), m_context, m_settings.get()).value(), provider.value());

    const auto results = searchAll(provider.value());
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().sceneId, QStringLiteral("theid"));
    EXPECT_EQ(results.first().cloudCover, 100.0);
    EXPECT_EQ(results.first().provider, QStringLiteral("testdemo"));
    EXPECT_EQ(results.first().collection, QStringLiteral("demo-collection"));
}

TEST_F(ProviderRegistryTest, LoadsThePluginThroughEocPluginPath)
{
    // EOC_PLUGIN_PATH may list several folders; the plug-in's folder is the second here.
    const QByteArray previous = qgetenv("EOC_PLUGIN_PATH");
    qputenv("EOC_PLUGIN_PATH", (m_tmp.path() + QDir::listSeparator() + kDirA).toUtf8());
    EXPECT_TRUE(ProviderRegistry::pluginFolders().contains(QDir::cleanPath(kDirA)));
    ProviderRegistry registry;
    registry.loadPlugins();
    qputenv("EOC_PLUGIN_PATH", previous);

    ASSERT_TRUE(registry.contains(QStringLiteral("testdemo")));
    auto provider = registry.provider(QStringLiteral("testdemo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok()) << provider.error().message.toStdString();
    EXPECT_EQ(searchAll(provider.value()).size(), 1);
}

TEST_F(ProviderRegistryTest, SettingDefaultsAreRegisteredAndReadWhenTheSearchStarts)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({kDirA});
    auto provider = registry.provider(QStringLiteral("testdemo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok());
    EXPECT_EQ(m_settings->defaultValue(QStringLiteral("testdemo.scene_id")), QStringLiteral("theid"));

    // Changed after the provider exists: the provider reads it lazily.
    ASSERT_TRUE(m_settings->applyAssignment(QStringLiteral("testdemo.scene_id=another")).ok());
    const auto results = searchAll(provider.value());
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().sceneId, QStringLiteral("another"));
}

TEST_F(ProviderRegistryTest, RefusesADuplicateNameNamingBothFiles)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({kDirA, kDirB});
    EXPECT_EQ(registry.names(), QStringList{QStringLiteral("testdemo")});
    ASSERT_EQ(registry.warnings().size(), 1) << registry.warnings().join(QLatin1Char('\n')).toStdString();
    const QString warning = registry.warnings().first();
    EXPECT_TRUE(warning.contains(pluginFileIn(kDirA))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(pluginFileIn(kDirB))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("'testdemo'"))) << warning.toStdString();

    // The first one loaded is the one used.
    auto provider = registry.provider(QStringLiteral("testdemo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok());
    EXPECT_EQ(searchAll(provider.value()).size(), 1);
}

TEST_F(ProviderRegistryTest, UnknownProviderListsTheKnownOnes)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({kDirA});
    const auto result = registry.provider(QStringLiteral("nosuchprovider"), m_context, m_settings.get());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nosuchprovider"))) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("testdemo"))) << result.error().message.toStdString();
}

TEST_F(ProviderRegistryTest, AliasFindsTheProvider)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({kDirA});
    // Aliases are known once the provider exists; provider() creates them all to look.
    auto provider = registry.provider(QStringLiteral("demo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok()) << provider.error().message.toStdString();
    EXPECT_EQ(provider.value()->name(), QStringLiteral("testdemo"));
}

TEST_F(ProviderRegistryTest, SkipsFilesThatAreNotPlugins)
{
    // Beside the plug-in, sorted before it so loading must go on past them: a text file named like
    // a library, a truncated copy of the plug-in (a broken library) and an unrelated text file.
    const QString folder = m_tmp.filePath(QStringLiteral("plugins"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString plugin = pluginFileIn(kDirA);
    ASSERT_TRUE(QFile::copy(plugin, folder + QLatin1Char('/') + QFileInfo(plugin).fileName()));
    {
        QFile text(folder + QStringLiteral("/eoc_provider_aaa_not_a_plugin.so"));
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        text.write("this is not a shared library\n");
    }
    {
        QFile source(plugin);
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        QFile truncated(folder + QStringLiteral("/eoc_provider_aab_truncated.so"));
        ASSERT_TRUE(truncated.open(QIODevice::WriteOnly));
        truncated.write(source.read(512));
    }
    {
        QFile readme(folder + QStringLiteral("/README.txt"));
        ASSERT_TRUE(readme.open(QIODevice::WriteOnly));
        readme.write("providers go here\n");
    }

    ProviderRegistry registry;
    registry.loadPluginsFrom({folder});
    EXPECT_EQ(registry.names(), QStringList{QStringLiteral("testdemo")});
    auto provider = registry.provider(QStringLiteral("testdemo"), m_context, m_settings.get());
    ASSERT_TRUE(provider.ok()) << provider.error().message.toStdString();
    EXPECT_EQ(searchAll(provider.value()).size(), 1);
}

TEST_F(ProviderRegistryTest, MissingFolderIsIgnored)
{
    ProviderRegistry registry;
    registry.loadPluginsFrom({m_tmp.filePath(QStringLiteral("does-not-exist")), kDirA});
    EXPECT_EQ(registry.names(), QStringList{QStringLiteral("testdemo")});
    EXPECT_TRUE(registry.warnings().isEmpty());
}

} // namespace
} // namespace eoc
