#pragma once

#include "providers/usgs/M2mApi.h"

#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"

#include <QHash>
#include <QJsonArray>

#include <memory>

namespace eoc::usgs {

// dataset-filters answers per dataset, kept for the provider's lifetime (they rarely change).
using DatasetFilterCache = QHash<QString, QJsonArray>;

// scene-search over every page (startingNumber advanced by the records returned until totalHits
// are read), once per part of the region (a box across the antimeridian is searched as its two
// halves; duplicates are dropped). A PageGuard ends paging on a repeated page key, after pages
// that add nothing new (M2M repeating a page) and at the limit. Path/row and day/night go through the dataset's own filter ids,
// looked up by their labels in dataset-filters.
class UsgsSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    UsgsSearchJob(M2mApi api, std::shared_ptr<DatasetFilterCache> filterCache, int pageSize,
                  SearchQuery query, QString dataset, QString lookupId = {});

    void start() override;
    void cancel() override;

    // M2M caps one search at 50 000 scenes.
    static constexpr int kSearchCap = 50000;

private:
    bool needsDatasetFilters() const;
    void withDatasetFilters();
    void run(const QJsonArray &datasetFilters);
    void requestPage();
    void onPage(const QJsonObject &data);
    void nextPart();
    void finish();
    void fail(const Error &error);

    M2mApi m_api;
    std::shared_ptr<DatasetFilterCache> m_filterCache;
    int m_pageSize = 1000;
    SearchQuery m_query;
    QString m_dataset;
    QString m_lookupId;

    QList<QJsonValue> m_spatialParts;   // null: no spatial filter
    QJsonObject m_sceneFilterBase;
    int m_part = 0;
    int m_startingNumber = 1;
    qint64 m_total = 0;
    PageGuard m_guard;
    QPointer<QObject> m_calls = new QObject(this);   // context of this job's M2M calls; deleted by cancel()
    bool m_done = false;
};

} // namespace eoc::usgs
