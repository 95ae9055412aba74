#pragma once

#include "core/model/Result.h"
#include "core/model/SearchQuery.h"
#include "core/odata/ODataFilter.h"

#include <QString>
#include <QUrl>

namespace eoc::dhus {

// Which Data Hub Software instance is used: `dhus.url` (the hub's root, serving /odata/v1 and
// /search), else `dhus.preset`. ESA's Open Access Hub (scihub/apihub) closed in October 2023: its
// preset and its URLs answer with that, before any request.
Result<QUrl> hubRoot(const QString &url, const QString &preset);
// The presets: name -> root ("colhub" -> https://colhub.met.no).
QList<QPair<QString, QString>> hubPresets();
Error openAccessHubClosedError();

// Name terms for a BDC-Collectors collection or product type as DHuS names products:
// mission prefix (S1, S2, S3, S5P) and the product type as it appears in the name (MSIL1C, _GRD).
struct NameTerms {
    QString prefix;                   // startswith(Name,'<prefix>')
    QString contains;                 // substringof('<contains>',Name)
    QString platformName;             // OpenSearch platformname ("Sentinel-2")
    QString productType;              // OpenSearch producttype ("S2MSI1C", "GRD")
};
Result<NameTerms> nameTerms(const QString &collection, const QString &productType);

// OData v1 (the OData 2 protocol DHuS speaks): <root>/odata/v1/Products?$format=json&$filter=...
// &$orderby=ContentDate/Start asc&$top=N&$skip=K&$inlinecount=allpages&$expand=Attributes.
// The area is not sent: DHuS documents no spatial function for OData, so results are kept by
// their footprint's bounds instead (see footprintOverlaps); the OpenSearch strategy sends it.
QUrl odataPageUrl(const QUrl &root, const NameTerms &terms, const std::optional<odata::TimeWindow> &window, int top,
                  qint64 skip, bool count);
// OpenSearch: <root>/search?format=json&rows=N&start=K&orderby=beginposition asc&q=...
QUrl openSearchPageUrl(const QUrl &root, const NameTerms &terms, const SearchQuery &query,
                       const std::optional<odata::TimeWindow> &window, int rows, qint64 start);
// Whether a footprint's bounds overlap the region's (results without a footprint are kept).
bool footprintOverlaps(const Region &footprint, const Region &region);

// A product by name: $filter=Name eq '<name>' (DHuS names carry no .SAFE).
QUrl lookupUrl(const QUrl &root, const QString &name, int top, qint64 skip);
QUrl productUrl(const QUrl &root, const QString &id);          // .../odata/v1/Products('<id>')
QUrl productValueUrl(const QUrl &root, const QString &id);     // .../Products('<id>')/$value
QUrl productOnlineUrl(const QUrl &root, const QString &id);    // .../Products('<id>')/Online/$value

} // namespace eoc::dhus
