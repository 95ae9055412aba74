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

} // namespace eoc::test
