// Answers of the Data Hub Software hubs (OData v2 JSON, OpenSearch JSON and Atom XML, error pages)
// and of ONDA-compatible catalogues: every reader of these answers gets the same bytes.
#include "core/net/HttpTypes.h"
#include "core/odata/DhusODataParser.h"
#include "core/opensearch/DhusOpenSearchParser.h"
#include "providers/onda/OndaCatalogue.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = eoc::fuzz::bytes(data, size);
    eoc::odata::ParseContext context;
    context.provider = QStringLiteral("dhus");
    context.collection = QStringLiteral("SENTINEL-1");
    context.downloadBase = QUrl(QStringLiteral("https://colhub.met.no"));
    (void)eoc::odata::parseDhusProductsPage(body, context);
    (void)eoc::opensearch::parseDhusOpenSearchPage(body, context);
    (void)eoc::onda::parseOndaPage(body, context);
    (void)eoc::odata::parseOnlineValue(body);
    eoc::HttpResponse response;
    response.status = 500;
    response.body = body;
    (void)eoc::odata::dhusErrorMessage(response);
    return 0;
}
