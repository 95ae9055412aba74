// A USGS M2M answer: the envelope and its error codes (providers/usgs/M2mApi, M2mErrors), then the
// scene-search results (providers/usgs/UsgsSceneParser).
#include "core/net/HttpTypes.h"
#include "providers/usgs/M2mApi.h"
#include "providers/usgs/UsgsSceneParser.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    eoc::HttpResponse response;
    response.status = 200;
    response.body = eoc::fuzz::bytes(data, size);
    const auto envelope = eoc::usgs::M2mApi::parseEnvelope(response, QStringLiteral("scene-search"));
    if (!envelope)
        return 0;
    const QJsonArray results = envelope->toObject().value(QStringLiteral("results")).toArray();
    for (const auto &result : results)
        (void)eoc::usgs::sceneFromM2m(result.toObject(), QStringLiteral("landsat_ot_c2_l2"));
    return 0;
}
