#pragma once

#include "core/provider/Provider.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace eoc {
class HttpJob;
class NetworkAccess;
} // namespace eoc

namespace eoc::dataspace {

struct StacSearchPlan {
    QUrl stacBase;                    // https://stac.dataspace.copernicus.eu/v1
    QJsonObject body;                 // the POST /search body of the first page
    std::optional<int> limit;
    QString provider = QStringLiteral("dataspace");
    QString collection;
    QString limitKey = QStringLiteral("dataspace");
};

// The POST /search body for a query: collections, bbox, datetime, cloud cover as a CQL2 filter.
Result<QJsonObject> stacSearchBody(const SearchQuery &query, const QString &stacCollection, int pageSize);
// A STAC item as a SceneResult: the "Product" asset (the OData $value zip) is the download link.
SceneResult parseStacItem(const QJsonObject &item, const QString &provider, const QString &collection);

// A search through CDSE's STAC service: POST /search, then the "next" links (POST with their body
// when they carry one, otherwise GET).
class StacSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    StacSearchJob(NetworkAccess *network, StacSearchPlan plan, QObject *parent = nullptr);
    ~StacSearchJob() override;
    void start() override;
    void cancel() override;

private:
    void send(const QUrl &url, const QByteArray &method, const QJsonObject &body);
    void onResponse(const HttpResponse &response);
    void finish(const std::optional<Error> &error);

    QPointer<NetworkAccess> m_network;
    StacSearchPlan m_plan;
    QPointer<HttpJob> m_job;
    QSet<QString> m_seen;
    qint64 m_delivered = 0;
    qint64 m_total = -1;
    bool m_done = false;
};

} // namespace eoc::dataspace
