#pragma once

#include "providers/usgs/M2mApi.h"

#include "core/provider/CollectionsJob.h"

#include <QVariantMap>

#include <functional>

namespace eoc::usgs {

// M2M `dataset-search` for the datasets the account may see. Filters: "dataset" (M2M's datasetName
// wildcard) or "keyword" (the same, for callers that search every provider by keyword). `listed`
// receives the parsed datasets before finished() carries the provider's whole list.
class UsgsCollectionsJob final : public CollectionsJob
{
    Q_OBJECT
public:
    using Listed = std::function<QList<CollectionInfo>(const QList<CollectionInfo> &datasets)>;

    UsgsCollectionsJob(M2mApi api, QVariantMap filters, Listed listed);

    void start() override;
    void cancel() override;

private:
    M2mApi m_api;
    QVariantMap m_filters;
    Listed m_listed;
    QPointer<QObject> m_calls = new QObject(this);   // context of the M2M call; deleted by cancel()
};

} // namespace eoc::usgs
