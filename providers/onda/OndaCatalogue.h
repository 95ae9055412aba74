#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"
#include "core/model/SearchQuery.h"
#include "core/odata/ODataParser.h"
#include "core/odata/ODataSearchJob.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace eoc::onda {

// ONDA's OData dialect (the catalogue the service ran until February 2025, and compatible ones):
// a Lucene-like `$search` expression instead of $filter, `$top`/`$skip` paging without next
// links, and products with lower-case properties (id, name, beginPosition, offline, size as text,
// footprint as WKT). Offline products are ordered with POST Products(<id>)/Ens.Order.

// `"footprint:"Intersects(<WKT>)" AND productType:<T> AND beginPosition:[<start> TO *] AND
// endPosition:[* TO <end>]`, the parts the query has.
QString searchExpression(const SearchQuery &query, const QString &productType,
                         const std::optional<odata::TimeWindow> &window);
// <base>/Products?productType=<T>&$format=json&$search="<expression>"&$top=N&$skip=K
QUrl productsPageUrl(const QUrl &base, const QString &expression, const QString &productType, int top, qint64 skip);
QUrl productUrl(const QUrl &base, const QString &id);          // <base>/Products(<id>)?$format=json
QUrl productValueUrl(const QUrl &base, const QString &id);     // <base>/Products(<id>)/$value
QUrl orderUrl(const QUrl &base, const QString &id);            // <base>/Products(<id>)/Ens.Order

SceneResult parseOndaProduct(const QJsonObject &product, const odata::ParseContext &context);
// A Products answer ({"value": [...]}) or one product ({"id": ...}) as a page.
Result<odata::ODataPage> parseOndaPage(const QByteArray &body, const odata::ParseContext &context);

// The dialect for odata::ODataSearchJob.
odata::ODataDialect ondaDialect(const QUrl &base, const SearchQuery &query, const QString &productType);

} // namespace eoc::onda
