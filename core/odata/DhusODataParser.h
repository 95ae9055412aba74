#pragma once

#include "core/model/Region.h"
#include "core/model/Result.h"
#include "core/net/HttpTypes.h"
#include "core/odata/ODataParser.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace eoc::odata {

// The OData dialect of the Data Hub Software (ESA's former SciHub and the national and
// collaborative hubs): the OData 2 protocol's JSON, {"d": {...}} for one entity and
// {"d": {"results": [...], "__count": "N", "__next": "..."}} for a list, "/Date(ms)/" times,
// numbers as text, Checksum {Algorithm, Value}, the footprint as GML (ContentGeometry) and, with
// $expand=Attributes, as WKT ("JTS footprint") with the cloud cover and other attributes.

// One product entity (the inside of "d", or one of "results").
SceneResult parseDhusProduct(const QJsonObject &product, const ParseContext &context);
// A list answer or a single entity as a page; a Protocol error naming what is wrong otherwise.
Result<ODataPage> parseDhusProductsPage(const QByteArray &body, const ParseContext &context);
// A GML polygon of DHuS (<gml:coordinates>lat,lon lat,lon ...</gml:coordinates>, latitude first).
Result<Region> parseDhusGml(const QString &gml);
// Products('<id>')/Online/$value: "true" or "false".
std::optional<bool> parseOnlineValue(const QByteArray &body);
// The hub's words in a refusal: the JSON or XML OData error, a Tomcat page's message, the
// maintenance page's text; empty when there are none.
QString dhusErrorMessage(const HttpResponse &response);
// A failed answer of a hub as an error of the right class, with the hub's words: 401 Auth,
// 403 with "quota"/"exceeded" Quota, 404 NotFound, 429 RateLimited, 5xx and maintenance
// pages transient. `what` names the operation ("The hub's search").
Error hubError(const HttpResponse &response, const QString &what);

} // namespace eoc::odata
