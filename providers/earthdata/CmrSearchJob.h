#pragma once

#include "core/provider/Provider.h"

#include <QUrl>
#include <QUrlQuery>

namespace eoc {
class NetworkAccess;
}

namespace eoc::earthdata {

// A CMR granule search in UMM-JSON, paged with CMR-Search-After: the value of that response header
// goes back as a request header for the next page until CMR-Hits granules are read (or a page
// comes back empty, or the limit is reached). page_num/scroll are deprecated at CMR.
class CmrSearchJob final : public SearchJob
{
    Q_OBJECT
public:
    CmrSearchJob(NetworkAccess *network, QUrl granulesUrl, QUrlQuery query, QString collection,
                 std::optional<int> limit);

    void start() override;
    void cancel() override;

private:
    void requestPage();
    void fail(const Error &error);

    NetworkAccess *m_network = nullptr;
    QUrl m_url;
    QUrlQuery m_query;
    QString m_collection;
    std::optional<int> m_limit;
    QByteArray m_searchAfter;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace eoc::earthdata
