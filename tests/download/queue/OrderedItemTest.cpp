// Offline products: the queue orders them, keeps them in the "ordered" state across restarts and
// polls the provider until the product is online.
#include "tests/download/queue/QueueTestSupport.h"

#include "core/provider/Provider.h"

#include <QTimer>

using namespace eoc;
using namespace eoc::test;

namespace {

class ReadyJob final : public PlanJob
{
public:
    explicit ReadyJob(DownloadPlan plan) : m_plan(std::move(plan)) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_plan); });
    }
    void cancel() override {}

private:
    DownloadPlan m_plan;
};

// A provider whose product is in a long-term archive until it has been ordered and polled twice.
class ArchiveProvider final : public Provider
{
public:
    QUrl fileUrl;
    int resolves = 0;
    int orders = 0;

    QString name() const override { return QStringLiteral("archive"); }
    QString title() const override { return QStringLiteral("Archive"); }
    QList<CollectionInfo> collections() const override { return {}; }
    ProviderCapabilities capabilities() const override
    {
        ProviderCapabilities c;
        c.canOrderOffline = true;
        return c;
    }
    QList<SettingSpec> settingSpecs() const override { return {}; }
    SearchJob *search(const SearchQuery &) override { return failedSearchJob(Error(ErrorClass::BadInput, QStringLiteral("no"))); }
    SearchJob *lookup(const QString &, const QString &) override
    {
        return failedSearchJob(Error(ErrorClass::BadInput, QStringLiteral("no")));
    }
    PlanJob *resolve(const SceneResult &) override
    {
        ++resolves;
        DownloadPlan plan;
        if (orders == 0 || resolves < 3) {
            plan.offline = true;
            plan.ordered = orders > 0;
            plan.offlineReason = QStringLiteral("in the long-term archive");
            return new ReadyJob(plan);
        }
        DownloadFile f;
        f.url = fileUrl;
        f.relativePath = QStringLiteral("product.bin");
        plan.files << f;
        return new ReadyJob(plan);
    }
    PlanJob *order(const SceneResult &) override
    {
        ++orders;
        DownloadPlan plan;
        plan.offline = true;
        plan.ordered = true;
        return new ReadyJob(plan);
    }
};

} // namespace

TEST(OrderedItem, IsOrderedPolledWithBackOffAndDownloadedOnceOnline)
{
    LocalHttpServer server;
    const QByteArray data = testPayload(5000);
    server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    QTemporaryDir dir;
    NetworkAccess network;
    ArchiveProvider provider;
    provider.fileUrl = server.url(QStringLiteral("/product.bin"));
    const TestQueueStore store(dir.filePath(QStringLiteral("queue.sqlite")));
    DownloadQueue::Options options = store.applyTo({});
    options.orderPollSeconds = 1;
    auto lookup = [&provider](const QString &) -> Result<Provider *> { return &provider; };

    qint64 id = 0;
    {
        DownloadQueue queue(&network, lookup, options);
        ASSERT_TRUE(queue.open().ok());
        QueueItemRequest r;
        r.provider = QStringLiteral("archive");
        r.scene.sceneId = QStringLiteral("LC08_L1TP_001002_20200101_20200101_02_T1");
        r.outputFolder = dir.filePath(QStringLiteral("out"));
        id = queue.add(r).value();
        queue.start();
        ASSERT_TRUE(waitUntil([&] { return queue.item(id)->state == QueueState::Ordered; }, 5000));
        EXPECT_EQ(provider.orders, 1);
        EXPECT_TRUE(queue.item(id)->nextPoll > QDateTime::currentDateTimeUtc());
        EXPECT_FALSE(queue.isIdle());
    }
    // A restart keeps the order: the item is still "ordered" and is not ordered twice.
    DownloadQueue queue(&network, lookup, options);
    ASSERT_TRUE(queue.open().ok());
    EXPECT_EQ(queue.item(id)->state, QueueState::Ordered);
    queue.start();
    ASSERT_TRUE(waitUntil([&] { return queue.item(id)->state == QueueState::Done; }, 15000))
        << queueStateName(queue.item(id)->state).toStdString() << " " << queue.item(id)->error.message.toStdString();
    EXPECT_EQ(provider.orders, 1);
    EXPECT_GE(provider.resolves, 3);
    EXPECT_EQ(fileBytes(dir.filePath(QStringLiteral("out/product.bin"))), data);
}

TEST(OrderedItem, OfflineProductOfAProviderThatCannotOrderFailsAsOffline)
{
    class NoOrders final : public Provider
    {
    public:
        QString name() const override { return QStringLiteral("plain"); }
        QString title() const override { return QStringLiteral("Plain"); }
        QList<CollectionInfo> collections() const override { return {}; }
        ProviderCapabilities capabilities() const override { return {}; }
        QList<SettingSpec> settingSpecs() const override { return {}; }
        SearchJob *search(const SearchQuery &) override { return nullptr; }
        SearchJob *lookup(const QString &, const QString &) override { return nullptr; }
        PlanJob *resolve(const SceneResult &) override
        {
            DownloadPlan plan;
            plan.offline = true;
            plan.offlineReason = QStringLiteral("The product is in the long-term archive");
            return new ReadyJob(plan);
        }
    } provider;
    QTemporaryDir dir;
    NetworkAccess network;
    const TestQueueStore store(dir.filePath(QStringLiteral("queue.sqlite")));
    DownloadQueue::Options options = store.applyTo({});
    DownloadQueue queue(&network, [&provider](const QString &) -> Result<Provider *> { return &provider; }, options);
    ASSERT_TRUE(queue.open().ok());
    QueueItemRequest r;
    r.provider = QStringLiteral("plain");
    r.scene.sceneId = QStringLiteral("x");
    r.outputFolder = dir.filePath(QStringLiteral("out"));
    const qint64 id = queue.add(r).value();
    queue.start();
    ASSERT_TRUE(waitUntil([&] { return queue.item(id)->state == QueueState::Failed; }, 5000));
    EXPECT_EQ(queue.item(id)->error.errorClass, ErrorClass::Offline);
    EXPECT_EQ(queue.item(id)->error.message, QStringLiteral("The product is in the long-term archive"));
}
