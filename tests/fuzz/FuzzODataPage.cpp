// A Copernicus Data Space OData Products answer (core/odata/ODataParser).
#include "core/odata/ODataParser.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    eoc::odata::ParseContext context;
    context.collection = QStringLiteral("SENTINEL-2");
    context.downloadBase = QUrl(QStringLiteral("https://download.dataspace.copernicus.eu/odata/v1"));
    (void)eoc::odata::parseProductsPage(eoc::fuzz::bytes(data, size), context);
    return 0;
}
