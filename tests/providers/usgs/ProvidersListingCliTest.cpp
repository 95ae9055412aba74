#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

QJsonObject providerNamed(const QJsonArray &providers, const QString &name)
{
    for (const auto &p : providers) {
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    }
    return {};
}

QJsonObject collectionNamed(const QJsonObject &provider, const QString &name)
{
    const QJsonArray collections = provider.value(QStringLiteral("collections")).toArray();
    for (const auto &c : collections) {
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    }
    return {};
}

QStringList filtersOf(const QJsonObject &collection)
{
    QStringList out;
    const QJsonArray filters = collection.value(QStringLiteral("filters")).toArray();
    for (const auto &f : filters)
        out.append(f.toString());
    return out;
}

} // namespace

TEST(ProvidersCli, ListsUsgsAndEarthdataWithTheirFilters)
{
    QProcess cli;
    cli.start(QString::fromUtf8(EOC_CLI_PATH),
              {QStringLiteral("providers"), QStringLiteral("--json"),
               QStringLiteral("--set"), QStringLiteral("usgs.page_size=250")});
    ASSERT_TRUE(cli.waitForFinished(30000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QJsonArray providers = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();

    const QJsonObject usgs = providerNamed(providers, QStringLiteral("usgs"));
    ASSERT_FALSE(usgs.isEmpty());
    const QStringList landsat = filtersOf(collectionNamed(usgs, QStringLiteral("landsat_ot_c2_l2")));
    EXPECT_TRUE(landsat.contains(QStringLiteral("path")));
    EXPECT_TRUE(landsat.contains(QStringLiteral("row")));
    EXPECT_TRUE(landsat.contains(QStringLiteral("day_night")));
    EXPECT_TRUE(collectionNamed(usgs, QStringLiteral("landsat_ot_c2_l1")).value(QStringLiteral("aliases")).toArray()
                    .contains(QStringLiteral("landsat_8_c1")));
    const QJsonObject caps = usgs.value(QStringLiteral("capabilities")).toObject();
    EXPECT_TRUE(caps.value(QStringLiteral("needs_credentials")).toBool());
    EXPECT_EQ(caps.value(QStringLiteral("credential_kind")).toString(), QStringLiteral("token"));
    EXPECT_EQ(caps.value(QStringLiteral("registration_url")).toString(), QStringLiteral("https://ers.cr.usgs.gov/register"));
    bool pageSizeShown = false;
    const QJsonArray settings = usgs.value(QStringLiteral("settings")).toArray();
    for (const auto &s : settings) {
        if (s.toObject().value(QStringLiteral("key")).toString() == QLatin1String("usgs.page_size"))
            pageSizeShown = s.toObject().value(QStringLiteral("value")).toString() == QLatin1String("250");
    }
    EXPECT_TRUE(pageSizeShown);

    const QJsonObject earthdata = providerNamed(providers, QStringLiteral("earthdata"));
    ASSERT_FALSE(earthdata.isEmpty());
    EXPECT_TRUE(earthdata.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("modis")));
    const QJsonObject mod13 = collectionNamed(earthdata, QStringLiteral("MOD13Q1.061"));
    EXPECT_TRUE(filtersOf(mod13).contains(QStringLiteral("tile")));
    EXPECT_TRUE(mod13.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("MOD13Q1.006")));
    EXPECT_EQ(earthdata.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("registration_url")).toString(),
              QStringLiteral("https://urs.earthdata.nasa.gov/users/new"));
}
