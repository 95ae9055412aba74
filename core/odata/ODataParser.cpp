#include "core/odata/ODataParser.h"

#include "core/model/JsonNumbers.h"
#include "core/model/JsonObjectBuilder.h"
#include "core/model/SimdJson.h"
#include "core/model/UtcTime.h"

#include <QCoreApplication>

#include <array>

namespace eoc::odata {

namespace {

using simdjson::dom::element;

// Footprint is EWKT: geography'SRID=4326;POLYGON ((...))'
QString wktFromEwkt(QString text)
{
    if (text.startsWith(QLatin1String("geography'")))
        text = text.mid(10);
    if (text.endsWith(QLatin1Char('\'')))
        text.chop(1);
    const auto semicolon = text.indexOf(QLatin1Char(';'));
    if (text.startsWith(QLatin1String("SRID=")) && semicolon > 0)
        text = text.mid(semicolon + 1);
    return text;
}

// The product fields a person may want to see, added to the flattened attributes in this order
// after them (so that they win over an attribute of the same name).
constexpr std::array<std::string_view, 7> kShownFields{"ContentType", "OriginDate", "PublicationDate", "ModificationDate",
                                                       "EvictionDate", "S3Path", "Name"};

QDateTime timeOf(element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS || text.empty())
        return {};
    return parseUtcTime(simd::toQString(text));
}

// What a page needs once, not per product.
struct PageContext {
    const ParseContext &context;
    QString downloadBase;             // without trailing slashes
};

SceneResult productFrom(simdjson::dom::object product, const PageContext &page)
{
    SceneResult r;
    r.provider = page.context.provider;
    r.collection = page.context.collection;
    QString name;
    element geoFootprint;
    bool hasGeoFootprint = false;
    QString ewkt;
    std::array<element, kShownFields.size()> shown{};
    std::array<bool, kShownFields.size()> hasShown{};
    simdjson::dom::array attributesList;
    simdjson::dom::array assetsList;
    bool hasAttributes = false;
    bool hasAssets = false;

    for (const auto field : product) {
        const std::string_view key = field.key;
        const element value = field.value;
        if (key == "Id") {
            r.remoteId = simd::stringOf(value);
        } else if (key == "Name") {
            name = simd::stringOf(value);
        } else if (key == "Online") {
            bool online = true;
            r.online = value.get_bool().get(online) == simdjson::SUCCESS ? online : true;
        } else if (key == "ContentLength") {
            if (const auto n = simd::numberOf(value))
                r.size = jsonCount(*n);
        } else if (key == "ContentDate") {
            simdjson::dom::object dates;
            if (value.get_object().get(dates) == simdjson::SUCCESS) {
                element at;
                if (dates["Start"].get(at) == simdjson::SUCCESS)
                    r.start = timeOf(at);
                if (dates["End"].get(at) == simdjson::SUCCESS)
                    r.end = timeOf(at);
            }
        } else if (key == "GeoFootprint") {
            hasGeoFootprint = value.is_object();
            geoFootprint = value;
        } else if (key == "Footprint") {
            ewkt = simd::stringOf(value);
        } else if (key == "Checksum") {
            // Checksums can be missing or empty for some products; BLAKE3 is kept as well as MD5.
            simdjson::dom::array checksums;
            if (value.get_array().get(checksums) == simdjson::SUCCESS) {
                for (const element entry : checksums) {
                    const QString algorithm = simd::stringAt(entry, "Algorithm").toLower();
                    const QString digest = simd::stringAt(entry, "Value").toLower();
                    if (!algorithm.isEmpty() && !digest.isEmpty())
                        r.checksums.insert(algorithm, digest);
                }
            }
        } else if (key == "Attributes") {
            hasAttributes = value.get_array().get(attributesList) == simdjson::SUCCESS;
        } else if (key == "Assets") {
            hasAssets = value.get_array().get(assetsList) == simdjson::SUCCESS;
        }
        for (std::size_t i = 0; i < kShownFields.size(); ++i) {
            if (key == kShownFields[i] && !value.is_null()) {
                shown[i] = value;
                hasShown[i] = true;
            }
        }
    }

    r.sceneId = sceneIdFromName(name);
    if (hasGeoFootprint) {
        if (auto region = simd::regionFromGeoJson(geoFootprint))
            r.footprint = *region;
    }
    if (r.footprint.isEmpty() && !ewkt.isEmpty()) {
        if (auto region = Region::fromWkt(wktFromEwkt(ewkt)))
            r.footprint = *region;
    }
    if (!r.remoteId.isEmpty())
        r.link = QUrl(page.downloadBase + QStringLiteral("/Products(") + r.remoteId + QStringLiteral(")/$value"));

    // All attributes, flattened by name, plus the product fields a person may want to see.
    JsonObjectBuilder flattened;
    flattened.reserve(1024);
    if (hasAttributes) {
        for (const element entry : attributesList) {
            std::string_view attributeName;
            element attributeValue;
            if (entry["Name"].get_string().get(attributeName) != simdjson::SUCCESS || attributeName.empty()
                || entry["Value"].get(attributeValue) != simdjson::SUCCESS)
                continue;
            simd::appendJson(flattened.beginMember(attributeName), attributeValue);
        }
    }
    for (std::size_t i = 0; i < kShownFields.size(); ++i) {
        if (hasShown[i])
            simd::appendJson(flattened.beginMember(kShownFields[i]), shown[i]);
    }
    r.attributes = flattened.object();
    const QJsonValue cloud = r.attributes.value(QLatin1String("cloudCover"));
    if (cloud.isDouble())
        r.cloudCover = cloud.toDouble();
    r.tile = r.attributes.value(QLatin1String("tileId")).toString();

    if (!r.link.isEmpty()) {
        SceneAsset productAsset;
        productAsset.key = QStringLiteral("product");
        productAsset.href = r.link;
        productAsset.mediaType = QStringLiteral("application/zip");
        productAsset.title = name;
        productAsset.roles = {QStringLiteral("data")};
        productAsset.size = r.size;
        productAsset.checksums = r.checksums;
        r.assets.append(productAsset);
    }
    if (hasAssets) {
        for (const element entry : assetsList) {
            std::string_view type;
            if (entry["Type"].get_string().get(type) != simdjson::SUCCESS
                || simd::toQString(type).compare(QLatin1String("QUICKLOOK"), Qt::CaseInsensitive) != 0)
                continue;
            const QUrl link(simd::stringAt(entry, "DownloadLink"));
            if (!link.isValid() || link.isEmpty())
                continue;
            r.quicklook = link;
            SceneAsset q;
            q.key = QStringLiteral("quicklook");
            q.href = link;
            q.mediaType = QStringLiteral("image/jpeg");
            q.roles = {QStringLiteral("thumbnail"), QStringLiteral("overview")};
            r.assets.append(q);
            break;
        }
    }
    return r;
}

Error notAProductList(const QString &why)
{
    return Error(ErrorClass::Protocol, QCoreApplication::translate("eoc::odata", "The OData catalogue answered something that is not "
                                                                                 "a product list (%1)")
                                           .arg(why));
}

QString withoutTrailingSlashes(QString base)
{
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

} // namespace

QString sceneIdFromName(const QString &name)
{
    for (const auto *suffix : {".SAFE", ".SEN3", ".zip", ".nc"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.left(name.size() - int(qstrlen(suffix)));
    }
    return name;
}

QUrl productValueUrl(const QUrl &downloadBase, const QString &id)
{
    return QUrl(withoutTrailingSlashes(downloadBase.toString()) + QStringLiteral("/Products(") + id + QStringLiteral(")/$value"));
}

Result<ODataPage> parseProductsPage(const QByteArray &json, const ParseContext &context)
{
    const simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
    element root;
    if (const auto error = simd::threadParser().parse(padded).get(root); error != simdjson::SUCCESS)
        return notAProductList(QString::fromLatin1(simdjson::error_message(error)));
    simdjson::dom::array values;
    if (root["value"].get_array().get(values) != simdjson::SUCCESS)
        return notAProductList(QCoreApplication::translate("eoc::odata", "no 'value' array"));
    const PageContext page{context, withoutTrailingSlashes(context.downloadBase.toString())};
    ODataPage out;
    out.results.reserve(qsizetype(values.size()));
    for (const element v : values) {
        simdjson::dom::object product;
        if (v.get_object().get(product) == simdjson::SUCCESS) {
            out.results.append(productFrom(product, page));
        } else {
            SceneResult nothing;          // a product that is not an object: a result that says so
            nothing.provider = context.provider;
            nothing.collection = context.collection;
            out.results.append(nothing);
        }
    }
    element count;
    if (root["@odata.count"].get(count) == simdjson::SUCCESS) {
        if (const auto n = simd::numberOf(count))
            out.count = jsonCount(*n);
    }
    const QString next = simd::stringAt(root, "@odata.nextLink");
    if (!next.isEmpty())
        out.nextLink = QUrl::fromEncoded(next.toUtf8());
    return out;
}

} // namespace eoc::odata
