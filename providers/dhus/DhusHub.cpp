#include "providers/dhus/DhusHub.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::dhus {

namespace {

bool isOpenAccessHub(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == QLatin1String("scihub.copernicus.eu") || host == QLatin1String("apihub.copernicus.eu");
}

QString rootText(const QUrl &root)
{
    QString text = root.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// DHuS's OData takes OData 2 datetime literals without a zone (UTC is meant).
QString odataDateTime(const QDateTime &time)
{
    return QStringLiteral("datetime'%1'").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")));
}

QString solrTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

} // namespace

Error openAccessHubClosedError()
{
    return Error(ErrorClass::Permanent,
                 QCoreApplication::translate("DhusProvider",
                                             "ESA's Copernicus Open Access Hub (SciHub, apihub) closed in October 2023 and no "
                                             "longer answers. Its Sentinel products are served by the 'dataspace' provider "
                                             "(Copernicus Data Space Ecosystem) and by CREODIAS ('creodias'); set dhus.url to "
                                             "a national or collaborative hub that still runs the Data Hub Software."));
}

QList<QPair<QString, QString>> hubPresets()
{
    // Collaborative hubs seen in client code; whether each still answers in 2026 is not verified.
    return {
        {QStringLiteral("colhub"), QStringLiteral("https://colhub.met.no")},
        {QStringLiteral("colhub-archive"), QStringLiteral("https://colhub-archive.met.no")},
        {QStringLiteral("finhub"), QStringLiteral("https://finhub.nsdc.fmi.fi")},
        {QStringLiteral("apihub"), QString()},
        {QStringLiteral("scihub"), QString()},
    };
}

Result<QUrl> hubRoot(const QString &url, const QString &preset)
{
    const QString given = url.trimmed();
    if (!given.isEmpty()) {
        const QUrl root(given, QUrl::StrictMode);
        if (!root.isValid() || (root.scheme() != QLatin1String("https") && root.scheme() != QLatin1String("http"))
            || root.host().isEmpty()) {
            return Error(ErrorClass::BadInput,
                         QCoreApplication::translate("DhusProvider", "dhus.url '%1' is not an http(s) address of a hub (e.g. https://colhub.met.no)")
                             .arg(given));
        }
        if (isOpenAccessHub(root))
            return openAccessHubClosedError();
        return root;
    }
    const QString name = preset.trimmed().toLower();
    if (name.isEmpty()) {
        return Error(ErrorClass::BadInput,
                     QCoreApplication::translate("DhusProvider", "Choose a hub: set dhus.url to its root (e.g. --set dhus.url=https://colhub.met.no) "
                                                                 "or dhus.preset to colhub, colhub-archive or finhub"));
    }
    QStringList names;
    for (const auto &[presetName, root] : hubPresets()) {
        names << presetName;
        if (presetName != name)
            continue;
        if (root.isEmpty())
            return openAccessHubClosedError();
        return QUrl(root);
    }
    return Error(ErrorClass::BadInput, QCoreApplication::translate("DhusProvider", "Unknown dhus.preset '%1'; known: %2")
                                           .arg(preset, names.join(QStringLiteral(", "))));
}

Result<NameTerms> nameTerms(const QString &collection, const QString &productType)
{
    struct Known {
        const char *name;
        NameTerms terms;
    };
    static const QList<Known> known{
        {"SENTINEL-1", {QStringLiteral("S1"), {}, QStringLiteral("Sentinel-1"), {}}},
        {"SENTINEL-2", {QStringLiteral("S2"), {}, QStringLiteral("Sentinel-2"), {}}},
        {"SENTINEL-3", {QStringLiteral("S3"), {}, QStringLiteral("Sentinel-3"), {}}},
        {"SENTINEL-5P", {QStringLiteral("S5P"), {}, QStringLiteral("Sentinel-5 Precursor"), {}}},
        {"S2MSI1C", {QStringLiteral("S2"), QStringLiteral("_MSIL1C_"), QStringLiteral("Sentinel-2"), QStringLiteral("S2MSI1C")}},
        {"S2MSI2A", {QStringLiteral("S2"), QStringLiteral("_MSIL2A_"), QStringLiteral("Sentinel-2"), QStringLiteral("S2MSI2A")}},
        {"GRD", {QStringLiteral("S1"), QStringLiteral("_GRD"), QStringLiteral("Sentinel-1"), QStringLiteral("GRD")}},
        {"SLC", {QStringLiteral("S1"), QStringLiteral("_SLC_"), QStringLiteral("Sentinel-1"), QStringLiteral("SLC")}},
        {"OCN", {QStringLiteral("S1"), QStringLiteral("_OCN_"), QStringLiteral("Sentinel-1"), QStringLiteral("OCN")}},
    };
    const QString wanted = (productType.isEmpty() ? collection : productType).trimmed().toUpper();
    for (const auto &k : known) {
        if (wanted == QLatin1String(k.name))
            return k.terms;
    }
    QStringList names;
    for (const auto &k : known)
        names << QString::fromLatin1(k.name);
    return Error(ErrorClass::BadInput, QCoreApplication::translate("DhusProvider", "The hubs know no collection '%1'; known: %2")
                                           .arg(wanted, names.join(QStringLiteral(", "))));
}

QUrl odataPageUrl(const QUrl &root, const NameTerms &terms, const std::optional<odata::TimeWindow> &window, int top,
                  qint64 skip, bool count)
{
    QStringList clauses;
    if (!terms.prefix.isEmpty())
        clauses << QStringLiteral("startswith(Name,'%1')").arg(terms.prefix);
    if (!terms.contains.isEmpty())
        clauses << QStringLiteral("substringof('%1',Name)").arg(terms.contains);
    if (window) {
        clauses << QStringLiteral("ContentDate/Start ge %1").arg(odataDateTime(window->start));
        clauses << QStringLiteral("ContentDate/Start le %1").arg(odataDateTime(window->end));
    }
    const QByteArray safe = "/(),:'";
    QByteArray query = "$format=json";
    if (!clauses.isEmpty())
        query += "&$filter=" + QUrl::toPercentEncoding(clauses.join(QStringLiteral(" and ")), safe);
    query += "&$orderby=" + QUrl::toPercentEncoding(QStringLiteral("ContentDate/Start asc"), safe);
    query += "&$top=" + QByteArray::number(top) + "&$skip=" + QByteArray::number(skip);
    if (count)
        query += "&$inlinecount=allpages";
    query += "&$expand=Attributes";
    return QUrl::fromEncoded(rootText(root).toUtf8() + "/odata/v1/Products?" + query, QUrl::StrictMode);
}

QUrl openSearchPageUrl(const QUrl &root, const NameTerms &terms, const SearchQuery &query,
                       const std::optional<odata::TimeWindow> &window, int rows, qint64 start)
{
    QStringList q;
    if (!terms.platformName.isEmpty())
        q << QStringLiteral("platformname:\"%1\"").arg(terms.platformName);
    if (!terms.productType.isEmpty())
        q << QStringLiteral("producttype:%1").arg(terms.productType);
    if (window)
        q << QStringLiteral("beginposition:[%1 TO %2]").arg(solrTime(window->start), solrTime(window->end));
    if (query.cloudMax)
        q << QStringLiteral("cloudcoverpercentage:[0 TO %1]").arg(*query.cloudMax);
    if (!query.region.isEmpty())
        q << QStringLiteral("footprint:\"Intersects(%1)\"").arg(odata::odataWkt(query.region));
    if (const QString name = query.extra.value(QStringLiteral("name")).toString(); !name.isEmpty())
        q << QStringLiteral("filename:%1*").arg(name);
    const QByteArray safe = "/(),:[]*";
    QByteArray text = "format=json&rows=" + QByteArray::number(rows) + "&start=" + QByteArray::number(start);
    text += "&orderby=" + QUrl::toPercentEncoding(QStringLiteral("beginposition asc"));
    text += "&q=" + QUrl::toPercentEncoding(q.isEmpty() ? QStringLiteral("*") : q.join(QStringLiteral(" AND ")), safe);
    return QUrl::fromEncoded(rootText(root).toUtf8() + "/search?" + text, QUrl::StrictMode);
}

bool footprintOverlaps(const Region &footprint, const Region &region)
{
    if (footprint.isEmpty() || region.isEmpty())
        return true;
    const BoundingBox a = footprint.bounds();
    for (const BoundingBox &b : region.bounds().splitAtAntimeridian()) {
        for (const BoundingBox &fa : a.splitAtAntimeridian()) {
            if (fa.west <= b.east && b.west <= fa.east && fa.south <= b.north && b.south <= fa.north)
                return true;
        }
    }
    return false;
}

QUrl lookupUrl(const QUrl &root, const QString &name, int top, qint64 skip)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QByteArray safe = "/(),:'";
    QByteArray query = "$format=json&$filter=" + QUrl::toPercentEncoding(QStringLiteral("Name eq '%1'").arg(quoted), safe);
    query += "&$top=" + QByteArray::number(top) + "&$skip=" + QByteArray::number(skip) + "&$expand=Attributes";
    return QUrl::fromEncoded(rootText(root).toUtf8() + "/odata/v1/Products?" + query, QUrl::StrictMode);
}

QUrl productUrl(const QUrl &root, const QString &id)
{
    return QUrl(rootText(root) + QStringLiteral("/odata/v1/Products('%1')").arg(id));
}

QUrl productValueUrl(const QUrl &root, const QString &id)
{
    return QUrl(rootText(root) + QStringLiteral("/odata/v1/Products('%1')/$value").arg(id));
}

QUrl productOnlineUrl(const QUrl &root, const QString &id)
{
    return QUrl(rootText(root) + QStringLiteral("/odata/v1/Products('%1')/Online/$value").arg(id));
}

} // namespace eoc::dhus
