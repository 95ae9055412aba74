#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace eoc::odata {

// What a result needs beyond the product itself.
struct ParseContext {
    QString provider;                 // the provider the results are listed under
    QString collection;               // the collection the user searched
    QUrl downloadBase;                // .../odata/v1 of the download service
};

// One page of a Products answer.
struct ODataPage {
    QList<SceneResult> results;
    std::optional<qint64> count;      // @odata.count, when asked for
    QUrl nextLink;                    // @odata.nextLink; empty on the last page
};

// The scene id of a product name: the name without .SAFE, .SEN3, .zip or .nc.
QString sceneIdFromName(const QString &name);
// The product's download URL: <downloadBase>/Products(<Id>)/$value.
QUrl productValueUrl(const QUrl &downloadBase, const QString &id);
// Parses a whole Products answer (products with $expand=Attributes and Assets); a Protocol error
// when it is not one.
Result<ODataPage> parseProductsPage(const QByteArray &json, const ParseContext &context);

} // namespace eoc::odata
