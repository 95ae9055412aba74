#include "core/stac/StacSearchRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace eoc::stac {

namespace {

using Op = PropertyCondition::Op;

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).replace(QStringLiteral(".000Z"), QStringLiteral("Z"));
}

bool isMgrsTile(const QString &tile)
{
    static const QRegularExpression re(QStringLiteral("^T?(\\d{1,2})([C-X])([A-Z]{2})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(tile).hasMatch();
}

bool isWrsTile(const QString &tile)
{
    static const QRegularExpression re(QStringLiteral("^\\d{6}$"));
    return re.match(tile).hasMatch();
}

QString normalisedMgrs(QString tile)
{
    tile = tile.toUpper();
    if (tile.startsWith(QLatin1Char('T')) && tile.size() == 6)
        tile.remove(0, 1);
    if (tile.size() == 4)           // "3LLG" -> "03LLG"
        tile.prepend(QLatin1Char('0'));
    return tile;
}

QString productTypeProperty(const QString &collection, const std::optional<StacPreset> &preset)
{
    const QString c = collection.toLower();
    // The Copernicus Data Space names every product type product:type (IW_GRDH_1S, S2MSI2A...).
    if (preset && preset->name == QLatin1String("cdse"))
        return QStringLiteral("product:type");
    if (c.contains(QLatin1String("sentinel-1")))
        return QStringLiteral("sar:product_type");
    if (c.contains(QLatin1String("landsat")))
        return QStringLiteral("landsat:correction");
    const QString name = preset ? preset->name : QString();
    if (c.contains(QLatin1String("sentinel-2"))
        && (name == QLatin1String("earth-search") || name == QLatin1String("planetary-computer")))
        return QStringLiteral("s2:product_type");
    return QStringLiteral("product:type");
}

// "<=30" -> (LessOrEqual, "30").
std::pair<Op, QString> splitOperator(const QString &text)
{
    static const QList<std::pair<QString, Op>> ops = {
        {QStringLiteral("<="), Op::LessOrEqual}, {QStringLiteral(">="), Op::GreaterOrEqual},
        {QStringLiteral("!="), Op::NotEqual},    {QStringLiteral("<>"), Op::NotEqual},
        {QStringLiteral("<"), Op::Less},         {QStringLiteral(">"), Op::Greater},
        {QStringLiteral("="), Op::Equal},
    };
    for (const auto &[prefix, op] : ops) {
        if (text.startsWith(prefix))
            return {op, text.mid(prefix.size()).trimmed()};
    }
    return {Op::Equal, text};
}

// "56" -> 56, "033" stays a string (WRS paths/rows are zero-padded strings), "true" -> true.
QJsonValue typedValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double
        || v.typeId() == QMetaType::LongLong)
        return QJsonValue::fromVariant(v);
    const QString text = v.toString();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9]\\d*)(\\.\\d+)?$"));
    if (number.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QString cql2JsonOp(Op op)
{
    switch (op) {
    case Op::Equal: return QStringLiteral("=");
    case Op::NotEqual: return QStringLiteral("<>");
    case Op::Less: return QStringLiteral("<");
    case Op::LessOrEqual: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterOrEqual: return QStringLiteral(">=");
    case Op::In: return QStringLiteral("in");
    }
    return QStringLiteral("=");
}

QString queryExtensionOp(Op op)
{
    switch (op) {
    case Op::Equal: return QStringLiteral("eq");
    case Op::NotEqual: return QStringLiteral("neq");
    case Op::Less: return QStringLiteral("lt");
    case Op::LessOrEqual: return QStringLiteral("lte");
    case Op::Greater: return QStringLiteral("gt");
    case Op::GreaterOrEqual: return QStringLiteral("gte");
    case Op::In: return QStringLiteral("in");
    }
    return QStringLiteral("eq");
}

QJsonObject conditionToCql2Json(const PropertyCondition &c)
{
    QJsonObject property;
    property[QStringLiteral("property")] = c.property;
    QJsonObject o;
    o[QStringLiteral("op")] = cql2JsonOp(c.op);
    o[QStringLiteral("args")] = QJsonArray{property, c.value};
    return o;
}

QJsonObject combine(const QString &op, const QJsonArray &args)
{
    if (args.size() == 1)
        return args.first().toObject();
    QJsonObject o;
    o[QStringLiteral("op")] = op;
    o[QStringLiteral("args")] = args;
    return o;
}

QString textLiteral(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('\'') + v.toString().replace(QStringLiteral("'"), QStringLiteral("''")) + QLatin1Char('\'');
    if (v.isBool())
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (v.isArray()) {
        QStringList items;
        const auto array = v.toArray();
        for (const auto &item : array)
            items << textLiteral(item);
        return QLatin1Char('(') + items.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QString::number(v.toDouble(), 'g', 15);
}

QString textIdentifier(const QString &property)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_:.]*$"));
    if (plain.match(property).hasMatch())
        return property;
    return QLatin1Char('"') + QString(property).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString conditionToText(const PropertyCondition &c)
{
    const QString op = c.op == Op::In ? QStringLiteral("IN") : cql2JsonOp(c.op);
    return textIdentifier(c.property) + QLatin1Char(' ') + op + QLatin1Char(' ') + textLiteral(c.value);
}

// A query string whose values are fully percent-encoded: QUrlQuery leaves '+' alone, which
// servers read as a space ("sortby=+properties.datetime").
class QueryString
{
public:
    explicit QueryString(const QUrl &url) : m_text(url.query(QUrl::FullyEncoded)) {}
    void addQueryItem(const QString &key, const QString &value)
    {
        if (!m_text.isEmpty())
            m_text += QLatin1Char('&');
        m_text += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
                  + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QJsonArray numbers(const BoundingBox &b)
{
    return QJsonArray{b.west, b.south, b.east, b.north};
}

QString bboxText(const BoundingBox &b)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(QString::number(b.west, 'g', 12), QString::number(b.south, 'g', 12),
             QString::number(b.east, 'g', 12), QString::number(b.north, 'g', 12));
}

QJsonObject sIntersectsBox(const BoundingBox &b)
{
    QJsonObject geometry;
    geometry[QStringLiteral("property")] = QStringLiteral("geometry");
    QJsonObject box;
    box[QStringLiteral("bbox")] = numbers(b);
    QJsonObject o;
    o[QStringLiteral("op")] = QStringLiteral("s_intersects");
    o[QStringLiteral("args")] = QJsonArray{geometry, box};
    return o;
}

} // namespace

Result<PropertyFilters> propertyFiltersFor(const SearchQuery &query, const std::optional<StacPreset> &preset)
{
    PropertyFilters f;
    const QString presetName = preset ? preset->name : QString();
    if (query.cloudMax)
        f.all << PropertyCondition{QStringLiteral("eo:cloud_cover"), Op::LessOrEqual, *query.cloudMax};
    if (!query.productType.isEmpty()) {
        f.all << PropertyCondition{productTypeProperty(query.collection, preset), Op::Equal, query.productType};
    }
    if (!query.platform.isEmpty())
        f.all << PropertyCondition{QStringLiteral("platform"), Op::Equal, query.platform.toLower()};
    if (!query.orbitDirection.isEmpty()) {
        f.all << PropertyCondition{QStringLiteral("sat:orbit_state"), Op::Equal, query.orbitDirection.toLower()};
    }
    if (query.relativeOrbit)
        f.all << PropertyCondition{QStringLiteral("sat:relative_orbit"), Op::Equal, *query.relativeOrbit};

    if (!query.tiles.isEmpty() && presetName == QLatin1String("bdc")) {
        // The Brazil Data Cube names its own grid's tiles (e.g. 034018 of BDC_MD, 021027 of
        // BDC_SM) in `bdc:tile`; six digits there are not a WRS-2 path/row.
        QJsonArray tiles;
        for (const auto &raw : query.tiles)
            tiles.append(raw.trimmed());
        if (tiles.size() == 1)
            f.all << PropertyCondition{QStringLiteral("bdc:tile"), Op::Equal, tiles.first()};
        else
            f.all << PropertyCondition{QStringLiteral("bdc:tile"), Op::In, tiles};
    } else if (!query.tiles.isEmpty()) {
        QJsonArray gridCodes;
        QJsonArray mgrsTiles;
        PropertyAlternatives wrs;
        for (const auto &raw : query.tiles) {
            const QString tile = raw.trimmed();
            if (isWrsTile(tile)) {
                wrs.groups << QList<PropertyCondition>{
                    {QStringLiteral("landsat:wrs_path"), Op::Equal, tile.left(3)},
                    {QStringLiteral("landsat:wrs_row"), Op::Equal, tile.mid(3)}};
            } else if (isMgrsTile(tile)) {
                gridCodes.append(QString(QStringLiteral("MGRS-") + normalisedMgrs(tile)));
                mgrsTiles.append(normalisedMgrs(tile));
            } else {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("StacSearchRequest", "'%1' is neither an MGRS tile (e.g. 23LLG) nor a WRS-2 path/row (e.g. 220069)")
                                 .arg(tile));
            }
        }
        if (!mgrsTiles.isEmpty()) {
            const bool planetary = presetName == QLatin1String("planetary-computer");
            const QString property = planetary ? QStringLiteral("s2:mgrs_tile") : QStringLiteral("grid:code");
            const QJsonArray values = planetary ? mgrsTiles : gridCodes;
            if (values.size() == 1)
                f.all << PropertyCondition{property, Op::Equal, values.first()};
            else
                f.all << PropertyCondition{property, Op::In, values};
        }
        if (wrs.groups.size() == 1)
            f.all << wrs.groups.first();
        else if (!wrs.groups.isEmpty())
            f.anyOf << wrs;
    }

    for (auto it = query.extra.cbegin(); it != query.extra.cend(); ++it) {
        if (it.key() == QLatin1String("catalog"))
            continue;
        if (it.key().trimmed().isEmpty())
            return Error(ErrorClass::BadInput, QCoreApplication::translate("StacSearchRequest", "A property filter has no property name"));
        if (it.value().typeId() == QMetaType::QString) {
            const auto [op, text] = splitOperator(it.value().toString().trimmed());
            f.all << PropertyCondition{it.key(), op, typedValue(text)};
        } else if (it.value().typeId() == QMetaType::QStringList || it.value().typeId() == QMetaType::QVariantList) {
            QJsonArray values;
            const auto list = it.value().toList();
            for (const auto &v : list)
                values.append(typedValue(v));
            f.all << PropertyCondition{it.key(), Op::In, values};
        } else {
            f.all << PropertyCondition{it.key(), Op::Equal, typedValue(it.value())};
        }
    }
    return f;
}

QJsonObject toCql2Json(const PropertyFilters &filters, const QList<QJsonObject> &extraArgs)
{
    QJsonArray args;
    for (const auto &c : filters.all)
        args.append(conditionToCql2Json(c));
    for (const auto &alternatives : filters.anyOf) {
        QJsonArray ors;
        for (const auto &group : alternatives.groups) {
            QJsonArray ands;
            for (const auto &c : group)
                ands.append(conditionToCql2Json(c));
            ors.append(combine(QStringLiteral("and"), ands));
        }
        args.append(combine(QStringLiteral("or"), ors));
    }
    for (const auto &extra : extraArgs)
        args.append(extra);
    if (args.isEmpty())
        return {};
    return combine(QStringLiteral("and"), args);
}

QString toCql2Text(const PropertyFilters &filters)
{
    QStringList parts;
    for (const auto &c : filters.all)
        parts << conditionToText(c);
    for (const auto &alternatives : filters.anyOf) {
        QStringList ors;
        for (const auto &group : alternatives.groups) {
            QStringList ands;
            for (const auto &c : group)
                ands << conditionToText(c);
            ors << (ands.size() == 1 ? ands.first() : QLatin1Char('(') + ands.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
        }
        parts << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return parts.join(QStringLiteral(" AND "));
}

QJsonObject toQueryExtension(const PropertyFilters &filters)
{
    QJsonObject query;
    auto add = [&query](const QString &property, Op op, const QJsonValue &value) {
        QJsonObject ops = query.value(property).toObject();
        ops[queryExtensionOp(op)] = value;
        query[property] = ops;
    };
    for (const auto &c : filters.all)
        add(c.property, c.op, c.value);
    for (const auto &alternatives : filters.anyOf) {
        QMap<QString, QJsonArray> valuesByProperty;
        for (const auto &group : alternatives.groups) {
            for (const auto &c : group) {
                if (!valuesByProperty[c.property].contains(c.value))
                    valuesByProperty[c.property].append(c.value);
            }
        }
        for (auto it = valuesByProperty.cbegin(); it != valuesByProperty.cend(); ++it)
            add(it.key(), Op::In, it.value());
    }
    return query;
}

QString datetimeInterval(const SearchQuery &query)
{
    if (!query.start.isValid() && !query.end.isValid())
        return {};
    const QString start = query.start.isValid() ? isoUtc(query.startTime()) : QStringLiteral("..");
    const QString end = query.end.isValid() ? isoUtc(query.endTime()) : QStringLiteral("..");
    return start + QLatin1Char('/') + end;
}

Result<SearchRequest> buildSearchRequest(const SearchQuery &query, const StacServer &server,
                                         const std::optional<StacPreset> &preset, int pageSize)
{
    auto filters = propertyFiltersFor(query, preset);
    if (!filters)
        return filters.error();

    int limit = pageSize > 0 ? pageSize : 100;
    if (preset && preset->maxPageSize > 0)
        limit = std::min(limit, preset->maxPageSize);
    if (query.limit && *query.limit > 0)
        limit = std::min(limit, *query.limit);

    // POST when the server declares item search and offers POST; GET (which every STAC API
    // serves) otherwise. Without filter conformance the query extension is used, even when the
    // server does not declare it either: better than silently dropping the user's filters.
    const bool post = server.usePost();
    const bool useFilter = server.useFilter();
    const bool hasProperties = !filters->all.isEmpty() || !filters->anyOf.isEmpty();

    // Boxes across the antimeridian: a server with CQL2 spatial operators gets two boxes in the
    // filter, which every implementation handles; others get bbox with west > east, which the STAC
    // API allows.
    QList<QJsonObject> spatialArgs;
    const Region &region = query.region;
    const bool splitBox = region.isBox() && region.box().crossesAntimeridian() && useFilter
                          && server.spatialFilter && post;
    if (splitBox) {
        QJsonArray ors;
        const auto parts = region.box().splitAtAntimeridian();
        for (const auto &b : parts)
            ors.append(sIntersectsBox(b));
        spatialArgs << combine(QStringLiteral("or"), ors);
    }

    SearchRequest request;
    request.url = server.searchUrl;
    if (post) {
        request.method = "POST";
        QJsonObject &body = request.body;
        if (!query.collection.isEmpty())
            body[QStringLiteral("collections")] = QJsonArray{query.collection};
        if (region.isBox() && !splitBox)
            body[QStringLiteral("bbox")] = numbers(region.box());
        else if (!region.isEmpty() && !region.isBox())
            body[QStringLiteral("intersects")] = region.simplified(2000).toGeoJson();
        const QString datetime = datetimeInterval(query);
        if (!datetime.isEmpty())
            body[QStringLiteral("datetime")] = datetime;
        body[QStringLiteral("limit")] = limit;
        if (server.sort && !(preset && preset->sortBreaksPaging)) {
            QJsonObject sort;
            sort[QStringLiteral("field")] = QStringLiteral("properties.datetime");
            sort[QStringLiteral("direction")] = QStringLiteral("asc");
            body[QStringLiteral("sortby")] = QJsonArray{sort};
        }
        if (hasProperties || !spatialArgs.isEmpty()) {
            if (useFilter || !spatialArgs.isEmpty()) {
                body[QStringLiteral("filter-lang")] = QStringLiteral("cql2-json");
                body[QStringLiteral("filter")] = toCql2Json(*filters, spatialArgs);
            } else {
                body[QStringLiteral("query")] = toQueryExtension(*filters);
            }
        }
        return request;
    }

    request.method = "GET";
    QueryString params(request.url);
    if (!query.collection.isEmpty())
        params.addQueryItem(QStringLiteral("collections"), query.collection);
    if (region.isBox()) {
        params.addQueryItem(QStringLiteral("bbox"), bboxText(region.box()));
    } else if (!region.isEmpty()) {
        // URLs have a practical length limit: a coarser polygon still covers the region.
        params.addQueryItem(QStringLiteral("intersects"),
                            QString::fromUtf8(QJsonDocument(region.simplified(100).toGeoJson())
                                                  .toJson(QJsonDocument::Compact)));
    }
    const QString datetime = datetimeInterval(query);
    if (!datetime.isEmpty())
        params.addQueryItem(QStringLiteral("datetime"), datetime);
    params.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (server.sort && !(preset && preset->sortBreaksPaging))
        params.addQueryItem(QStringLiteral("sortby"), QStringLiteral("+properties.datetime"));
    if (hasProperties) {
        if (useFilter && (server.cql2Text || !server.cql2Json)) {
            params.addQueryItem(QStringLiteral("filter-lang"), QStringLiteral("cql2-text"));
            params.addQueryItem(QStringLiteral("filter"), toCql2Text(*filters));
        } else if (useFilter) {
            params.addQueryItem(QStringLiteral("filter-lang"), QStringLiteral("cql2-json"));
            params.addQueryItem(QStringLiteral("filter"),
                                QString::fromUtf8(QJsonDocument(toCql2Json(*filters)).toJson(QJsonDocument::Compact)));
        } else {
            params.addQueryItem(QStringLiteral("query"),
                                QString::fromUtf8(QJsonDocument(toQueryExtension(*filters)).toJson(QJsonDocument::Compact)));
        }
    }
    request.url.setQuery(params.text(), QUrl::StrictMode);
    return request;
}

bool matchesTiles(const QString &tile, const QStringList &tiles)
{
    if (tiles.isEmpty() || tile.isEmpty())
        return true;
    for (const auto &t : tiles) {
        const QString wanted = isMgrsTile(t.trimmed()) ? normalisedMgrs(t.trimmed()) : t.trimmed();
        if (wanted.compare(tile, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace eoc::stac
