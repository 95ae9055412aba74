#include "core/provider/CanonicalCollections.h"

namespace eoc {
namespace {

CollectionAtSource at(const char *source, const char *collection, const char *productType = "")
{
    return {QString::fromLatin1(source), QString::fromLatin1(collection), QString::fromLatin1(productType)};
}

QList<CanonicalCollection> buildTable()
{
    // The Copernicus OData services (Data Space, CREODIAS, DHuS mirrors, ONDA) name their
    // collections by product type; the STAC catalogues by their own lower-case ids.
    // Earth Search's current Sentinel-2 L2A collection is "sentinel-2-c1-l2a" (the reprocessed
    // Collection 1); its older "sentinel-2-l2a" holds the same products under the same product
    // names, and results of both merge by scene identity anyway.
    return {
        {QStringLiteral("sentinel-2-l2a"), QStringLiteral("Sentinel-2 MSI Level-2A"), QStringLiteral("sentinel-2"),
         {at("dataspace", "S2MSI2A"), at("creodias", "S2MSI2A"), at("dhus", "S2MSI2A"), at("onda", "S2MSI2A"),
          at("google", "S2MSI2A"), at("stac:earth-search", "sentinel-2-c1-l2a"),
          at("stac:planetary-computer", "sentinel-2-l2a"), at("stac:cdse", "sentinel-2-l2a")}},
        {QStringLiteral("sentinel-2-l1c"), QStringLiteral("Sentinel-2 MSI Level-1C"), QStringLiteral("sentinel-2"),
         {at("dataspace", "S2MSI1C"), at("creodias", "S2MSI1C"), at("dhus", "S2MSI1C"), at("onda", "S2MSI1C"),
          at("google", "S2MSI1C"), at("stac:earth-search", "sentinel-2-l1c"), at("stac:cdse", "sentinel-2-l1c")}},
        {QStringLiteral("sentinel-1-grd"), QStringLiteral("Sentinel-1 SAR Level-1 GRD"), QStringLiteral("sentinel-1"),
         {at("dataspace", "GRD"), at("creodias", "GRD"), at("dhus", "GRD"), at("onda", "GRD"),
          at("stac:earth-search", "sentinel-1-grd"), at("stac:planetary-computer", "sentinel-1-grd"),
          at("stac:cdse", "sentinel-1-grd")}},
        {QStringLiteral("sentinel-1-slc"), QStringLiteral("Sentinel-1 SAR Level-1 SLC"), QStringLiteral("sentinel-1"),
         {at("dataspace", "SLC"), at("creodias", "SLC"), at("dhus", "SLC")}},
        // USGS splits Landsat 8/9 (OT), 7 (ETM) and 4-5 (TM) into data sets; the OLI/TIRS one is
        // what the STAC catalogues' collections mostly hold.
        {QStringLiteral("landsat-c2-l2"), QStringLiteral("Landsat Collection 2 Level-2 (8-9)"), QStringLiteral("landsat"),
         {at("usgs", "landsat_ot_c2_l2"), at("stac:earth-search", "landsat-c2-l2"),
          at("stac:planetary-computer", "landsat-c2-l2"), at("stac:landsatlook", "landsat-c2l2-sr")}},
        {QStringLiteral("landsat-c2-l1"), QStringLiteral("Landsat Collection 2 Level-1 (8-9)"), QStringLiteral("landsat"),
         {at("usgs", "landsat_ot_c2_l1"), at("stac:planetary-computer", "landsat-c2-l1"),
          at("stac:landsatlook", "landsat-c2l1")}},
        {QStringLiteral("modis-mod13q1-061"), QStringLiteral("MODIS Terra Vegetation Indices 16-day 250 m (061)"),
         QStringLiteral("modis"),
         {at("earthdata", "MOD13Q1.061"), at("stac:planetary-computer", "modis-13Q1-061")}},
        {QStringLiteral("modis-mod09ga-061"), QStringLiteral("MODIS Terra Surface Reflectance Daily 500 m (061)"),
         QStringLiteral("modis"), {at("earthdata", "MOD09GA.061")}},
        {QStringLiteral("hls-l30"), QStringLiteral("Harmonized Landsat Sentinel-2, Landsat 30 m (2.0)"),
         QStringLiteral("hls"), {at("earthdata", "HLSL30.2.0")}},
        {QStringLiteral("hls-s30"), QStringLiteral("Harmonized Landsat Sentinel-2, Sentinel-2 30 m (2.0)"),
         QStringLiteral("hls"), {at("earthdata", "HLSS30.2.0")}},
    };
}

} // namespace

const QList<CanonicalCollection> &canonicalCollections()
{
    static const QList<CanonicalCollection> table = buildTable();
    return table;
}

std::optional<CanonicalCollection> findCanonicalCollection(const QString &name)
{
    for (const auto &c : canonicalCollections()) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

std::optional<CollectionAtSource> collectionAtSource(const CanonicalCollection &canonical, const QString &source)
{
    const QString wanted = source.trimmed().toLower();
    for (const auto &s : canonical.sources) {
        if (s.source == wanted)
            return s;
    }
    return std::nullopt;
}

std::optional<CanonicalCollection> canonicalCollectionOf(const QString &source, const QString &collection)
{
    if (collection.trimmed().isEmpty())
        return std::nullopt;
    if (auto byName = findCanonicalCollection(collection))
        return byName;
    const QString provider = source.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    for (const auto &c : canonicalCollections()) {
        for (const auto &at : c.sources) {
            const bool sameSource = at.source == source.trimmed().toLower() || at.source.section(QLatin1Char(':'), 0, 0) == provider;
            if (sameSource && at.collection.compare(collection.trimmed(), Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return std::nullopt;
}

QStringList sourcesCarrying(const CanonicalCollection &canonical)
{
    QStringList names;
    for (const auto &s : canonical.sources)
        names << s.source;
    return names;
}

} // namespace eoc
