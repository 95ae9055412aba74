#include "core/odata/ODataFilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::odata {

namespace {

QString quoted(QString value)
{
    // OData string literals double their single quotes.
    return QLatin1Char('\'') + value.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString attributeClause(const QString &type, const QString &name, const QString &op, const QString &value)
{
    return QStringLiteral("Attributes/OData.CSC.%1/any(att:att/Name eq '%2' and att/OData.CSC.%1/Value %3 %4)")
        .arg(type, name, op, value);
}

QString stringAttribute(const QString &name, const QString &value)
{
    return attributeClause(QStringLiteral("StringAttribute"), name, QStringLiteral("eq"), quoted(value));
}

QString ringText(const Ring &ring)
{
    QStringList points;
    for (const auto &p : ring)
        points << odataNumber(p.lon) + QLatin1Char(' ') + odataNumber(p.lat);
    // Rings are stored closed; close them anyway in case one is not.
    if (!ring.isEmpty() && !(ring.first() == ring.last()))
        points << odataNumber(ring.first().lon) + QLatin1Char(' ') + odataNumber(ring.first().lat);
    return QLatin1Char('(') + points.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString polygonBody(const Polygon &polygon)
{
    QStringList rings{ringText(polygon.outer)};
    for (const auto &hole : polygon.holes)
        rings << ringText(hole);
    return QLatin1Char('(') + rings.join(QLatin1Char(',')) + QLatin1Char(')');
}

Polygon boxPolygon(double west, double south, double east, double north)
{
    Polygon p;
    p.outer = {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
    return p;
}

// Region::toPolygons would do this too; done here so the request never depends on more of the
// region model than the box.
QList<Polygon> searchPolygons(const Region &region)
{
    if (region.isBox()) {
        const BoundingBox b = region.box();
        if (b.crossesAntimeridian())
            return {boxPolygon(b.west, b.south, 180.0, b.north), boxPolygon(-180.0, b.south, b.east, b.north)};
        return {boxPolygon(b.west, b.south, b.east, b.north)};
    }
    return region.simplified(kMaxPolygonVertices).toPolygons();
}

// Whether the cloud-optimised GRD twins are wanted: the `cog` filter (true/false).
bool includeCog(const SearchQuery &query)
{
    const QString value = query.extra.value(QStringLiteral("cog")).toString().trimmed().toLower();
    return value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes");
}

// "sentinel-2a", "S2A", "2A", "A" -> "A"
std::optional<QString> platformSerial(const QString &platform)
{
    static const QRegularExpression re(QStringLiteral("^(?:sentinel-?|s)?(?:[0-9]p?)?([a-d])$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(platform.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toUpper();
}

} // namespace

QString odataTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QString odataNumber(double value)
{
    QString text = QString::number(value, 'g', 15);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

QString odataWkt(const Region &region)
{
    const auto polygons = searchPolygons(region);
    if (polygons.isEmpty())
        return {};
    if (polygons.size() == 1)
        return QStringLiteral("POLYGON") + polygonBody(polygons.first());
    QStringList bodies;
    for (const auto &p : polygons)
        bodies << polygonBody(p);
    return QStringLiteral("MULTIPOLYGON(") + bodies.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<QStringList> filterClauses(const SearchQuery &query, const CopernicusCollection &collection)
{
    QStringList clauses;
    clauses << QStringLiteral("Collection/Name eq %1").arg(quoted(collection.odataName));

    QString productType = collection.productType;
    if (!query.productType.isEmpty()) {
        // GRD holds IW_GRDH_1S and the other full GRD types: naming one narrows the collection down.
        if (!productType.isEmpty() && productType.compare(productTypeFamily(query.productType), Qt::CaseInsensitive) != 0) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("eoc::odata", "The collection %1 holds only %2 products, not %3")
                             .arg(collection.name, productType, query.productType));
        }
        productType = query.productType;
    }
    if (!productType.isEmpty()) {
        const QStringList types = catalogueProductTypes(productType, includeCog(query));
        if (types.size() == 1) {
            clauses << stringAttribute(QStringLiteral("productType"), types.first());
        } else {
            QStringList values;
            for (const auto &t : types)
                values << QStringLiteral("att/OData.CSC.StringAttribute/Value eq %1").arg(quoted(t));
            clauses << QStringLiteral("Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'productType' and (%1))")
                           .arg(values.join(QStringLiteral(" or ")));
        }
    }

    if (query.cloudMax) {
        clauses << attributeClause(QStringLiteral("DoubleAttribute"), QStringLiteral("cloudCover"),
                                   QStringLiteral("le"), QString::number(*query.cloudMax, 'f', 2));
    }

    if (!query.region.isEmpty()) {
        const QString wkt = odataWkt(query.region);
        if (wkt.isEmpty())
            return Error(ErrorClass::BadInput, QCoreApplication::translate("eoc::odata", "The search region has no polygon to search with"));
        clauses << QStringLiteral("OData.CSC.Intersects(area=geography'SRID=4326;%1')").arg(wkt);
    }

    if (!query.tiles.isEmpty()) {
        static const QRegularExpression mgrs(QStringLiteral("^T?([0-9]{1,2}[A-Z]{3})$"),
                                             QRegularExpression::CaseInsensitiveOption);
        QStringList tileClauses;
        for (const auto &tile : query.tiles) {
            const auto m = mgrs.match(tile.trimmed());
            if (!m.hasMatch()) {
                return Error(ErrorClass::BadInput,
                             QCoreApplication::translate("eoc::odata", "'%1' is not an MGRS tile (e.g. 23LKC)").arg(tile));
            }
            tileClauses << stringAttribute(QStringLiteral("tileId"), m.captured(1).toUpper());
        }
        clauses << (tileClauses.size() == 1 ? tileClauses.first()
                                            : QLatin1Char('(') + tileClauses.join(QStringLiteral(" or ")) + QLatin1Char(')'));
    }

    if (!query.orbitDirection.isEmpty()) {
        const QString direction = query.orbitDirection.trimmed().toUpper();
        if (direction != QLatin1String("ASCENDING") && direction != QLatin1String("DESCENDING")) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("eoc::odata", "The orbit direction must be ASCENDING or DESCENDING, not '%1'")
                             .arg(query.orbitDirection));
        }
        clauses << stringAttribute(QStringLiteral("orbitDirection"), direction);
    }

    if (query.relativeOrbit) {
        clauses << attributeClause(QStringLiteral("IntegerAttribute"), QStringLiteral("relativeOrbitNumber"),
                                   QStringLiteral("eq"), QString::number(*query.relativeOrbit));
    }

    if (!query.platform.isEmpty()) {
        const auto serial = platformSerial(query.platform);
        if (!serial) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("eoc::odata", "'%1' is not a Sentinel platform (e.g. sentinel-2a, S1B)").arg(query.platform));
        }
        clauses << stringAttribute(QStringLiteral("platformSerialIdentifier"), *serial);
    }

    if (query.onlineOnly)
        clauses << QStringLiteral("Online eq true");
    return clauses;
}

QString dateClause(const TimeWindow &window)
{
    return QStringLiteral("ContentDate/Start ge %1 and ContentDate/Start le %2")
        .arg(odataTime(window.start), odataTime(window.end));
}

std::optional<TimeWindow> queryWindow(const SearchQuery &query)
{
    if (!query.start.isValid() && !query.end.isValid())
        return std::nullopt;
    TimeWindow w;
    // An open end is the far past or now: the catalogue has nothing outside these.
    w.start = query.start.isValid() ? query.startTime() : QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    w.end = query.end.isValid() ? query.endTime()
                                : QDateTime(QDate::currentDate().addDays(1), QTime(23, 59, 59, 999), Qt::UTC);
    return w;
}

QUrl productsUrl(const QUrl &odataBase, const QStringList &clauses, int top, bool count)
{
    QString base = odataBase.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Percent-encode everything the query syntax could misread; '/', '(', ')', ',' and ':' are
    // safe and keep the URL readable in logs.
    const QByteArray safe = "/(),:";
    QByteArray query = "$filter=" + QUrl::toPercentEncoding(clauses.join(QStringLiteral(" and ")), safe);
    query += "&$orderby=" + QUrl::toPercentEncoding(QStringLiteral("ContentDate/Start asc"), safe);
    query += "&$top=" + QByteArray::number(top);
    query += "&$expand=Attributes&$expand=Assets";
    if (count)
        query += "&$count=True";
    return QUrl::fromEncoded(base.toUtf8() + "/Products?" + query, QUrl::StrictMode);
}

QString nameClause(const QString &sceneId)
{
    QString id = sceneId.trimmed();
    for (const auto *suffix : {".SAFE", ".SEN3", ".zip"}) {
        if (id.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            id.chop(int(qstrlen(suffix)));
    }
    return QStringLiteral("(Name eq %1 or Name eq %2 or Name eq %3)")
        .arg(quoted(id), quoted(id + QStringLiteral(".SAFE")), quoted(id + QStringLiteral(".SEN3")));
}

} // namespace eoc::odata
