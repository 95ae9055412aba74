#pragma once

#include "tests/support/LocalHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

// The product names of the items of a recorded page, each once: what other catalogues call their
// scenes (s2:product_uri without .SAFE, s1:product_identifier, else the item id).
inline QSet<QString> productNamesIn(const QString &testDataFile)
{
    QSet<QString> names;
    const auto features = QJsonDocument::fromJson(readTestData(testDataFile)).object().value(QStringLiteral("features")).toArray();
    for (const auto &f : features) {
        const auto p = f.toObject().value(QStringLiteral("properties")).toObject();
        QString name = p.value(QStringLiteral("s2:product_uri")).toString();
        if (name.isEmpty())
            name = p.value(QStringLiteral("s1:product_identifier")).toString();
        if (name.isEmpty())
            name = f.toObject().value(QStringLiteral("id")).toString();
        names.insert(name.endsWith(QLatin1String(".SAFE")) ? name.chopped(5) : name);
    }
    return names;
}

} // namespace eoc::test
