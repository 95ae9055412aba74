#pragma once

#include "core/model/SceneResult.h"
#include "core/net/HttpTypes.h"
#include "core/provider/PageGuard.h"
#include "core/stac/StacSearchRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace eoc {
class HttpJob;
class NetworkAccess;
} // namespace eoc

namespace eoc::stac {

// Runs an item search page by page: sends the first request, turns the items of each answer into
// SceneResults, follows "next" links (GET, or POST with their body and `merge`) until they run
// out, under the paging rules of PageGuard: a link to a page already read ends paging, results are
// unique by id, a few pages in a row without a new item end paging (a server handing out new links
// forever for the same items), and the limit ends it. Why paging ended early goes to warning().
// Ends with exactly one of finished() or failed().
class StacPager final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString providerName;                // SceneResult::provider
        QString limitKey;                    // HttpRequest::limitKey
        std::optional<int> limit;            // the user's limit
        int maxStalePages = 3;
        // The error of a failed request; default stacHttpError(response, "The STAC search at <url>").
        std::function<Error(const HttpResponse &, const SearchRequest &)> httpError;
        // Adjusts a result before delivery; false drops it (e.g. a client-side tile check).
        std::function<bool(SceneResult &)> adjust;
    };

    StacPager(NetworkAccess *network, Options options, QObject *parent = nullptr);
    ~StacPager() override;

    void start(const SearchRequest &first);
    // Stops without emitting anything more (the owner ends its job itself).
    void abort();

Q_SIGNALS:
    void pageReady(const QList<eoc::SceneResult> &page);
    void progress(qint64 received, qint64 total);
    void warning(const QString &message);
    void finished();
    void failed(const eoc::Error &error);

private:
    void send(const SearchRequest &request);
    void onAnswer(const HttpResponse &response, const SearchRequest &request);
    void finish();
    void fail(const Error &error);

    QPointer<NetworkAccess> m_network;
    Options m_options;
    PageGuard m_guard;
    QPointer<HttpJob> m_http;
    bool m_done = false;
};

} // namespace eoc::stac
