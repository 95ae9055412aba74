#include "core/provider/Provider.h"

#include "core/settings/SettingsView.h"

#include <QCoreApplication>
#include <QTimer>

namespace eoc {

QString Provider::settingValue(const SettingsView *settings, const QString &key) const
{
    if (settings) {
        const QString value = settings->value(key);
        if (!value.isEmpty())
            return value;
    }
    const auto specs = settingSpecs();
    for (const auto &spec : specs) {
        if (spec.key == key)
            return spec.defaultValue;
    }
    return {};
}

std::optional<CollectionInfo> Provider::findCollection(const QString &name) const
{
    const auto all = collections();
    for (const auto &c : all) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    for (const auto &c : all) {
        for (const auto &alias : c.aliases) {
            if (alias.compare(name, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return std::nullopt;
}

PlanJob *Provider::order(const SceneResult &scene)
{
    return failedPlanJob(Error(ErrorClass::Offline,
                               QCoreApplication::translate("Provider", "%1 is offline and %2 cannot order offline products")
                                   .arg(scene.sceneId, title())));
}

CollectionsJob *Provider::refreshCollections(const QVariantMap &)
{
    return failedCollectionsJob(Error(ErrorClass::BadInput,
                                      QCoreApplication::translate("Provider", "%1 has a fixed list of collections").arg(title())));
}

QList<FilterField> Provider::filterFields(const QString &) const
{
    return {};
}

void Provider::requestFilterFields(const QString &) {}

bool SearchJob::emitFinishedOnce()
{
    if (!markDone())
        return false;
    Q_EMIT finished();
    return true;
}

bool SearchJob::emitFailedOnce(const Error &error)
{
    if (!markDone())
        return false;
    Q_EMIT failed(error);
    return true;
}

bool PlanJob::emitFinishedOnce(const DownloadPlan &plan)
{
    if (!markDone())
        return false;
    Q_EMIT finished(plan);
    return true;
}

bool PlanJob::emitFailedOnce(const Error &error)
{
    if (!markDone())
        return false;
    Q_EMIT failed(error);
    return true;
}

bool CollectionsJob::emitFinishedOnce(const QList<CollectionInfo> &collections)
{
    if (!markDone())
        return false;
    Q_EMIT finished(collections);
    return true;
}

bool CollectionsJob::emitFailedOnce(const Error &error)
{
    if (!markDone())
        return false;
    Q_EMIT failed(error);
    return true;
}

namespace {

// Jobs that fail once started; cancel() before that ends them as cancelled instead.
template <typename Job>
class FailingJob final : public Job
{
public:
    explicit FailingJob(Error error) : m_error(std::move(error)) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] { this->emitFailedOnce(m_error); });
    }
    void cancel() override { this->emitFailedOnce(Error(ErrorClass::Cancelled, QCoreApplication::translate("Provider", "Cancelled"))); }

private:
    Error m_error;
};

} // namespace

PlanJob *failedPlanJob(const Error &error)
{
    return new FailingJob<PlanJob>(error);
}

SearchJob *failedSearchJob(const Error &error)
{
    return new FailingJob<SearchJob>(error);
}

CollectionsJob *failedCollectionsJob(const Error &error)
{
    return new FailingJob<CollectionsJob>(error);
}

} // namespace eoc
