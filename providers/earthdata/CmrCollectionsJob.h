#pragma once

#include "core/provider/CollectionsJob.h"

#include <QPointer>
#include <QUrl>
#include <QVariantMap>

namespace eoc {
class HttpJob;
class NetworkAccess;
struct HttpResponse;
}

namespace eoc::earthdata {

// CMR's collection search (collections.umm_json) with the caller's filters: keyword (free text,
// e.g. "swot river"), provider (a CMR provider id such as LPCLOUD) and short_name. One page of at
// most `pageSize` collections, most used first. Each collection is named by its concept id (exact
// whatever its short name looks like) with SHORTNAME.VERSION and SHORTNAME as aliases.
class CmrCollectionsJob final : public CollectionsJob
{
    Q_OBJECT
public:
    CmrCollectionsJob(NetworkAccess *network, QUrl collectionsUrl, QVariantMap filters, int pageSize);

    void start() override;
    void cancel() override;

    // The filter keys CMR's collection search takes from callers.
    static QStringList filterKeys();

private:
    void onAnswer(const HttpResponse &response);

    NetworkAccess *m_network = nullptr;
    QUrl m_url;
    QVariantMap m_filters;
    int m_pageSize = 100;
    QPointer<HttpJob> m_request;
};

// One item of a collections.umm_json answer -> CollectionInfo.
CollectionInfo collectionFromUmm(const QJsonObject &item);

} // namespace eoc::earthdata
