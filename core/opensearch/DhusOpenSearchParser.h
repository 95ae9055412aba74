#pragma once

#include "core/model/Result.h"
#include "core/odata/ODataParser.h"

#include <QByteArray>
#include <QJsonObject>

namespace eoc::opensearch {

// The OpenSearch API of the Data Hub Software (<hub>/search?format=json): its Atom feed rendered
// as JSON, with the quirks of that rendering: a single entry is an object, not a list; the
// typed properties are arrays of {name, content} under "str", "int", "date", "double" (or one
// object when there is one); totals are text; an error can come inside an HTTP 200 (feed.error).
// The Atom XML itself (what hubs answer without format=json) is read as well.

// One entry as a result; links point to <downloadBase>/odata/v1/Products('<uuid>')/$value.
SceneResult parseDhusEntry(const QJsonObject &entry, const odata::ParseContext &context);
// A whole answer as a page: its entries and opensearch:totalResults. feed.error and answers that
// are not such a feed are errors with the hub's words.
Result<odata::ODataPage> parseDhusOpenSearchPage(const QByteArray &body, const odata::ParseContext &context);
// "698.07 MB" -> bytes (DHuS writes sizes with binary multiples: 1 KB = 1024 bytes).
std::optional<qint64> parseDhusSize(const QString &text);

} // namespace eoc::opensearch
