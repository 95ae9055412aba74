#pragma once
// Small pieces the USGS M2M tests share: the account, the recorded search's query, and a
// provider pointed at a local M2M stand-in.

#include "tests/providers/usgs/PluginProviderHarness.h"
#include "tests/support/LocalHttpServer.h"

namespace eoc::test {

inline Credentials usgsTokenCredentials()
{
    Credentials c;
    c.provider = QStringLiteral("usgs");
    c.account = QStringLiteral("ers-user");
    c.secret = QStringLiteral("app-token-123");
    c.kind = QStringLiteral("token");
    return c;
}

// The region and dates of the recorded scene-search (usgs/scene_search_landsat_ot_c2_l2.json).
inline SearchQuery recordedLandsatQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("landsat_ot_c2_l2");
    q.region = Region::fromBox({4.38, 50.85, 4.39, 50.86});
    q.start = QDate(2018, 1, 1);
    q.end = QDate(2018, 1, 31);
    return q;
}

// The usgs plug-in talking to `server` as its M2M API.
struct M2mStandIn {
    LocalHttpServer server;
    LoadedProvider loaded{QStringLiteral("usgs"), usgsTokenCredentials()};
    M2mStandIn()
    {
        loaded.set(QStringLiteral("usgs.api_url"), server.url(QStringLiteral("/api/api/json/stable/")).toString());
    }
    static QString method(const RecordedRequest &request) { return request.url().path().section(QLatin1Char('/'), -1); }
};

} // namespace eoc::test
