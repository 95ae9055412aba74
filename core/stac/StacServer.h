#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace eoc::stac {

// What a STAC API says it can do, read from its landing page (and /conformance when the landing
// page does not list conformance classes).
struct StacServer {
    QUrl root;
    QUrl searchUrl;                   // the "search" link, or root + /search
    QUrl collectionsUrl;              // the "data" link, or root + /collections
    QUrl queryablesUrl;               // the queryables link, or root + /queryables
    QStringList conformance;

    bool itemSearch = false;
    bool postSearch = true;           // false when the landing page offers only GET search
    bool filter = false;              // STAC filter extension / OGC API Features part 3
    bool cql2Json = false;
    bool cql2Text = false;
    bool spatialFilter = false;       // CQL2 s_intersects
    bool query = false;               // the older query extension
    bool sort = false;
    bool fields = false;

    // Whether searches should be POST requests: item search is there and POST is not ruled out.
    bool usePost() const { return itemSearch && postSearch; }
    // Whether property filters go out as CQL2 (filter) rather than the query extension.
    bool useFilter() const { return filter && (cql2Json || cql2Text || !query); }
};

// Reads the landing page. `root` is where it was fetched from (links may be relative).
StacServer parseLanding(const QJsonObject &landing, const QUrl &root);
// Adds the conformance classes of GET /conformance ({"conformsTo": [...]}).
void applyConformance(StacServer &server, const QStringList &conformsTo);

} // namespace eoc::stac
