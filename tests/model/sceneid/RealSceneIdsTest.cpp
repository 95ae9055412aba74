// Table-driven: every id in tests/data/sceneid/real_ids.tsv is a real published scene id (see the
// PROVENANCE.md beside it) with the fields the naming convention of its family gives it.
#include "core/model/SceneId.h"
#include "tests/support/LocalHttpServer.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace eoc {
namespace {

struct Row {
    QString input;
    QHash<QString, QString> expected;   // column -> value, "-" where the id has no such field
    QString source;
};

const QStringList &columns()
{
    static const QStringList names = {
        QStringLiteral("family"), QStringLiteral("platform"), QStringLiteral("sensor"),
        QStringLiteral("product_type"), QStringLiteral("level"), QStringLiteral("tile"),
        QStringLiteral("sensing_start"), QStringLiteral("sensing_end"), QStringLiteral("processing_date"),
        QStringLiteral("relative_orbit"), QStringLiteral("absolute_orbit"), QStringLiteral("collection"),
        QStringLiteral("tier"), QStringLiteral("baseline"),
    };
    return names;
}

QList<Row> loadRows()
{
    QList<Row> rows;
    const QString text = QString::fromUtf8(test::readTestData(QStringLiteral("sceneid/real_ids.tsv")));
    const auto lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const auto &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() != columns().size() + 2) {
            ADD_FAILURE() << "malformed row: " << line.toStdString();
            continue;
        }
        Row row;
        row.input = cells.first();
        for (int i = 0; i < columns().size(); ++i)
            row.expected.insert(columns().at(i), cells.at(i + 1));
        row.source = cells.last();
        rows << row;
    }
    return rows;
}

// toJson() is the form users see, so the table is compared against it: null prints as "-",
// numbers as digits.
QString cell(const QJsonValue &value)
{
    if (value.isNull())
        return QStringLiteral("-");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

int checkFamily(const QString &family)
{
    int checked = 0;
    const auto rows = loadRows();
    for (const auto &row : rows) {
        if (row.expected.value(QStringLiteral("family")) != family)
            continue;
        SCOPED_TRACE(row.input.toStdString() + " (" + row.source.toStdString() + ")");
        const auto parsed = parseSceneId(row.input);
        if (!parsed) {
            ADD_FAILURE() << parsed.error().message.toStdString();
            continue;
        }
        const QJsonObject json = parsed->toJson();
        for (const auto &column : columns())
            EXPECT_EQ(cell(json.value(column)), row.expected.value(column)) << "column " << column.toStdString();
        // The id is given back without the container suffix (.SAFE, .SEN3, .zip, .hdf, .nc...).
        EXPECT_TRUE(row.input.startsWith(parsed->id));
        EXPECT_FALSE(parsed->id.contains(QLatin1String(".SAFE")) || parsed->id.contains(QLatin1String(".SEN3")));
        ++checked;
    }
    return checked;
}

TEST(RealSceneIds, Sentinel1) { EXPECT_GE(checkFamily(QStringLiteral("sentinel-1")), 15); }
TEST(RealSceneIds, Sentinel2) { EXPECT_GE(checkFamily(QStringLiteral("sentinel-2")), 15); }
TEST(RealSceneIds, Sentinel3) { EXPECT_GE(checkFamily(QStringLiteral("sentinel-3")), 8); }
TEST(RealSceneIds, Sentinel5p) { EXPECT_GE(checkFamily(QStringLiteral("sentinel-5p")), 5); }
TEST(RealSceneIds, Landsat) { EXPECT_GE(checkFamily(QStringLiteral("landsat")), 30); }
TEST(RealSceneIds, Modis) { EXPECT_GE(checkFamily(QStringLiteral("modis")), 10); }
TEST(RealSceneIds, Viirs) { EXPECT_GE(checkFamily(QStringLiteral("viirs")), 5); }
TEST(RealSceneIds, Hls) { EXPECT_GE(checkFamily(QStringLiteral("hls")), 3); }
TEST(RealSceneIds, Cbers) { EXPECT_GE(checkFamily(QStringLiteral("cbers")), 5); }
TEST(RealSceneIds, Amazonia) { EXPECT_GE(checkFamily(QStringLiteral("amazonia")), 1); }

TEST(RealSceneIds, TableCoversEveryKnownFamily)
{
    QHash<QString, int> perFamily;
    const auto rows = loadRows();
    for (const auto &row : rows)
        ++perFamily[row.expected.value(QStringLiteral("family"))];
    const auto families = knownSceneIdFamilies();
    for (const auto &family : families)
        EXPECT_GT(perFamily.value(family), 0) << family.toStdString();
    EXPECT_GE(rows.size(), 60);
}

} // namespace
} // namespace eoc
