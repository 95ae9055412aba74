#include "core/stac/StacServer.h"

#include <QJsonArray>

namespace eoc::stac {

namespace {

QUrl under(const QUrl &root, const QString &path)
{
    QUrl url = root;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

bool anyContains(const QStringList &classes, const QString &needle)
{
    for (const auto &c : classes) {
        if (c.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

void applyConformance(StacServer &s, const QStringList &conformsTo)
{
    for (const auto &c : conformsTo) {
        if (!s.conformance.contains(c))
            s.conformance << c;
    }
    const auto &all = s.conformance;
    // Class URIs carry versions (v1.0.0, v1.0.0-rc.2...): match on the stable part.
    s.itemSearch = anyContains(all, QStringLiteral("/item-search"));
    s.filter = anyContains(all, QStringLiteral("item-search#filter"))
               || anyContains(all, QStringLiteral("ogcapi-features-3/1.0/conf/filter"))
               || anyContains(all, QStringLiteral("ogcapi-features-3/1.0/conf/features-filter"));
    s.cql2Json = anyContains(all, QStringLiteral("cql2/1.0/conf/cql2-json"));
    s.cql2Text = anyContains(all, QStringLiteral("cql2/1.0/conf/cql2-text"));
    s.spatialFilter = anyContains(all, QStringLiteral("cql2/1.0/conf/basic-spatial"))
                      || anyContains(all, QStringLiteral("cql2/1.0/conf/spatial-functions"));
    s.query = anyContains(all, QStringLiteral("item-search#query"));
    s.sort = anyContains(all, QStringLiteral("item-search#sort"));
    s.fields = anyContains(all, QStringLiteral("item-search#fields"));
}

StacServer parseLanding(const QJsonObject &landing, const QUrl &root)
{
    StacServer s;
    s.root = root;
    s.searchUrl = under(root, QStringLiteral("/search"));
    s.collectionsUrl = under(root, QStringLiteral("/collections"));
    s.queryablesUrl = under(root, QStringLiteral("/queryables"));

    bool sawSearchLink = false;
    bool sawPostSearch = false;
    const auto links = landing.value(QStringLiteral("links")).toArray();
    for (const auto &v : links) {
        const auto link = v.toObject();
        const QString rel = link.value(QStringLiteral("rel")).toString();
        const QUrl href = root.resolved(QUrl(link.value(QStringLiteral("href")).toString()));
        if (rel == QLatin1String("search")) {
            sawSearchLink = true;
            s.searchUrl = href;
            const QString method = link.value(QStringLiteral("method")).toString(QStringLiteral("GET"));
            if (method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0)
                sawPostSearch = true;
        } else if (rel == QLatin1String("data")) {
            s.collectionsUrl = href;
        } else if (rel == QLatin1String("queryables")
                   || rel == QLatin1String("http://www.opengis.net/def/rel/ogc/1.0/queryables")) {
            s.queryablesUrl = href;
        }
    }
    // A landing page that lists search links but none with POST only serves GET searches.
    s.postSearch = !sawSearchLink || sawPostSearch;

    QStringList conformsTo;
    const auto classes = landing.value(QStringLiteral("conformsTo")).toArray();
    for (const auto &c : classes)
        conformsTo << c.toString();
    applyConformance(s, conformsTo);
    return s;
}

} // namespace eoc::stac
