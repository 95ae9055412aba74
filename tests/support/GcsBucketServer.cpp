#include "tests/support/GcsBucketServer.h"

#include "core/download/hash/Crc32c.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtEndian>

namespace eoc::test {

namespace {

CannedResponse gcsError(int code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                                                               {QStringLiteral("domain"), QStringLiteral("global")},
                                                                               {QStringLiteral("reason"), QStringLiteral("notFound")}}}}};
    return CannedResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact), code);
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

GcsBucketServer::GcsBucketServer()
{
    m_server.setHandler([this](const RecordedRequest &r) { return answer(r); });
}

void GcsBucketServer::put(const QString &bucket, const QString &name, const QByteArray &data)
{
    m_buckets[bucket][name] = Object{data, {}, {}};
}

QStringList GcsBucketServer::listedPrefixes() const
{
    QStringList prefixes;
    for (const RecordedRequest &r : m_server.requests()) {
        if (r.url().path().startsWith(QLatin1String("/storage/v1/b/")))
            prefixes << queryValue(QUrlQuery(r.url()), QStringLiteral("prefix"));
    }
    return prefixes;
}

QStringList GcsBucketServer::downloadedPaths() const
{
    QStringList paths;
    for (const RecordedRequest &r : m_server.requests()) {
        if (!r.url().path().startsWith(QLatin1String("/storage/v1/b/")))
            paths << r.url().path(QUrl::FullyDecoded);
    }
    return paths;
}

CannedResponse GcsBucketServer::answer(const RecordedRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    static const QString apiRoot = QStringLiteral("/storage/v1/b/");
    if (path.startsWith(apiRoot)) {
        const QStringList parts = path.mid(apiRoot.size()).split(QLatin1Char('/'));
        if (parts.size() != 2 || parts.at(1) != QLatin1String("o"))
            return gcsError(404, QStringLiteral("Not Found"));
        if (!m_buckets.contains(parts.at(0)))
            return gcsError(404, QStringLiteral("The specified bucket does not exist."));
        return list(parts.at(0), request);
    }
    // XML API object download: /<bucket>/<object name>.
    const int slash = path.indexOf(QLatin1Char('/'), 1);
    const QString bucket = path.mid(1, slash - 1);
    const QString name = path.mid(slash + 1);
    if (slash < 0 || !m_buckets.value(bucket).contains(name))
        return CannedResponse::text("<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchKey</Code></Error>", 404,
                                    "application/xml");
    return LocalHttpServer::serveBytes(request, m_buckets[bucket][name].data);
}

CannedResponse GcsBucketServer::list(const QString &bucket, const RecordedRequest &request)
{
    const QUrlQuery query(request.url());
    const QString prefix = queryValue(query, QStringLiteral("prefix"));
    const QString delimiter = queryValue(query, QStringLiteral("delimiter"));
    const QString startOffset = queryValue(query, QStringLiteral("startOffset"));
    const QString endOffset = queryValue(query, QStringLiteral("endOffset"));
    const QString token = QString::fromUtf8(QByteArray::fromBase64(queryValue(query, QStringLiteral("pageToken")).toLatin1()));
    int maxResults = queryValue(query, QStringLiteral("maxResults")).toInt();
    if (maxResults <= 0 || maxResults > 1000)
        maxResults = 1000;
    maxResults = std::min(maxResults, m_pageCap);

    // Entries in name order: an object, or the prefix that stands for every object below it.
    QStringList entries;
    QMap<QString, bool> isPrefix;
    for (auto it = m_buckets[bucket].cbegin(); it != m_buckets[bucket].cend(); ++it) {
        const QString &name = it.key();
        if (!name.startsWith(prefix))
            continue;
        if (!startOffset.isEmpty() && name < startOffset)
            continue;
        if (!endOffset.isEmpty() && name >= endOffset)
            continue;
        QString entry = name;
        if (!delimiter.isEmpty()) {
            const int cut = name.indexOf(delimiter, prefix.size());
            if (cut >= 0)
                entry = name.left(cut + delimiter.size());
        }
        if (isPrefix.contains(entry))
            continue;
        isPrefix.insert(entry, entry != name);
        entries << entry;
    }
    QJsonArray items;
    QJsonArray prefixes;
    int taken = 0;
    QString last;
    bool more = false;
    for (const QString &entry : std::as_const(entries)) {
        if (!token.isEmpty() && entry <= token)
            continue;
        if (taken == maxResults) {
            more = true;
            break;
        }
        ++taken;
        last = entry;
        if (isPrefix.value(entry)) {
            prefixes.append(entry);
            continue;
        }
        const Object &o = m_buckets[bucket][entry];
        QJsonObject item{{QStringLiteral("kind"), QStringLiteral("storage#object")},
                         {QStringLiteral("name"), entry},
                         {QStringLiteral("bucket"), bucket},
                         {QStringLiteral("size"), QString::number(o.data.size())},
                         {QStringLiteral("updated"), QStringLiteral("2024-01-05T16:40:11.123Z")}};
        if (o.md5Base64 != "none") {
            const QByteArray md5 = o.md5Base64.isEmpty() ? QCryptographicHash::hash(o.data, QCryptographicHash::Md5).toBase64() : o.md5Base64;
            item.insert(QStringLiteral("md5Hash"), QString::fromLatin1(md5));
        }
        QByteArray crc = o.crc32cBase64;
        if (crc.isEmpty()) {
            Crc32c c;
            c.add(o.data);
            QByteArray bigEndian(4, Qt::Uninitialized);
            qToBigEndian<quint32>(c.value(), bigEndian.data());
            crc = bigEndian.toBase64();
        }
        item.insert(QStringLiteral("crc32c"), QString::fromLatin1(crc));
        items.append(item);
    }
    QJsonObject page{{QStringLiteral("kind"), QStringLiteral("storage#objects")}};
    if (!items.isEmpty())
        page.insert(QStringLiteral("items"), items);
    if (!prefixes.isEmpty())
        page.insert(QStringLiteral("prefixes"), prefixes);
    if (!m_loopingToken.isEmpty())
        page.insert(QStringLiteral("nextPageToken"), m_loopingToken);
    else if (more)
        page.insert(QStringLiteral("nextPageToken"), QString::fromLatin1(last.toUtf8().toBase64()));
    return CannedResponse::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

} // namespace eoc::test
