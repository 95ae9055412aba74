#pragma once

#include "providers/earthdata/GranuleCopies.h"

#include "core/net/HttpTypes.h"
#include "core/provider/PageGuard.h"
#include "core/provider/Provider.h"

#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace eoc {
class HttpJob;
class NetworkAccess;
}

namespace eoc::earthdata {

// A CMR granule search in UMM-JSON, paged with CMR-Search-After: the value of that response header
// goes back as a request header for the next page until CMR-Hits granules are read, a page comes
// back empty or the limit is reached. page_num/scroll are deprecated at CMR. The PageGuard ends a
// search whose token comes back again (seen with CMR answering without CMR-Hits), drops granules a
// repeated page brings again and gives up after pages that add nothing. Copies of one granule held
// by two CMR providers (LPDAAC_ECS and LPCLOUD) become one result, the cloud copy.
class CmrSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    CmrSearchJob(NetworkAccess *network, QUrl granulesUrl, QUrlQuery query, QString collection,
                 std::optional<int> limit);

    // A dotted name outside the table (SWOT_L2_HR_RiverSP_reach_2.0) may be a whole short name:
    // asks CMR's collection search first and, when a collection has that short name, searches its
    // granules by concept id instead of the short name/version split in the query.
    void resolveShortNameFirst(QUrl collectionsUrl, QString wholeName);

    void start() override;
    void cancel() override;

private:
    void resolveCollection();
    void requestPage();
    void onPage(const HttpResponse &response);
    void fail(const Error &error);
    void finish();
    HttpRequest cmrRequest(QUrl url) const;

    NetworkAccess *m_network = nullptr;
    QUrl m_url;
    QUrlQuery m_query;
    QString m_collection;
    QUrl m_collectionsUrl;
    QString m_wholeName;
    PageGuard m_guard;
    GranuleCopies m_copies;
    QByteArray m_searchAfter;
    QPointer<HttpJob> m_request;
};

// The CMR error text of a failed answer ({"errors": ["..."]}) as a typed error.
Error cmrError(const HttpResponse &response, const QString &what);

} // namespace eoc::earthdata
