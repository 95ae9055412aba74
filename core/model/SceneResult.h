#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace eoc {

// Checksum algorithm names used everywhere: "md5", "sha1", "sha256", "sha512", "blake3".
// Values are lower-case hex.
using Checksums = QMap<QString, QString>;

// One downloadable file of a scene (a STAC asset, a USGS band file...).
struct SceneAsset {
    QString key;                      // "B04", "product", "MTL"
    QUrl href;
    QString mediaType;
    QString title;
    QStringList roles;                // STAC roles: data, metadata, thumbnail, overview
    std::optional<qint64> size;
    Checksums checksums;
    friend bool operator==(const SceneAsset &, const SceneAsset &) = default;
};

// One search hit, the same shape for every provider.
struct SceneResult {
    QString sceneId;                  // the product name as the mission writes it, without .SAFE/.zip
    QString provider;
    QString collection;
    QString remoteId;                 // the provider's own key (CDSE UUID, USGS entity id, CMR concept id)
    std::optional<double> cloudCover;
    Region footprint;
    QDateTime start;
    QDateTime end;
    std::optional<qint64> size;       // bytes
    bool online = true;
    Checksums checksums;
    QUrl link;                        // the main download link
    QUrl quicklook;
    QString tile;
    QList<SceneAsset> assets;
    QJsonObject attributes;           // everything else the provider returned
    // Where the result comes from, named as the user names providers: "stac:earth-search" for a
    // provider's preset, else the provider ("dataspace"). Empty: the provider.
    QString source;
    // The same scene at other sources (a search of several providers merges them), in the order
    // they are to be tried after this one. Their own otherSources are empty.
    std::vector<SceneResult> otherSources;

    // source, or provider when it is empty.
    QString sourceName() const;
    // This result's source and those of otherSources, each once, in order.
    QStringList sources() const;

    QJsonObject toJson() const;
    static Result<SceneResult> fromJson(const QJsonObject &json);

    friend bool operator==(const SceneResult &, const SceneResult &) = default;
};

// The CLI/GUI interchange formats for result lists.
QJsonObject resultsToJson(const QList<SceneResult> &results);           // {"total": N, "results": [...]}
QJsonObject resultsToGeoJson(const QList<SceneResult> &results);        // a FeatureCollection
// Reads what resultsToJson or resultsToGeoJson wrote.
Result<QList<SceneResult>> resultsFromJson(const QByteArray &json);

} // namespace eoc

Q_DECLARE_METATYPE(eoc::SceneResult)
