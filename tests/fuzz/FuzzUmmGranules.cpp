// A NASA CMR granules.umm_json answer (providers/earthdata/UmmGranuleParser), item by item as the
// search job reads it.
#include "providers/earthdata/UmmGranuleParser.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject body = QJsonDocument::fromJson(eoc::fuzz::bytes(data, size)).object();
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    for (const auto &item : items)
        (void)eoc::earthdata::sceneFromUmm(item.toObject(), QStringLiteral("MOD09GA.061"));
    return 0;
}
