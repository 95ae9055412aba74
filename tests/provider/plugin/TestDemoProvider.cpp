// A provider plug-in built only for the tests, the counterpart of BDC-Collectors' DEMO provider:
// every search gives one result, scene "theid" with 100 % cloud cover. The scene id is a setting
// (testdemo.scene_id), read when a search starts, so tests can check that settings reach plug-ins.
#include "core/provider/Provider.h"
#include "core/settings/SettingsView.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace eoc::testdemo {
namespace {

const QString kName = QStringLiteral("testdemo");
const QString kSceneIdKey = QStringLiteral("testdemo.scene_id");

class DemoSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    DemoSearchJob(QString sceneId, QString collection)
        : m_sceneId(std::move(sceneId)), m_collection(std::move(collection))
    {
    }
    void start() override
    {
        // Asynchronous like every real provider: the signals come from the event loop.
        QTimer::singleShot(0, this, [this] {
            if (m_cancelled)
                return;
            SceneResult result;
            result.sceneId = m_sceneId;
            result.provider = kName;
            result.collection = m_collection;
            result.cloudCover = 100.0;
            Q_EMIT progress(1, 1);
            Q_EMIT pageReady({result});
            Q_EMIT finished();
        });
    }
    void cancel() override
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT failed(Error(ErrorClass::Cancelled, QStringLiteral("The search was cancelled")));
    }

private:
    QString m_sceneId;
    QString m_collection;
    bool m_cancelled = false;
};

class DemoProvider final : public Provider
{
    Q_OBJECT
public:
    DemoProvider(const ProviderContext &context, QObject *parent)
        : Provider(parent), m_context(context)
    {
    }
    QString name() const override { return kName; }
    QStringList aliases() const override { return {QStringLiteral("demo")}; }
    QString title() const override { return QStringLiteral("Test demo provider"); }
    QList<CollectionInfo> collections() const override
    {
        CollectionInfo c;
        c.name = QStringLiteral("demo-collection");
        c.title = QStringLiteral("Demo collection");
        c.filters = {QStringLiteral("cloud")};
        return {c};
    }
    ProviderCapabilities capabilities() const override
    {
        ProviderCapabilities caps;
        caps.canDownload = false;
        return caps;
    }
    QList<SettingSpec> settingSpecs() const override
    {
        return {{kSceneIdKey, QStringLiteral("theid"), QStringLiteral("The scene id every search returns")}};
    }
    SearchJob *search(const SearchQuery &query) override
    {
        QString sceneId = QStringLiteral("theid");
        if (m_context.settings && m_context.settings->contains(kSceneIdKey))
            sceneId = m_context.settings->value(kSceneIdKey);
        return new DemoSearchJob(sceneId, query.collection);
    }
    SearchJob *lookup(const QString &collection, const QString &sceneId) override
    {
        return new DemoSearchJob(sceneId, collection);
    }
    PlanJob *resolve(const SceneResult &) override
    {
        return failedPlanJob(Error(ErrorClass::Permanent, QStringLiteral("The demo provider has nothing to download")));
    }

private:
    ProviderContext m_context;
};

} // namespace

class DemoProviderFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EOC_PROVIDER_FACTORY_IID FILE "testdemo.json")
    Q_INTERFACES(eoc::ProviderFactory)
public:
    Provider *create(const ProviderContext &context, QObject *parent) override
    {
        return new DemoProvider(context, parent);
    }
};

} // namespace eoc::testdemo

#include "TestDemoProvider.moc"
