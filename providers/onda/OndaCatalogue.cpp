#include "providers/onda/OndaCatalogue.h"

#include "core/odata/ODataFilter.h"
#include "core/model/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace eoc::onda {

namespace {

QString baseText(const QUrl &base)
{
    QString text = base.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

// ONDA writes booleans and numbers as text: "True", "177146680".
bool textTrue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<qint64> textSize(const QJsonValue &value)
{
    if (value.isDouble())
        return jsonCount(value);
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QString searchExpression(const SearchQuery &query, const QString &productType, const std::optional<odata::TimeWindow> &window)
{
    QStringList parts;
    // A lookup by product name. ONDA names end in .zip; the term is a prefix match (the Lucene
    // syntax of ONDA's $search; unverified against the closed service, so the result is checked
    // by name as well by the caller).
    if (const QString name = query.extra.value(QStringLiteral("name")).toString().trimmed(); !name.isEmpty())
        parts << QStringLiteral("name:%1*").arg(name);
    if (!query.region.isEmpty())
        parts << QStringLiteral("footprint:\"Intersects(%1)\"").arg(odata::odataWkt(query.region));
    if (!productType.isEmpty())
        parts << QStringLiteral("productType:%1").arg(productType);
    if (window) {
        parts << QStringLiteral("beginPosition:[%1 TO *]").arg(odata::odataTime(window->start));
        parts << QStringLiteral("endPosition:[* TO %1]").arg(odata::odataTime(window->end));
    }
    if (query.cloudMax)
        parts << QStringLiteral("cloudCoverPercentage:[0 TO %1]").arg(*query.cloudMax);
    return parts.join(QStringLiteral(" AND "));
}

QUrl productsPageUrl(const QUrl &base, const QString &expression, const QString &productType, int top, qint64 skip)
{
    const QByteArray safe = "/(),:[]*";
    QByteArray query;
    if (!productType.isEmpty())
        query += "productType=" + QUrl::toPercentEncoding(productType) + '&';
    query += "$format=json";
    if (!expression.isEmpty())
        query += "&$search=" + QUrl::toPercentEncoding(QLatin1Char('"') + expression + QLatin1Char('"'), safe);
    query += "&$top=" + QByteArray::number(top) + "&$skip=" + QByteArray::number(skip);
    return QUrl::fromEncoded(baseText(base).toUtf8() + "/Products?" + query, QUrl::StrictMode);
}

QUrl productUrl(const QUrl &base, const QString &id)
{
    return QUrl(baseText(base) + QStringLiteral("/Products(%1)?$format=json").arg(id));
}

QUrl productValueUrl(const QUrl &base, const QString &id)
{
    return QUrl(baseText(base) + QStringLiteral("/Products(%1)/$value").arg(id));
}

QUrl orderUrl(const QUrl &base, const QString &id)
{
    return QUrl(baseText(base) + QStringLiteral("/Products(%1)/Ens.Order").arg(id));
}

SceneResult parseOndaProduct(const QJsonObject &product, const odata::ParseContext &context)
{
    SceneResult r;
    r.provider = context.provider;
    r.collection = context.collection;
    r.remoteId = product.value(QStringLiteral("id")).toString();
    r.sceneId = odata::sceneIdFromName(product.value(QStringLiteral("name")).toString());
    r.start = QDateTime::fromString(product.value(QStringLiteral("beginPosition")).toString(), Qt::ISODateWithMs).toUTC();
    const QString end = product.value(QStringLiteral("endPosition")).toString();
    r.end = end.isEmpty() ? r.start : QDateTime::fromString(end, Qt::ISODateWithMs).toUTC();
    r.online = !textTrue(product.value(QStringLiteral("offline")));
    r.size = textSize(product.value(QStringLiteral("size")));
    if (const QString wkt = product.value(QStringLiteral("footprint")).toString(); !wkt.isEmpty()) {
        if (auto region = Region::fromWkt(wkt))
            r.footprint = *region;
    }
    if (!r.remoteId.isEmpty() && context.downloadBase.isValid())
        r.link = productValueUrl(context.downloadBase, r.remoteId);
    // Everything else is kept, but not the quicklook: ONDA inlines it as base64 JPEG (kilobytes
    // per result) rather than linking it.
    for (auto it = product.begin(); it != product.end(); ++it) {
        if (it.key() != QLatin1String("quicklook") && !it.key().startsWith(QLatin1Char('@')))
            r.attributes.insert(it.key(), it.value());
    }
    return r;
}

Result<odata::ODataPage> parseOndaPage(const QByteArray &body, const odata::ParseContext &context)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = doc.object();
    odata::ODataPage page;
    if (error.error == QJsonParseError::NoError && root.value(QStringLiteral("value")).isArray()) {
        const QJsonArray values = root.value(QStringLiteral("value")).toArray();
        for (const auto &v : values)
            page.results.append(parseOndaProduct(v.toObject(), context));
        return page;
    }
    if (error.error == QJsonParseError::NoError && root.contains(QStringLiteral("id"))) {
        page.results.append(parseOndaProduct(root, context));
        return page;
    }
    return Error(ErrorClass::Protocol,
                 QCoreApplication::translate("OndaProvider", "The ONDA catalogue answered something that is not a product list (%1)")
                     .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                  : QCoreApplication::translate("OndaProvider", "no 'value' array")));
}

odata::ODataDialect ondaDialect(const QUrl &base, const SearchQuery &query, const QString &productType)
{
    odata::ODataDialect dialect;
    dialect.pageUrl = [base, query, productType](const std::optional<odata::TimeWindow> &window, int top, qint64 skip, bool) {
        return productsPageUrl(base, searchExpression(query, productType, window), productType, top, skip);
    };
    dialect.parsePage = &parseOndaPage;
    return dialect;
}

} // namespace eoc::onda
