// Results as RFC 4180 CSV: CRLF line ends, fields quoted when they contain a comma, a quote or a
// line break, quotes doubled. The footprint column is WKT so GDAL/QGIS can read the geometry.

#include "core/model/export/ExportWriters.h"

#include <QStringList>

namespace eoc::exporting {

namespace {

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                             || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs).replace(QStringLiteral(".000Z"), QStringLiteral("Z"));
}

} // namespace

QByteArray toCsv(const QList<SceneResult> &results)
{
    static const QStringList header = {
        QStringLiteral("scene_id"), QStringLiteral("provider"), QStringLiteral("collection"),
        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("cloud_cover"),
        QStringLiteral("size"), QStringLiteral("online"), QStringLiteral("tile"),
        QStringLiteral("link"), QStringLiteral("footprint_wkt"), QStringLiteral("sources"),
    };
    const QString lineEnd = QStringLiteral("\r\n");
    QString out = header.join(QLatin1Char(',')) + lineEnd;
    for (const auto &r : results) {
        const QStringList row = {
            r.sceneId,
            r.provider,
            r.collection,
            isoUtc(r.start),
            isoUtc(r.end),
            r.cloudCover ? QString::number(*r.cloudCover, 'g', 15) : QString(),
            r.size ? QString::number(*r.size) : QString(),
            r.online ? QStringLiteral("true") : QStringLiteral("false"),
            r.tile,
            r.link.isValid() ? r.link.toString(QUrl::FullyEncoded) : QString(),
            r.footprint.isEmpty() ? QString() : r.footprint.toWkt(),
            // Every source that offers the scene, the one fetched first leading.
            r.sources().join(QLatin1Char(';')),
        };
        QStringList fields;
        fields.reserve(row.size());
        for (const auto &value : row)
            fields << csvField(value);
        out += fields.join(QLatin1Char(',')) + lineEnd;
    }
    return out.toUtf8();
}

} // namespace eoc::exporting
