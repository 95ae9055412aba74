#include "core/odata/ODataFilter.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::odata;

namespace {

SearchQuery docExampleQuery()
{
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.productType = QStringLiteral("S2MSI2A");
    q.cloudMax = 30;
    q.region = Region::fromBox(BoundingBox{-48.1, -16.0, -47.3, -15.4});
    q.start = QDate(2024, 6, 1);
    q.end = QDate(2024, 6, 30);
    return q;
}

QString filterOf(const SearchQuery &q)
{
    auto collection = findCopernicusCollection(q.collection);
    EXPECT_TRUE(collection.ok());
    auto clauses = filterClauses(q, *collection);
    EXPECT_TRUE(clauses.ok()) << (clauses.ok() ? std::string() : clauses.error().message.toStdString());
    QStringList all = *clauses;
    if (auto w = queryWindow(q))
        all << dateClause(*w);
    return all.join(QStringLiteral(" and "));
}

Error errorOf(const SearchQuery &q)
{
    auto collection = findCopernicusCollection(q.collection);
    if (!collection)
        return collection.error();
    auto clauses = filterClauses(q, *collection);
    return clauses ? Error() : clauses.error();
}

} // namespace

// provider-endpoints-2026.md §1.2 "Complete example", clause for clause. The one intended change:
// the dates are inclusive (ge start-of-day, le end-of-day .999Z) where the example uses gt/lt.
TEST(ODataFilter, MatchesTheDocumentedCompleteExample)
{
    const QString documented = QStringLiteral(
        "Collection/Name eq 'SENTINEL-2'"
        " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'productType' and att/OData.CSC.StringAttribute/Value eq 'S2MSI2A')"
        " and Attributes/OData.CSC.DoubleAttribute/any(att:att/Name eq 'cloudCover' and att/OData.CSC.DoubleAttribute/Value le 30.00)"
        " and OData.CSC.Intersects(area=geography'SRID=4326;POLYGON((-48.1 -16.0,-47.3 -16.0,-47.3 -15.4,-48.1 -15.4,-48.1 -16.0))')"
        " and ContentDate/Start ge 2024-06-01T00:00:00.000Z and ContentDate/Start le 2024-06-30T23:59:59.999Z");
    EXPECT_EQ(filterOf(docExampleQuery()), documented);

    // The product-type collection name means the same search.
    SearchQuery byType = docExampleQuery();
    byType.collection = QStringLiteral("S2MSI2A");
    byType.productType.clear();
    EXPECT_EQ(filterOf(byType), documented);
}

TEST(ODataFilter, RequestUrlCarriesTheDocumentedOptions)
{
    const SearchQuery q = docExampleQuery();
    auto clauses = filterClauses(q, *findCopernicusCollection(q.collection));
    ASSERT_TRUE(clauses.ok());
    QStringList all = *clauses;
    all << dateClause(*queryWindow(q));
    const QUrl url = productsUrl(QUrl(QStringLiteral("https://catalogue.dataspace.copernicus.eu/odata/v1/")), all, 1000, true);

    const QByteArray encoded = url.toEncoded();
    EXPECT_TRUE(encoded.startsWith("https://catalogue.dataspace.copernicus.eu/odata/v1/Products?$filter=Collection/Name%20eq%20%27SENTINEL-2%27%20and%20"))
        << encoded.toStdString();
    EXPECT_TRUE(encoded.endsWith("&$orderby=ContentDate/Start%20asc&$top=1000&$expand=Attributes&$expand=Assets&$count=True"))
        << encoded.toStdString();
    EXPECT_FALSE(encoded.contains(' '));
    EXPECT_FALSE(encoded.contains('\''));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded), all.join(QStringLiteral(" and ")));
    EXPECT_EQ(query.allQueryItemValues(QStringLiteral("$expand")), (QStringList{QStringLiteral("Attributes"), QStringLiteral("Assets")}));
}

// BDC-Collectors' own example (bdc-collectors-reference.md §1.2.2) searched 2023-06-01..2023-06-30 with
// exclusive bounds and so missed the whole 30th; the same request here keeps it.
TEST(ODataFilter, DatesAreInclusiveWhereBdcCollectorsWasExclusive)
{
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-2");
    q.productType = QStringLiteral("S2MSI2A");
    q.region = Region::fromBox(BoundingBox{-54, -12, -52, -10});
    q.start = QDate(2023, 6, 1);
    q.end = QDate(2023, 6, 30);
    EXPECT_EQ(filterOf(q),
              QStringLiteral("Collection/Name eq 'SENTINEL-2'"
                             " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'productType' and att/OData.CSC.StringAttribute/Value eq 'S2MSI2A')"
                             " and OData.CSC.Intersects(area=geography'SRID=4326;POLYGON((-54.0 -12.0,-52.0 -12.0,-52.0 -10.0,-54.0 -10.0,-54.0 -12.0))')"
                             " and ContentDate/Start ge 2023-06-01T00:00:00.000Z and ContentDate/Start le 2023-06-30T23:59:59.999Z"));
}

// The filters BDC-Collectors silently ignored (tile, platform) and the ones it never had.
TEST(ODataFilter, TileOrbitPlatformAndOnlineClauses)
{
    SearchQuery q;
    q.collection = QStringLiteral("GRD");
    q.productType = QStringLiteral("IW_GRDH_1S");
    q.orbitDirection = QStringLiteral("descending");
    q.relativeOrbit = 53;
    q.platform = QStringLiteral("sentinel-1a");
    q.onlineOnly = true;
    EXPECT_EQ(filterOf(q),
              QStringLiteral("Collection/Name eq 'SENTINEL-1'"
                             " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'productType' and att/OData.CSC.StringAttribute/Value eq 'IW_GRDH_1S')"
                             " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'orbitDirection' and att/OData.CSC.StringAttribute/Value eq 'DESCENDING')"
                             " and Attributes/OData.CSC.IntegerAttribute/any(att:att/Name eq 'relativeOrbitNumber' and att/OData.CSC.IntegerAttribute/Value eq 53)"
                             " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'platformSerialIdentifier' and att/OData.CSC.StringAttribute/Value eq 'A')"
                             " and Online eq true"));

    SearchQuery tiles;
    tiles.collection = QStringLiteral("sentinel-2-l1c");
    tiles.tiles = {QStringLiteral("T23LKC"), QStringLiteral("23lkd")};
    EXPECT_EQ(filterOf(tiles),
              QStringLiteral("Collection/Name eq 'SENTINEL-2'"
                             " and Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'productType' and att/OData.CSC.StringAttribute/Value eq 'S2MSI1C')"
                             " and (Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'tileId' and att/OData.CSC.StringAttribute/Value eq '23LKC')"
                             " or Attributes/OData.CSC.StringAttribute/any(att:att/Name eq 'tileId' and att/OData.CSC.StringAttribute/Value eq '23LKD'))"));
}

TEST(ODataFilter, BoxAcrossTheAntimeridianBecomesTwoPolygons)
{
    EXPECT_EQ(odataWkt(Region::fromBox(BoundingBox{170, -10, -170, 10})),
              QStringLiteral("MULTIPOLYGON(((170.0 -10.0,180.0 -10.0,180.0 10.0,170.0 10.0,170.0 -10.0)),"
                             "((-180.0 -10.0,-170.0 -10.0,-170.0 10.0,-180.0 10.0,-180.0 -10.0)))"));
}

TEST(ODataFilter, BadInputNamesWhatIsWrong)
{
    SearchQuery q;
    q.collection = QStringLiteral("SENTINEL-9");
    Error e = errorOf(q);
    EXPECT_EQ(e.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("SENTINEL-9")) && e.message.contains(QStringLiteral("S2MSI2A")));

    q.collection = QStringLiteral("SENTINEL-1");
    q.orbitDirection = QStringLiteral("north");
    e = errorOf(q);
    EXPECT_EQ(e.errorClass, ErrorClass::BadInput);
    EXPECT_TRUE(e.message.contains(QStringLiteral("north")));

    q.orbitDirection.clear();
    q.tiles = {QStringLiteral("xx1")};
    EXPECT_TRUE(errorOf(q).message.contains(QStringLiteral("xx1")));

    q.tiles.clear();
    q.platform = QStringLiteral("landsat-9");
    EXPECT_TRUE(errorOf(q).message.contains(QStringLiteral("landsat-9")));

    SearchQuery conflict;
    conflict.collection = QStringLiteral("S2MSI1C");
    conflict.productType = QStringLiteral("S2MSI2A");
    EXPECT_EQ(errorOf(conflict).errorClass, ErrorClass::BadInput);
}

TEST(ODataFilter, LookupByNameAcceptsTheSuffixes)
{
    EXPECT_EQ(nameClause(QStringLiteral("S2A_MSIL2A_X.SAFE")),
              QStringLiteral("(Name eq 'S2A_MSIL2A_X' or Name eq 'S2A_MSIL2A_X.SAFE' or Name eq 'S2A_MSIL2A_X.SEN3')"));
}

// The catalogue's Sentinel-1 product types are the full ones (IW_GRDH_1S, EW_GRDM_1S, IW_SLC__1S...,
// as in the recorded CREODIAS page, same schema): GRD and SLC become the list of them, without the
// cloud-optimised GRD twins unless the cog filter asks for them.
TEST(ODataFilter, Sentinel1FamiliesBecomeTheCatalogueTypes)
{
    SearchQuery grd;
    grd.collection = QStringLiteral("GRD");
    const QString filter = filterOf(grd);
    EXPECT_FALSE(filter.contains(QStringLiteral("Value eq 'GRD'"))) << filter.toStdString();
    EXPECT_TRUE(filter.contains(QStringLiteral("any(att:att/Name eq 'productType' and (att/OData.CSC.StringAttribute/Value eq 'IW_GRDH_1S' or ")))
        << filter.toStdString();
    for (const auto *type : {"'IW_GRDM_1S'", "'EW_GRDH_1S'", "'EW_GRDM_1S'", "'WV_GRDM_1S'", "'S3_GRDH_1S'"})
        EXPECT_TRUE(filter.contains(QLatin1String(type))) << type;
    EXPECT_FALSE(filter.contains(QStringLiteral("-COG"))) << "COG twins are not listed by default";

    grd.extra[QStringLiteral("cog")] = QStringLiteral("true");
    EXPECT_TRUE(filterOf(grd).contains(QStringLiteral("'IW_GRDH_1S-COG'")));

    SearchQuery slc;
    slc.collection = QStringLiteral("SENTINEL-1");
    slc.productType = QStringLiteral("SLC");
    const QString slcFilter = filterOf(slc);
    EXPECT_TRUE(slcFilter.contains(QStringLiteral("'IW_SLC__1S'"))) << slcFilter.toStdString();
    EXPECT_TRUE(slcFilter.contains(QStringLiteral("'EW_SLC__1S'")));
    EXPECT_FALSE(slcFilter.contains(QStringLiteral("Value eq 'SLC'")));
    EXPECT_FALSE(slcFilter.contains(QStringLiteral("GRD")));

    EXPECT_EQ(productTypeFamily(QStringLiteral("IW_GRDH_1S-COG")), QStringLiteral("GRD"));
    EXPECT_EQ(productTypeFamily(QStringLiteral("S2MSI2A")), QStringLiteral("S2MSI2A"));
}
