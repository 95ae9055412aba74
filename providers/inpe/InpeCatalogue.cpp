#include "providers/inpe/InpeCatalogue.h"

#include "core/stac/StacItem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace eoc::inpe {

namespace {

CollectionInfo collection(const QString &name, const QString &title, const QString &family)
{
    return CollectionInfo{name, title, {}, {QStringLiteral("cloud"), QStringLiteral("tile")}, family};
}

QString isoDay(const QDate &day, bool endOfDay)
{
    return day.toString(Qt::ISODate) + (endOfDay ? QStringLiteral("T23:59:59") : QStringLiteral("T00:00:00"));
}

QStringList roleOf(const QString &key, const QUrl &href)
{
    if (key == QLatin1String("thumbnail") || href.path().endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return {QStringLiteral("thumbnail")};
    if (key.endsWith(QLatin1String("_xml")) || href.path().endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return {QStringLiteral("metadata")};
    return {QStringLiteral("data")};
}

Result<SceneResult> toScene(const QJsonObject &feature)
{
    auto parsed = stac::itemToScene(feature, QStringLiteral("inpe"));
    if (!parsed)
        return parsed;
    SceneResult scene = *parsed;
    const QJsonObject p = feature.value(QStringLiteral("properties")).toObject();
    if (p.value(QStringLiteral("cloud_cover")).isDouble())
        scene.cloudCover = p.value(QStringLiteral("cloud_cover")).toDouble();
    const int path = p.value(QStringLiteral("path")).toInt();
    const int row = p.value(QStringLiteral("row")).toInt();
    if (path > 0 && row > 0)
        scene.tile = QStringLiteral("%1%2").arg(path, 3, 10, QLatin1Char('0')).arg(row, 3, 10, QLatin1Char('0'));
    // The service writes times without a zone; they are UTC.
    for (QDateTime *t : {&scene.start, &scene.end}) {
        if (t->isValid() && t->timeSpec() == Qt::LocalTime)
            t->setTimeSpec(Qt::UTC);
    }
    for (SceneAsset &a : scene.assets) {
        if (a.roles.isEmpty())
            a.roles = roleOf(a.key, a.href);
        if (a.key == QLatin1String("thumbnail") && !scene.quicklook.isValid())
            scene.quicklook = a.href;
    }
    return scene;
}

} // namespace

QList<CollectionInfo> inpeCollections()
{
    QList<CollectionInfo> list;
    const QString cbers = QStringLiteral("cbers");
    const QString amazonia = QStringLiteral("amazonia");
    for (const QString &level : {QStringLiteral("L2"), QStringLiteral("L4")}) {
        const QString what = level == QLatin1String("L2") ? QCoreApplication::translate("InpeProvider", "level 2 (system-corrected)")
                                                          : QCoreApplication::translate("InpeProvider", "level 4 (orthorectified)");
        list << collection(QStringLiteral("CBERS4_AWFI_%1_DN").arg(level), QStringLiteral("CBERS-4 AWFI, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4_MUX_%1_DN").arg(level), QStringLiteral("CBERS-4 MUX, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4_PAN5M_%1_DN").arg(level), QStringLiteral("CBERS-4 PAN 5 m, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4_PAN10M_%1_DN").arg(level), QStringLiteral("CBERS-4 PAN 10 m, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4A_WFI_%1_DN").arg(level), QStringLiteral("CBERS-4A WFI, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4A_MUX_%1_DN").arg(level), QStringLiteral("CBERS-4A MUX, %1").arg(what), cbers)
             << collection(QStringLiteral("CBERS4A_WPM_%1_DN").arg(level), QStringLiteral("CBERS-4A WPM, %1").arg(what), cbers)
             << collection(QStringLiteral("AMAZONIA1_WFI_%1_DN").arg(level), QStringLiteral("Amazonia-1 WFI, %1").arg(what), amazonia);
    }
    return list;
}

QByteArray searchBody(const SearchQuery &query, const QString &collectionName, int page, int pageSize)
{
    QJsonObject filters;
    if (query.cloudMax)
        filters.insert(QStringLiteral("cloud_cover"), QJsonObject{{QStringLiteral("lte"), *query.cloudMax}});
    // One path/row is asked of the service; several are filtered on the answers.
    if (query.tiles.size() == 1) {
        static const QRegularExpression re(QStringLiteral("^([0-9]{3})([0-9]{3})$"));
        const auto m = re.match(query.tiles.first().trimmed());
        if (m.hasMatch()) {
            filters.insert(QStringLiteral("path"), QJsonObject{{QStringLiteral("eq"), m.captured(1).toInt()}});
            filters.insert(QStringLiteral("row"), QJsonObject{{QStringLiteral("eq"), m.captured(2).toInt()}});
        }
    }
    const QJsonObject provider{{QStringLiteral("name"), kCatalogueProvider},
                               {QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("collections"), QJsonArray{QJsonObject{{QStringLiteral("name"), collectionName}}}},
                               {QStringLiteral("query"), filters}};
    QJsonObject body{{QStringLiteral("providers"), QJsonArray{provider}},
                     {QStringLiteral("limit"), pageSize},
                     {QStringLiteral("page"), page},
                     {QStringLiteral("fromCatalog"), QStringLiteral("yes")}};
    if (!query.region.isEmpty()) {
        const BoundingBox b = query.region.bounds();
        body.insert(QStringLiteral("bbox"), QJsonArray{b.west, b.south, b.east, b.north});
    }
    if (query.start.isValid() || query.end.isValid()) {
        const QDate start = query.start.isValid() ? query.start : QDate(1999, 1, 1);
        const QDate end = query.end.isValid() ? query.end : QDate::currentDate().addDays(1);
        body.insert(QStringLiteral("datetime"), QString(isoDay(start, false) + QLatin1Char('/') + isoDay(end, true)));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<InpePage> parseSearchAnswer(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorClass::Protocol, QCoreApplication::translate("InpeProvider", "INPE's catalogue answered something that is not "
                                                                                       "its search answer (%1)")
                                               .arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object")));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("message")).isString() && root.size() <= 2) {
        return Error(ErrorClass::Permanent, QCoreApplication::translate("InpeProvider", "INPE's catalogue refused the search: %1")
                                                .arg(root.value(QStringLiteral("message")).toString()));
    }
    InpePage page;
    for (auto p = root.begin(); p != root.end(); ++p) {
        if (!p.value().isObject())
            continue;
        const QJsonObject collections = p.value().toObject();
        for (auto c = collections.begin(); c != collections.end(); ++c) {
            const QJsonObject fc = c.value().toObject();
            const QJsonObject context = fc.value(QStringLiteral("context")).toObject();
            const QString metaError = context.value(QStringLiteral("meta")).toObject().value(QStringLiteral("error")).toString();
            if (!metaError.isEmpty()) {
                page.warnings << QCoreApplication::translate("InpeProvider", "INPE's catalogue could not search %1 of %2: %3")
                                     .arg(c.key(), p.key(), metaError);
            }
            if (context.value(QStringLiteral("matched")).isDouble())
                page.matched = std::max(page.matched, 0) + context.value(QStringLiteral("matched")).toInt();
            if (context.value(QStringLiteral("page")).isDouble())
                page.page = context.value(QStringLiteral("page")).toInt();
            for (const auto &f : fc.value(QStringLiteral("features")).toArray()) {
                auto scene = toScene(f.toObject());
                if (!scene) {
                    page.warnings << scene.error().message;
                    continue;
                }
                page.results << *scene;
            }
        }
    }
    return page;
}

bool isInpeHost(const QString &host, const QUrl &catalogue)
{
    const QString h = host.toLower();
    if (h.isEmpty())
        return false;
    return h == QLatin1String("inpe.br") || h.endsWith(QLatin1String(".inpe.br")) || h == catalogue.host().toLower();
}

} // namespace eoc::inpe
