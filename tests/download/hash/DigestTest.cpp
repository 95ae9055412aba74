// The digests the verifier compares: published test vectors (FIPS 180 and RFC 1321 "abc"), the
// same digest whether the bytes come in one piece or many (including pieces that straddle the
// algorithms' 64- and 128-byte blocks), and hex() that can be read while hashing goes on.
#include "core/download/hash/Digest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QString hexOf(const QString &algorithm, QByteArrayView data)
{
    auto digest = Digest::create(algorithm);
    EXPECT_NE(digest, nullptr) << algorithm.toStdString();
    if (!digest)
        return {};
    digest->add(data);
    return digest->hex();
}

} // namespace

TEST(Digest, PublishedVectorsOfAbc)
{
    EXPECT_EQ(hexOf(QStringLiteral("md5"), "abc"), QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
    EXPECT_EQ(hexOf(QStringLiteral("sha1"), "abc"), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
    EXPECT_EQ(hexOf(QStringLiteral("SHA-256"), "abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(hexOf(QStringLiteral("sha512"), "abc"),
              QStringLiteral("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                             "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    EXPECT_EQ(hexOf(QStringLiteral("sha256"), ""),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST(Digest, PiecesAcrossBlockEdgesGiveTheDigestOfTheWholeAsQtComputesIt)
{
    QByteArray data(100'003, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131) ^ (i >> 7));
    const std::pair<const char *, QCryptographicHash::Algorithm> algorithms[] = {
        {"md5", QCryptographicHash::Md5}, {"sha1", QCryptographicHash::Sha1},
        {"sha256", QCryptographicHash::Sha256}, {"sha512", QCryptographicHash::Sha512}};
    for (const auto &[name, qtAlgorithm] : algorithms) {
        auto digest = Digest::create(QLatin1String(name));
        ASSERT_NE(digest, nullptr);
        qsizetype at = 0;
        for (qsizetype piece = 1; at < data.size(); piece = (piece * 3 + 1) % 1021) {
            const qsizetype n = std::min(piece % 257 + 1, data.size() - at);
            digest->add(QByteArrayView(data).sliced(at, n));
            at += n;
        }
        EXPECT_EQ(digest->hex(), QString::fromLatin1(QCryptographicHash::hash(data, qtAlgorithm).toHex())) << name;
    }
}

TEST(Digest, ReadingTheHexDoesNotEndTheDigest)
{
    auto digest = Digest::create(QStringLiteral("sha256"));
    ASSERT_NE(digest, nullptr);
    digest->add("ab");
    EXPECT_EQ(digest->hex(), hexOf(QStringLiteral("sha256"), "ab"));
    digest->add("c");
    EXPECT_EQ(digest->hex(), hexOf(QStringLiteral("sha256"), "abc"));
    EXPECT_EQ(digest->hex(), digest->hex());
}

TEST(Digest, UnknownAlgorithmsAreRefused)
{
    EXPECT_EQ(Digest::create(QStringLiteral("whirlpool")), nullptr);
    EXPECT_FALSE(Digest::isKnown(QStringLiteral("sha3-256")));
    EXPECT_TRUE(Digest::isKnown(QStringLiteral("SHA-1")));
    EXPECT_TRUE(Digest::isKnown(QStringLiteral("crc32c")));
}
