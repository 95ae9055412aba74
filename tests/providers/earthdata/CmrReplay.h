#pragma once
// Replaying the recorded NASA CMR answers in tests/data/earthdata with their recorded headers.

#include "tests/support/LocalHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace eoc::test {

// The recorded response headers (CMR-Hits, CMR-Search-After) are in the sidecar .meta.json files.
inline QByteArray recordedCmrHeader(const QString &file, const char *name)
{
    const QJsonObject meta = QJsonDocument::fromJson(readTestData(file + QStringLiteral(".meta.json"))).object();
    return meta.value(QStringLiteral("response")).toObject().value(QStringLiteral("headers")).toObject()
        .value(QLatin1String(name)).toString().toUtf8();
}

// A recorded body with the CMR headers it was recorded with.
inline CannedResponse recordedCmr(const QString &file)
{
    CannedResponse response = CannedResponse::json(readTestData(file));
    for (const char *name : {"CMR-Hits", "CMR-Search-After", "Content-Type"}) {
        if (const QByteArray value = recordedCmrHeader(file, name); !value.isEmpty())
            response.withHeader(name, value);
    }
    return response;
}

inline const QString kCmrPage1 = QStringLiteral("earthdata/granules_umm_json_MOD02QKM_p1.json");
inline const QString kCmrPage2 = QStringLiteral("earthdata/granules_umm_json_MOD02QKM_p2_search_after.json");
inline const QString kCmrSwotCollection = QStringLiteral("earthdata/collections_json_SWOT_page_size1.json");
inline const QString kCmrMurCollections = QStringLiteral("earthdata/collections_umm_json_mur_sst_page1.json");

} // namespace eoc::test
