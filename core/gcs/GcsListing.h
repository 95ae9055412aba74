#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace eoc::gcs {

// One object of a listing (https://cloud.google.com/storage/docs/json_api/v1/objects#resource).
struct GcsObject {
    QString name;                     // the full object name: "tiles/23/L/KC/<product>.SAFE/manifest.safe"
    std::optional<qint64> size;
    Checksums checksums;              // "md5" and/or "crc32c", lower-case hex, as the listing gives them
    QDateTime updated;
};

// One page of `objects.list`: with a delimiter, the "folders" below the prefix come as prefixes.
struct GcsListPage {
    QStringList prefixes;
    QList<GcsObject> objects;
    QString nextPageToken;            // empty on the last page
};

// What to list. Names between startOffset (inclusive) and endOffset (exclusive) only, when set:
// a window of a folder whose names sort by date.
struct GcsListRequest {
    QString bucket;
    QString prefix;
    QString delimiter;                // "/" to get folders as prefixes; empty: every object below
    QString startOffset;
    QString endOffset;
    int maxResults = 1000;            // the API's maximum
};

// `base` is the service root ("https://storage.googleapis.com").
QUrl listUrl(const QUrl &base, const GcsListRequest &request, const QString &pageToken = {});
// The object's download URL (the XML API, anonymous, Range works).
QUrl objectUrl(const QUrl &base, const QString &bucket, const QString &objectName);

// Reads one `objects.list` answer; `what` names the listing for error messages.
Result<GcsListPage> parseListPage(const QByteArray &json, const QString &what);
// The message of a GCS error answer ({"error": {"code", "message"}}), empty when there is none.
QString errorMessage(const QByteArray &body);

// Folder placeholder objects some tools leave ("<name>_$folder$", or a name ending in "/"): not
// files of the product.
bool isFolderPlaceholder(const QString &objectName);

} // namespace eoc::gcs

Q_DECLARE_METATYPE(eoc::gcs::GcsListPage)
