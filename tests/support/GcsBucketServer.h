#pragma once
// A Google Cloud Storage look-alike for tests, built from Google's documentation of the JSON API
// (https://cloud.google.com/storage/docs/json_api/v1/objects/list and /objects#resource): no genuine
// recording of the public buckets' listings exists. It answers `objects.list` with prefix,
// delimiter, startOffset, endOffset, maxResults and pageToken as documented (items and prefixes
// both count towards maxResults; names sorted lexicographically; sizes as strings; md5Hash and
// crc32c base64-encoded, crc32c big-endian), and serves the objects with Range support.
#include "tests/support/LocalHttpServer.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace eoc::test {

class GcsBucketServer
{
public:
    struct Object {
        QByteArray data;
        QByteArray md5Base64;          // empty: computed; "none": left out (composite objects)
        QByteArray crc32cBase64;       // empty: computed
    };

    GcsBucketServer();

    LocalHttpServer &http() { return m_server; }
    QUrl base() const { return m_server.url(QString()); }

    void put(const QString &bucket, const QString &name, const QByteArray &data);
    Object &object(const QString &bucket, const QString &name) { return m_buckets[bucket][name]; }
    // Fewer entries per page than asked for, to exercise paging with small folders.
    void setPageSizeCap(int cap) { m_pageCap = cap; }
    // A broken service: every page of a listing hands out this same next-page token.
    void setLoopingToken(const QString &token) { m_loopingToken = token; }

    // The listings asked for: the prefix parameter of each objects.list request, in order.
    QStringList listedPrefixes() const;
    // Object downloads asked for (path without the query).
    QStringList downloadedPaths() const;

private:
    CannedResponse answer(const RecordedRequest &request);
    CannedResponse list(const QString &bucket, const RecordedRequest &request);

    LocalHttpServer m_server;
    QMap<QString, QMap<QString, Object>> m_buckets;   // bucket -> name -> object (sorted)
    int m_pageCap = 1000;
    QString m_loopingToken;
};

} // namespace eoc::test
