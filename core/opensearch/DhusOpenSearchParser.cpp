#include "core/opensearch/DhusOpenSearchParser.h"

#include "core/odata/DhusODataParser.h"
#include "core/model/JsonNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace eoc::opensearch {

namespace {

// A list, or the single object the JSON rendering puts in its place.
QJsonArray asList(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

// Every typed property of an entry by name: {"str": [{"name": "footprint", "content": ...}]}.
QHash<QString, QString> properties(const QJsonObject &entry)
{
    QHash<QString, QString> out;
    for (const auto *type : {"str", "int", "date", "double", "bool"}) {
        const QJsonArray list = asList(entry.value(QString::fromLatin1(type)));
        for (const auto &v : list) {
            const QJsonObject p = v.toObject();
            const QString name = p.value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                out.insert(name, p.value(QStringLiteral("content")).toVariant().toString());
        }
    }
    return out;
}

QDateTime parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// What an entry says, from its JSON or its Atom XML.
struct EntryFields {
    QString id;
    QString title;
    QString summary;
    QString ondemand;
    QHash<QString, QString> properties;   // str, int, date, double and bool elements by name
    QUrl icon;
};

SceneResult resultOf(const EntryFields &fields, const odata::ParseContext &context);

// The Atom XML the hubs answer without format=json (and older hubs always): the same entries.
Result<odata::ODataPage> parseAtomFeed(const QByteArray &body, const odata::ParseContext &context)
{
    odata::ODataPage page;
    QXmlStreamReader xml(body);
    std::optional<EntryFields> entry;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            if (xml.isEndElement() && xml.name() == QLatin1String("entry") && entry) {
                page.results.append(resultOf(*entry, context));
                entry.reset();
            }
            continue;
        }
        const QStringView name = xml.name();
        if (name == QLatin1String("entry")) {
            entry = EntryFields();
        } else if (name == QLatin1String("totalResults")) {
            bool ok = false;
            const qint64 total = xml.readElementText().toLongLong(&ok);
            if (ok)
                page.count = total;
        } else if (entry && name == QLatin1String("link")) {
            if (xml.attributes().value(QLatin1String("rel")) == QLatin1String("icon"))
                entry->icon = QUrl(xml.attributes().value(QLatin1String("href")).toString());
        } else if (entry && (name == QLatin1String("str") || name == QLatin1String("int") || name == QLatin1String("date")
                             || name == QLatin1String("double") || name == QLatin1String("bool"))) {
            const QString key = xml.attributes().value(QLatin1String("name")).toString();
            entry->properties.insert(key, xml.readElementText());
        } else if (entry && name == QLatin1String("id")) {
            entry->id = xml.readElementText();
        } else if (entry && name == QLatin1String("title")) {
            entry->title = xml.readElementText();
        } else if (entry && name == QLatin1String("summary")) {
            entry->summary = xml.readElementText();
        } else if (entry && name == QLatin1String("ondemand")) {
            entry->ondemand = xml.readElementText();
        }
    }
    if (xml.hasError()) {
        return Error(ErrorClass::Protocol,
                     QCoreApplication::translate("eoc::opensearch", "The hub's Atom feed cannot be read (line %1: %2)")
                         .arg(xml.lineNumber())
                         .arg(xml.errorString()));
    }
    return page;
}

} // namespace

std::optional<qint64> parseDhusSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB|TB)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toUpper();
    const int power = unit == QLatin1String("KB") ? 1 : unit == QLatin1String("MB") ? 2 : unit == QLatin1String("GB") ? 3 : unit == QLatin1String("TB") ? 4 : 0;
    // Through the shared reader: a size too large for 64 bits is a broken answer, not a cast.
    return scaledByteCount(m.captured(1).toDouble(), std::pow(1024.0, power));
}

namespace {

SceneResult resultOf(const EntryFields &fields, const odata::ParseContext &context)
{
    SceneResult r;
    const QHash<QString, QString> &p = fields.properties;
    r.provider = context.provider;
    r.collection = context.collection;
    r.remoteId = fields.id;
    r.sceneId = odata::sceneIdFromName(p.value(QStringLiteral("identifier"), fields.title));
    r.start = parseTime(p.value(QStringLiteral("beginposition")));
    r.end = parseTime(p.value(QStringLiteral("endposition")));
    if (!r.end.isValid())
        r.end = r.start;
    r.size = parseDhusSize(p.value(QStringLiteral("size")));
    if (const QString cloud = p.value(QStringLiteral("cloudcoverpercentage")); !cloud.isEmpty()) {
        bool ok = false;
        const double v = cloud.toDouble(&ok);
        if (ok)
            r.cloudCover = v;
    }
    // "ondemand": the product is in the long-term archive.
    r.online = fields.ondemand.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0;
    r.tile = p.value(QStringLiteral("tileid"));
    if (auto gml = odata::parseDhusGml(p.value(QStringLiteral("gmlfootprint"))))
        r.footprint = *gml;
    else if (const QString wkt = p.value(QStringLiteral("footprint")); !wkt.isEmpty()) {
        if (auto region = Region::fromWkt(wkt))
            r.footprint = *region;
    }
    if (!r.remoteId.isEmpty() && context.downloadBase.isValid()) {
        QString base = context.downloadBase.toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        r.link = QUrl(base + QStringLiteral("/odata/v1/Products('%1')/$value").arg(r.remoteId));
    }
    r.quicklook = fields.icon;
    QJsonObject attributes;
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
        if (it.key() != QLatin1String("gmlfootprint"))
            attributes.insert(it.key(), it.value());
    }
    if (!fields.summary.isEmpty())
        attributes.insert(QStringLiteral("summary"), fields.summary);
    r.attributes = attributes;
    SceneAsset asset;
    asset.key = QStringLiteral("product");
    asset.href = r.link;
    asset.mediaType = QStringLiteral("application/zip");
    asset.title = fields.title;
    asset.roles = {QStringLiteral("data")};
    asset.size = r.size;
    if (!r.link.isEmpty())
        r.assets.append(asset);
    return r;
}

} // namespace

SceneResult parseDhusEntry(const QJsonObject &entry, const odata::ParseContext &context)
{
    EntryFields fields;
    fields.properties = properties(entry);
    fields.id = entry.value(QStringLiteral("id")).toString();
    fields.title = entry.value(QStringLiteral("title")).toString();
    fields.summary = entry.value(QStringLiteral("summary")).toString();
    fields.ondemand = entry.value(QStringLiteral("ondemand")).toVariant().toString();
    const QJsonArray links = asList(entry.value(QStringLiteral("link")));
    for (const auto &v : links) {
        const QJsonObject l = v.toObject();
        if (l.value(QStringLiteral("rel")).toString() == QLatin1String("icon"))
            fields.icon = QUrl(l.value(QStringLiteral("href")).toString());
    }
    return resultOf(fields, context);
}

Result<odata::ODataPage> parseDhusOpenSearchPage(const QByteArray &body, const odata::ParseContext &context)
{
    const QByteArray start = body.left(512).trimmed();
    if (start.startsWith("<?xml") && start.contains("<feed"))
        return parseAtomFeed(body, context);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonObject feed = doc.object().value(QStringLiteral("feed")).toObject();
    if (error.error != QJsonParseError::NoError || feed.isEmpty()) {
        // A maintenance or error page in place of the feed: say what it says.
        HttpResponse page;
        page.body = body;
        const QString said = odata::dhusErrorMessage(page);
        return Error(ErrorClass::Protocol,
                     said.isEmpty() ? QCoreApplication::translate("eoc::opensearch", "The hub answered something that is not an OpenSearch feed (%1)")
                                          .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                                       : QCoreApplication::translate("eoc::opensearch", "no 'feed' object"))
                                    : QCoreApplication::translate("eoc::opensearch", "The hub answered with a page instead of search results: %1").arg(said));
    }
    if (feed.value(QStringLiteral("error")).isObject()) {
        const QJsonObject e = feed.value(QStringLiteral("error")).toObject();
        const QString code = e.value(QStringLiteral("code")).toVariant().toString();
        return Error(code == QLatin1String("400") ? ErrorClass::BadInput : ErrorClass::Protocol,
                     QCoreApplication::translate("eoc::opensearch", "The hub refused the search (%1): %2")
                         .arg(code, e.value(QStringLiteral("message")).toString()));
    }
    odata::ODataPage page;
    const QJsonArray entries = asList(feed.value(QStringLiteral("entry")));
    for (const auto &v : entries)
        page.results.append(parseDhusEntry(v.toObject(), context));
    bool ok = false;
    const qint64 total = feed.value(QStringLiteral("opensearch:totalResults")).toVariant().toString().toLongLong(&ok);
    if (ok)
        page.count = total;
    return page;
}

} // namespace eoc::opensearch
