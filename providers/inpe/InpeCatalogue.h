#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"
#include "core/model/SearchQuery.h"
#include "core/provider/CollectionInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// INPE's image catalogue (DGI: CBERS-4, CBERS-4A, Amazonia-1) as its stac-compose service answers:
// one POST names catalogue providers and their collections, and the answer is keyed provider ->
// collection -> a STAC FeatureCollection with a `context` (page, limit, matched, returned, and
// meta.error when that collection could not be searched).
namespace eoc::inpe {

// The catalogue provider holding INPE's own processed scenes.
inline const QString kCatalogueProvider = QStringLiteral("LGI-CDSR");
// The service caps `limit` at this.
inline constexpr int kMaxPageSize = 1000;

QList<CollectionInfo> inpeCollections();

// The search body for one collection. `page` counts from 1.
QByteArray searchBody(const SearchQuery &query, const QString &collection, int page, int pageSize);

struct InpePage {
    QList<SceneResult> results;
    QStringList warnings;         // collections the service could not search, and why
    int matched = -1;             // -1: not said
    int page = 1;
};

// Reads an answer: every collection it holds (normally the one asked for). Results are turned
// into scenes with tile = path/row (PPPRRR), assets with roles (bands: data, their .xml:
// metadata, the PNG: thumbnail) and cloud cover from `cloud_cover`.
Result<InpePage> parseSearchAnswer(const QByteArray &json);

// Whether `host` is INPE's (the registered e-mail may be sent there): inpe.br and its sub-domains,
// and the catalogue the user configured.
bool isInpeHost(const QString &host, const QUrl &catalogue);

} // namespace eoc::inpe
