// A page of Google Cloud Storage's objects.list, read the way the google provider reads it: the
// page, then each folder as a Sentinel-2 or Landsat product of the collections it lists.
#include "core/gcs/GcsListing.h"
#include "providers/google/GoogleListings.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = eoc::fuzz::bytes(data, size);
    const auto page = eoc::gcs::parseListPage(body, QStringLiteral("gs://bucket/tiles/"));
    (void)eoc::gcs::errorMessage(body);
    if (!page)
        return 0;
    const QUrl base(QStringLiteral("https://storage.googleapis.com"));
    eoc::SearchQuery query;
    query.start = QDate(2016, 1, 1);
    query.end = QDate(2026, 1, 1);
    for (const auto &collection : eoc::google::googleCollections()) {
        for (const QString &prefix : page->prefixes)
            (void)eoc::google::sceneFromFolder(collection, prefix, query, base);
    }
    for (const auto &object : page->objects) {
        (void)eoc::gcs::isFolderPlaceholder(object.name);
        (void)eoc::gcs::objectUrl(base, QStringLiteral("bucket"), object.name);
    }
    return 0;
}
