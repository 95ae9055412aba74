#include "core/download/hash/Digest.h"

#include "core/download/hash/Blake3.h"
#include "core/download/hash/Crc32c.h"

#include <QCryptographicHash>

#include <optional>

namespace eoc {

namespace {

QString normalised(const QString &algorithm)
{
    return algorithm.toLower().remove(QLatin1Char('-'));
}

std::optional<QCryptographicHash::Algorithm> qtAlgorithm(const QString &algorithm)
{
    const QString n = normalised(algorithm);
    if (n == QLatin1String("md5"))
        return QCryptographicHash::Md5;
    if (n == QLatin1String("sha1"))
        return QCryptographicHash::Sha1;
    if (n == QLatin1String("sha256"))
        return QCryptographicHash::Sha256;
    if (n == QLatin1String("sha512"))
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

bool isBlake3(const QString &algorithm)
{
    return normalised(algorithm) == QLatin1String("blake3");
}

bool isCrc32c(const QString &algorithm)
{
    return normalised(algorithm) == QLatin1String("crc32c");
}

class QtDigest final : public Digest
{
public:
    explicit QtDigest(QCryptographicHash::Algorithm algorithm) : m_hash(algorithm) {}
    void add(QByteArrayView data) override { m_hash.addData(data); }
    QString hex() const override { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash;
};

class Blake3Digest final : public Digest
{
public:
    void add(QByteArrayView data) override { m_hash.update(data); }
    QString hex() const override { return QString::fromLatin1(m_hash.finalize().toHex()); }

private:
    Blake3Hasher m_hash;
};

class Crc32cDigest final : public Digest
{
public:
    void add(QByteArrayView data) override { m_crc.add(data); }
    QString hex() const override { return QStringLiteral("%1").arg(m_crc.value(), 8, 16, QLatin1Char('0')); }

private:
    Crc32c m_crc;
};

} // namespace

std::unique_ptr<Digest> Digest::create(const QString &algorithm)
{
    if (const auto a = qtAlgorithm(algorithm))
        return std::make_unique<QtDigest>(*a);
    if (isBlake3(algorithm))
        return std::make_unique<Blake3Digest>();
    if (isCrc32c(algorithm))
        return std::make_unique<Crc32cDigest>();
    return nullptr;
}

bool Digest::isKnown(const QString &algorithm)
{
    return qtAlgorithm(algorithm).has_value() || isBlake3(algorithm) || isCrc32c(algorithm);
}

DigestSet::DigestSet(const QStringList &algorithms)
{
    for (const QString &algorithm : algorithms) {
        if (auto digest = Digest::create(algorithm))
            m_digests.push_back({algorithm, std::move(digest)});
    }
}

QStringList DigestSet::algorithms() const
{
    QStringList names;
    for (const auto &entry : m_digests)
        names.append(entry.algorithm);
    return names;
}

void DigestSet::add(QByteArrayView data)
{
    for (auto &entry : m_digests)
        entry.digest->add(data);
}

void DigestSet::reset()
{
    for (auto &entry : m_digests)
        entry.digest = Digest::create(entry.algorithm);
}

Checksums DigestSet::hexDigests() const
{
    Checksums digests;
    for (const auto &entry : m_digests)
        digests.insert(entry.algorithm, entry.digest->hex());
    return digests;
}

} // namespace eoc
