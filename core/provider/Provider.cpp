#include "core/provider/Provider.h"

#include <QTimer>

namespace eoc {

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
                               QStringLiteral("%1 is offline and %2 cannot order offline products")
                                   .arg(scene.sceneId, title())));
}

namespace {

class FailedPlanJob final : public PlanJob
{
public:
    explicit FailedPlanJob(Error error) : m_error(std::move(error)) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(m_error); });
    }
    void cancel() override {}

private:
    Error m_error;
};

class FailedSearchJob final : public SearchJob
{
public:
    explicit FailedSearchJob(Error error) : m_error(std::move(error)) {}
    void start() override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(m_error); });
    }
    void cancel() override {}

private:
    Error m_error;
};

} // namespace

PlanJob *failedPlanJob(const Error &error)
{
    return new FailedPlanJob(error);
}

SearchJob *failedSearchJob(const Error &error)
{
    return new FailedSearchJob(error);
}

} // namespace eoc
