#pragma once

#include "core/model/SceneResult.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace eoc {

// One running hash of an algorithm providers publish: md5, sha1, sha256, sha512 (OpenSSL's
// libcrypto), blake3 (core/download/hash/Blake3) or crc32c (Google Cloud Storage's
// checksum, big-endian hex as its listings give it). Names are case-insensitive and a dash
// is ignored ("SHA-256" is "sha256").
class Digest
{
public:
    virtual ~Digest() = default;
    virtual void add(QByteArrayView data) = 0;
    virtual QString hex() const = 0;              // lower-case; the digest can keep going

    // nullptr for an algorithm we do not know.
    static std::unique_ptr<Digest> create(const QString &algorithm);
    static bool isKnown(const QString &algorithm);
};

// Several digests fed in one pass, keyed by the algorithm name as given.
class DigestSet final
{
public:
    explicit DigestSet(const QStringList &algorithms);   // unknown names are skipped

    bool isEmpty() const { return m_digests.empty(); }
    QStringList algorithms() const;
    void add(QByteArrayView data);
    void reset();                                          // back to the hash of nothing
    Checksums hexDigests() const;                          // algorithm -> lower-case hex

private:
    struct Entry {
        QString algorithm;
        std::unique_ptr<Digest> digest;
    };
    std::vector<Entry> m_digests;
};

} // namespace eoc
