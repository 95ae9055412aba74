#include "core/model/export/ResultExport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

// Footprint assertions need the Region implementation (WKT/GeoJSON writers).
bool regionAvailable()
{
    return Region::fromWkt(QStringLiteral("POLYGON((0 0,1 0,1 1,0 1,0 0))")).ok();
}

SceneResult sampleResult(const QString &id, bool withFootprint)
{
    SceneResult r;
    r.sceneId = id;
    r.provider = QStringLiteral("stac");
    r.collection = QStringLiteral("sentinel-2-l2a");
    r.cloudCover = 12.5;
    r.start = QDateTime(QDate(2023, 5, 1), QTime(10, 20, 30), Qt::UTC);
    r.end = QDateTime(QDate(2023, 5, 1), QTime(10, 20, 45, 250), Qt::UTC);
    r.size = 1234567890LL;
    r.online = true;
    r.tile = QStringLiteral("23LLG");
    r.link = QUrl(QStringLiteral("https://example.org/products/%1.zip").arg(id));
    r.checksums.insert(QStringLiteral("md5"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    r.checksums.insert(QStringLiteral("sha256"),
                       QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    r.checksums.insert(QStringLiteral("blake3"), QStringLiteral("af1349b9"));
    SceneAsset asset;
    asset.key = QStringLiteral("B04");
    asset.href = QUrl(QStringLiteral("https://example.org/%1/B04.tif").arg(id));
    asset.roles = QStringList{QStringLiteral("data")};
    asset.size = 1000;
    r.assets << asset;
    if (withFootprint)
        r.footprint = Region::fromBox(BoundingBox{-46.0, -13.0, -45.0, -12.0});
    return r;
}

QByteArray exported(const QList<SceneResult> &results, ExportFormat format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto status = exportResults(results, format, buffer);
    EXPECT_TRUE(status.ok()) << (status.ok() ? std::string() : status.error().message.toStdString());
    return bytes;
}

// Splits RFC 4180 text into records of fields (quotes, doubled quotes, CRLF inside quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

TEST(ResultExport, FormatNames)
{
    EXPECT_EQ(exportFormatFromName(QStringLiteral("json")), ExportFormat::Json);
    EXPECT_EQ(exportFormatFromName(QStringLiteral("GeoJSON")), ExportFormat::GeoJson);
    EXPECT_EQ(exportFormatFromName(QStringLiteral("csv")), ExportFormat::Csv);
    EXPECT_EQ(exportFormatFromName(QStringLiteral("ids")), ExportFormat::Ids);
    EXPECT_EQ(exportFormatFromName(QStringLiteral("metalink")), ExportFormat::Metalink);
    EXPECT_EQ(exportFormatFromName(QStringLiteral("gpkg")), ExportFormat::GeoPackage);
    EXPECT_FALSE(exportFormatFromName(QStringLiteral("xlsx")).has_value());
    for (const auto &name : exportFormatNames())
        EXPECT_EQ(exportFormatName(*exportFormatFromName(name)), name);
    EXPECT_EQ(exportFormatSuffix(ExportFormat::Metalink), QStringLiteral("meta4"));
}

TEST(ResultExport, JsonRoundTripWithoutFootprints)
{
    const QList<SceneResult> results = {sampleResult(QStringLiteral("A"), false),
                                        sampleResult(QStringLiteral("B"), false)};
    const QByteArray json = exported(results, ExportFormat::Json);
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("total")).toInt(), 2);
    const auto back = resultsFromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), results);
}

TEST(ResultExport, JsonRoundTripWithFootprints)
{
    if (!regionAvailable())
        GTEST_SKIP() << "Region WKT/GeoJSON is not implemented in this build";
    const QList<SceneResult> results = {sampleResult(QStringLiteral("A"), true)};
    const auto back = resultsFromJson(exported(results, ExportFormat::Json));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    ASSERT_EQ(back.value().size(), 1);
    EXPECT_EQ(back.value().first().footprint.bounds(), results.first().footprint.bounds());
}

TEST(ResultExport, IdsOnePerLine)
{
    const QList<SceneResult> results = {sampleResult(QStringLiteral("S2A_ONE"), false),
                                        sampleResult(QStringLiteral("S2B_TWO"), false)};
    EXPECT_EQ(exported(results, ExportFormat::Ids), QByteArray("S2A_ONE\nS2B_TWO\n"));
}

TEST(ResultExport, CsvQuotesFieldsPerRfc4180)
{
    SceneResult tricky = sampleResult(QStringLiteral("id,with \"quotes\""), false);
    tricky.tile = QStringLiteral("line\r\nbreak");
    tricky.cloudCover.reset();
    tricky.size.reset();
    tricky.online = false;
    const QByteArray csv = exported({sampleResult(QStringLiteral("PLAIN"), false), tricky}, ExportFormat::Csv);

    // The raw quoting, exactly as RFC 4180 section 2 describes it.
    EXPECT_TRUE(csv.startsWith("scene_id,provider,collection,start,end,cloud_cover,size,online,tile,"
                               "link,footprint_wkt,sources\r\n"));
    EXPECT_TRUE(csv.contains("\"id,with \"\"quotes\"\"\",stac,"));
    EXPECT_TRUE(csv.contains("\"line\r\nbreak\""));

    const auto rows = parseCsv(QString::fromUtf8(csv));
    ASSERT_EQ(rows.size(), 3);
    for (const auto &row : rows)
        EXPECT_EQ(row.size(), 12);
    EXPECT_EQ(rows[1][0], QStringLiteral("PLAIN"));
    EXPECT_EQ(rows[1][3], QStringLiteral("2023-05-01T10:20:30Z"));
    EXPECT_EQ(rows[1][4], QStringLiteral("2023-05-01T10:20:45.250Z"));
    EXPECT_EQ(rows[1][5], QStringLiteral("12.5"));
    EXPECT_EQ(rows[1][6], QStringLiteral("1234567890"));
    EXPECT_EQ(rows[1][7], QStringLiteral("true"));
    EXPECT_EQ(rows[1][9], QStringLiteral("https://example.org/products/PLAIN.zip"));
    EXPECT_EQ(rows[2][0], QStringLiteral("id,with \"quotes\""));
    EXPECT_EQ(rows[2][5], QString());
    EXPECT_EQ(rows[2][6], QString());
    EXPECT_EQ(rows[2][7], QStringLiteral("false"));
    EXPECT_EQ(rows[2][8], QStringLiteral("line\r\nbreak"));
    EXPECT_EQ(rows[2][11], QStringLiteral("stac"));
}

TEST(ResultExport, CsvFootprintIsWkt)
{
    if (!regionAvailable())
        GTEST_SKIP() << "Region WKT is not implemented in this build";
    const auto result = sampleResult(QStringLiteral("A"), true);
    const auto rows = parseCsv(QString::fromUtf8(exported({result}, ExportFormat::Csv)));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[1][10].startsWith(QStringLiteral("POLYGON"))) << rows[1][10].toStdString();
    const auto back = Region::fromWkt(rows[1][10]);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().bounds(), result.footprint.bounds());
}

TEST(ResultExport, MetalinkParsesBackWithHashes)
{
    SceneResult noLink = sampleResult(QStringLiteral("ASSETS_ONLY"), false);
    noLink.link = QUrl();
    SceneAsset thumbnail;
    thumbnail.key = QStringLiteral("thumbnail");
    thumbnail.href = QUrl(QStringLiteral("https://example.org/thumb.jpg"));
    thumbnail.roles = QStringList{QStringLiteral("thumbnail")};
    noLink.assets << thumbnail;
    const QByteArray xml = exported({sampleResult(QStringLiteral("S2A_X"), false), noLink},
                                    ExportFormat::Metalink);

    struct File {
        QString name;
        QStringList urls;
        QString size;
        QMap<QString, QString> hashes;
    };
    QList<File> files;
    QXmlStreamReader reader(xml);
    QString rootNamespace;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("metalink")) {
            rootNamespace = reader.namespaceUri().toString();
        } else if (name == QLatin1String("file")) {
            files.append(File{reader.attributes().value(QStringLiteral("name")).toString(), {}, {}, {}});
        } else if (name == QLatin1String("url")) {
            files.last().urls << reader.readElementText();
        } else if (name == QLatin1String("size")) {
            files.last().size = reader.readElementText();
        } else if (name == QLatin1String("hash")) {
            const QString type = reader.attributes().value(QStringLiteral("type")).toString();
            files.last().hashes.insert(type, reader.readElementText());
        }
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString() << "\n" << xml.toStdString();
    EXPECT_EQ(rootNamespace, QStringLiteral("urn:ietf:params:xml:ns:metalink"));
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files[0].name, QStringLiteral("S2A_X.zip"));
    EXPECT_EQ(files[0].urls, QStringList{QStringLiteral("https://example.org/products/S2A_X.zip")});
    EXPECT_EQ(files[0].size, QStringLiteral("1234567890"));
    EXPECT_EQ(files[0].hashes.value(QStringLiteral("md5")), QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(files[0].hashes.value(QStringLiteral("sha-256")),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_FALSE(files[0].hashes.contains(QStringLiteral("blake3")));
    // Without a product link the data assets are listed, in a folder named after the scene.
    EXPECT_EQ(files[1].name, QStringLiteral("ASSETS_ONLY/B04.tif"));
    EXPECT_EQ(files[1].size, QStringLiteral("1000"));
}

TEST(ResultExport, MergedResultsKeepEverySourceInMetalinkAndGeoJson)
{
    // One scene at three sources: the second has the very same file (same name and SHA-256), the
    // third a file of the same name whose checksum differs (another processing of the bytes).
    SceneResult primary = sampleResult(QStringLiteral("S2A_X"), false);
    primary.link = QUrl();
    primary.assets[0].checksums.insert(QStringLiteral("sha256"), QStringLiteral("aa11"));
    SceneResult same = primary;
    same.provider = QStringLiteral("stac");
    same.source = QStringLiteral("stac:planetary-computer");
    same.assets[0].href = QUrl(QStringLiteral("https://mirror.example.net/x/B04.tif"));
    SceneResult different = same;
    different.source = QStringLiteral("stac:cdse");
    different.assets[0].href = QUrl(QStringLiteral("https://other.example.net/x/B04.tif"));
    different.assets[0].checksums.insert(QStringLiteral("sha256"), QStringLiteral("bb22"));
    primary.source = QStringLiteral("stac:earth-search");
    primary.otherSources = {same, different};

    const QByteArray xml = exported({primary}, ExportFormat::Metalink);
    QStringList urls;
    QStringList priorities;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("url")) {
            priorities << reader.attributes().value(QStringLiteral("priority")).toString();
            urls << reader.readElementText();
        }
    }
    EXPECT_EQ(urls, (QStringList{QStringLiteral("https://example.org/S2A_X/B04.tif"),
                                 QStringLiteral("https://mirror.example.net/x/B04.tif")}));
    EXPECT_EQ(priorities, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

    const auto geojson = QJsonDocument::fromJson(exported({primary}, ExportFormat::GeoJson)).object();
    const auto properties = geojson.value(QStringLiteral("features")).toArray().at(0).toObject()
                                .value(QStringLiteral("properties")).toObject();
    const auto csvRows = parseCsv(QString::fromUtf8(exported({primary}, ExportFormat::Csv)));
    EXPECT_EQ(csvRows.at(1).at(11), QStringLiteral("stac:earth-search;stac:planetary-computer;stac:cdse"));
    EXPECT_EQ(properties.value(QStringLiteral("sources")).toArray().toVariantList(),
              (QVariantList{QStringLiteral("stac:earth-search"), QStringLiteral("stac:planetary-computer"),
                            QStringLiteral("stac:cdse")}));
    // Read back, every source is still there for `download` to fail over to.
    const auto back = resultsFromJson(exported({primary}, ExportFormat::GeoJson));
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->at(0).sources(), primary.sources());
    EXPECT_EQ(back->at(0).otherSources.at(1).assets.at(0).href, different.assets.at(0).href);
}

TEST(ResultExport, GeoJsonIsReadByOgrinfo)
{
    const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
    ASSERT_FALSE(ogrinfo.isEmpty()) << "ogrinfo (gdal-bin) is needed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.geojson"));
    const bool footprints = regionAvailable();
    const QList<SceneResult> results = {sampleResult(QStringLiteral("A"), footprints),
                                        sampleResult(QStringLiteral("B"), footprints),
                                        sampleResult(QStringLiteral("C"), footprints)};
    ASSERT_TRUE(exportResultsToFile(results, ExportFormat::GeoJson, path).ok());

    QProcess process;
    process.start(ogrinfo, {QStringLiteral("-so"), QStringLiteral("-al"), path});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Feature Count: 3"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("scene_id: String"))) << out.toStdString();
    if (footprints) {
        EXPECT_TRUE(out.contains(QStringLiteral("Polygon"))) << out.toStdString();
    }
}

TEST(ResultExport, GeoPackageOpensBackWithGdal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.gpkg"));
    const bool footprints = regionAvailable();
    QList<SceneResult> results = {sampleResult(QStringLiteral("FIRST"), footprints),
                                  sampleResult(QStringLiteral("SECOND"), footprints)};
    results[1].cloudCover = 87.25;
    const auto status = exportResultsToFile(results, ExportFormat::GeoPackage, path);
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();

    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                 nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "results");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE), 2);
    OGR_L_SetAttributeFilter(layer, "scene_id = 'SECOND'");
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(f, OGR_F_GetFieldIndex(f, "cloud_cover")), 87.25);
    EXPECT_EQ(OGR_F_GetFieldAsInteger64(f, OGR_F_GetFieldIndex(f, "size")), 1234567890LL);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "collection")), "sentinel-2-l2a");
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "start")), "2023/05/01 10:20:30+00");
    if (footprints) {
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        ASSERT_NE(g, nullptr);
        OGREnvelope env;
        OGR_G_GetEnvelope(g, &env);
        EXPECT_DOUBLE_EQ(env.MinX, -46.0);
        EXPECT_DOUBLE_EQ(env.MaxY, -12.0);
    }
    OGR_F_Destroy(f);
    GDALClose(ds);

    // The QIODevice form yields the same database bytes (a valid SQLite file).
    const QByteArray bytes = exported(results, ExportFormat::GeoPackage);
    EXPECT_TRUE(bytes.startsWith("SQLite format 3"));
}
