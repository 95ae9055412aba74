#pragma once

#include "tests/support/LocalHttpServer.h"

namespace eoc::test {

// A recorded Earth Search answer (a file under tests/data/) served by `server`. The recorded bodies
// name their host in links, so the replay rewrites them to the local server's address.
inline CannedResponse replayEarthSearch(const LocalHttpServer &server, const QString &testDataFile)
{
    QByteArray body = readTestData(testDataFile);
    body.replace(QByteArray("https://earth-search.aws.element84.com/v1"), server.url(QString()).toEncoded());
    return CannedResponse::json(body);
}

// A local STAC API answering as Earth Search did: its landing page, its collections, and one
// recorded page of 10 items (sentinel-2-l2a, -l1c and -c1-l2a, the last with file sizes) for every
// search. For tests that run the real CLI against it (--set stac.url=<server>).
inline void serveEarthSearchPage(LocalHttpServer &server)
{
    server.setHandler([&server](const RecordedRequest &r) {
        const QString path = r.url().path();
        if (path == QLatin1String("/"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_landing.json"));
        if (path == QLatin1String("/collections"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_collections.json"));
        if (path == QLatin1String("/search"))
            return replayEarthSearch(server, QStringLiteral("stac/stac_earth_search/v1_search_cql2_filter_p2.json"));
        return CannedResponse::text("not found", 404);
    });
}

} // namespace eoc::test
