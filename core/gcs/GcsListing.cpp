#include "core/gcs/GcsListing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace eoc::gcs {

namespace {

// The listing gives digests base64-encoded (md5: 16 bytes; crc32c: 4 bytes, big-endian).
QString base64ToHex(const QString &value, int expectedBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes)
        return {};
    return QString::fromLatin1(decoded.decoded.toHex());
}

Error badAnswer(const QString &what, const QString &detail)
{
    return Error(ErrorClass::Protocol,
                 QCoreApplication::translate("GcsListing", "Listing %1 on Google Cloud Storage: %2").arg(what, detail));
}

} // namespace

QUrl listUrl(const QUrl &base, const GcsListRequest &request, const QString &pageToken)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // The bucket is one path segment; QUrl encodes what must be.
    url.setPath(path + QStringLiteral("/storage/v1/b/") + request.bucket + QStringLiteral("/o"));
    QUrlQuery query;
    if (!request.prefix.isEmpty())
        query.addQueryItem(QStringLiteral("prefix"), QString::fromLatin1(QUrl::toPercentEncoding(request.prefix)));
    if (!request.delimiter.isEmpty())
        query.addQueryItem(QStringLiteral("delimiter"), QString::fromLatin1(QUrl::toPercentEncoding(request.delimiter)));
    if (!request.startOffset.isEmpty())
        query.addQueryItem(QStringLiteral("startOffset"), QString::fromLatin1(QUrl::toPercentEncoding(request.startOffset)));
    if (!request.endOffset.isEmpty())
        query.addQueryItem(QStringLiteral("endOffset"), QString::fromLatin1(QUrl::toPercentEncoding(request.endOffset)));
    query.addQueryItem(QStringLiteral("maxResults"), QString::number(request.maxResults));
    // Only what is read: smaller answers, faster pages.
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("nextPageToken,prefixes,items(name,size,md5Hash,crc32c,updated)"));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    url.setQuery(query);
    return url;
}

QUrl objectUrl(const QUrl &base, const QString &bucket, const QString &objectName)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // Object names may hold characters a path must escape ("$", spaces); "/" stays a separator.
    QStringList segments;
    for (const QString &segment : objectName.split(QLatin1Char('/')))
        segments << QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path + QLatin1Char('/') + bucket + QLatin1Char('/') + segments.join(QLatin1Char('/')), QUrl::StrictMode);
    url.setQuery(QString());
    return url;
}

Result<GcsListPage> parseListPage(const QByteArray &json, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badAnswer(what, QCoreApplication::translate("GcsListing", "the answer is not a JSON object (%1)")
                                   .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                     : QStringLiteral("not an object")));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("error")))
        return badAnswer(what, errorMessage(json));
    GcsListPage page;
    page.nextPageToken = root.value(QLatin1String("nextPageToken")).toString();
    const QJsonValue prefixes = root.value(QLatin1String("prefixes"));
    if (!prefixes.isUndefined() && !prefixes.isArray())
        return badAnswer(what, QCoreApplication::translate("GcsListing", "\"prefixes\" is not a list"));
    for (const QJsonValue &p : prefixes.toArray()) {
        if (!p.isString())
            return badAnswer(what, QCoreApplication::translate("GcsListing", "a prefix is not a string"));
        page.prefixes << p.toString();
    }
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isUndefined() && !items.isArray())
        return badAnswer(what, QCoreApplication::translate("GcsListing", "\"items\" is not a list"));
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        GcsObject object;
        object.name = o.value(QLatin1String("name")).toString();
        if (object.name.isEmpty())
            return badAnswer(what, QCoreApplication::translate("GcsListing", "an object has no name"));
        // The JSON API writes the size (a uint64) as a string.
        bool ok = false;
        const qint64 size = o.value(QLatin1String("size")).toString().toLongLong(&ok);
        if (ok && size >= 0)
            object.size = size;
        const QString md5 = base64ToHex(o.value(QLatin1String("md5Hash")).toString(), 16);
        if (!md5.isEmpty())
            object.checksums.insert(QStringLiteral("md5"), md5);
        const QString crc = base64ToHex(o.value(QLatin1String("crc32c")).toString(), 4);
        if (!crc.isEmpty())
            object.checksums.insert(QStringLiteral("crc32c"), crc);
        object.updated = QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
        page.objects << object;
    }
    return page;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString message = error.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        return {};
    const int code = error.value(QLatin1String("code")).toInt();
    return code > 0 ? QStringLiteral("%1 (%2)").arg(message).arg(code) : message;
}

bool isFolderPlaceholder(const QString &objectName)
{
    return objectName.endsWith(QLatin1String("_$folder$")) || objectName.endsWith(QLatin1Char('/'));
}

} // namespace eoc::gcs
