#include "ui/results/ResultDetailsHtml.h"

#include "ui/results/ResultsModel.h"

#include "core/provider/AssetSelection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace eoc::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("eoc::ui::ResultDetails", text, nullptr, n);
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>").arg(escaped(name), valueHtml);
}

QString link(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    const QString text = escaped(url.toDisplayString());
    // Only web links are clickable: s3:// and the like mean nothing to a browser.
    if (!url.scheme().startsWith(QLatin1String("http")))
        return text;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(QString::fromUtf8(url.toEncoded())), text);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString factsTable(const SceneResult &r, const QString &providerTitle)
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Scene"), escaped(r.sceneId));
    if (!r.remoteId.isEmpty() && r.remoteId != r.sceneId)
        html += row(tr("Provider id"), escaped(r.remoteId));
    html += row(tr("Provider"), escaped(providerTitle));
    html += row(tr("Collection"), escaped(r.collection));
    if (r.start.isValid())
        html += row(tr("Acquired (UTC)"), escaped(r.start.toUTC().toString(Qt::ISODate)
                                                  + (r.end.isValid() && r.end != r.start
                                                         ? QStringLiteral(" – ") + r.end.toUTC().toString(Qt::ISODate)
                                                         : QString())));
    if (r.cloudCover)
        html += row(tr("Cloud cover"), escaped(QLocale().toString(*r.cloudCover, 'f', 1) + QStringLiteral(" %")));
    if (!r.tile.isEmpty())
        html += row(tr("Tile"), escaped(r.tile));
    html += row(tr("Availability"), r.online ? tr("online") : tr("offline (archived)"));
    const auto size = downloadSize(r);
    html += row(tr("Download size"), size ? escaped(ResultsModel::formatSize(*size)) : tr("unknown"));
    for (auto it = r.checksums.cbegin(); it != r.checksums.cend(); ++it)
        html += row(it.key(), QStringLiteral("<code>%1</code>").arg(escaped(it.value())));
    return html + QStringLiteral("</table>");
}

QString assetsTable(const SceneResult &r)
{
    if (r.assets.isEmpty())
        return {};
    const auto chosen = chooseDownloadAssets(r);
    QSet<QString> downloaded;
    if (chosen)
        for (const SceneAsset &a : chosen.value())
            downloaded.insert(a.key);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"2\"><tr><th></th><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th><th align=\"right\">%4</th><th align=\"left\">%5</th></tr>")
                       .arg(escaped(tr("Assets (%n)", int(r.assets.size()))), escaped(tr("Key")), escaped(tr("Roles")),
                            escaped(tr("Size")), escaped(tr("Link")));
    for (const SceneAsset &a : r.assets) {
        const QString mark = downloaded.contains(a.key) ? QStringLiteral("&#x2193;") : QString();
        QString key = escaped(a.key);
        if (!a.title.isEmpty() && a.title != a.key)
            key += QStringLiteral("<br/><small>%1</small>").arg(escaped(a.title));
        html += QStringLiteral("<tr><td title=\"%1\">%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td><td>%6</td></tr>")
                    .arg(escaped(tr("downloaded")), mark, key, escaped(a.roles.join(QStringLiteral(", "))),
                         a.size ? escaped(ResultsModel::formatSize(*a.size)) : QString(), link(a.href));
    }
    html += QStringLiteral("</table>");
    if (!chosen)
        html += QStringLiteral("<p>%1</p>").arg(escaped(chosen.error().message));
    else
        html += QStringLiteral("<p><small>&#x2193; %1</small></p>").arg(escaped(tr("marks the files a download fetches.")));
    return html;
}

QString linksList(const SceneResult &r)
{
    QStringList items;
    if (!r.link.isEmpty())
        items << tr("Download: %1").toHtmlEscaped().arg(link(r.link));
    if (!r.quicklook.isEmpty())
        items << tr("Quicklook: %1").toHtmlEscaped().arg(link(r.quicklook));
    const QString itemUrl = r.attributes.value(QStringLiteral("stac:item_url")).toString();
    if (!itemUrl.isEmpty())
        items << tr("Metadata: %1").toHtmlEscaped().arg(link(QUrl(itemUrl)));
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><ul><li>%2</li></ul>")
        .arg(escaped(tr("Links")), items.join(QStringLiteral("</li><li>")));
}

QString attributesTable(const SceneResult &r)
{
    if (r.attributes.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"2\">").arg(escaped(tr("Attributes (%n)", int(r.attributes.size()))));
    for (auto it = r.attributes.begin(); it != r.attributes.end(); ++it)
        html += row(it.key(), escaped(jsonText(it.value())));
    return html + QStringLiteral("</table>");
}

} // namespace

QString resultDetailsHtml(const SceneResult &result, const QString &providerTitle)
{
    return factsTable(result, providerTitle) + linksList(result) + assetsTable(result) + attributesTable(result);
}

} // namespace eoc::ui
