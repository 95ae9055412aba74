#include "core/download/hash/Blake3.h"
#include "tests/support/LocalHttpServer.h"

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QByteArray pattern(int length)
{
    QByteArray data(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        data[i] = char(i % 251);
    return data;
}

struct Vector {
    int length;
    QByteArray hex;
};

QList<Vector> officialVectors()
{
    QList<Vector> vectors;
    const QList<QByteArray> lines = test::readTestData(QStringLiteral("blake3/expected-hashes.txt")).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        vectors << Vector{parts.at(0).toInt(), parts.at(1)};
    }
    return vectors;
}

} // namespace

TEST(Blake3, EmptyInputIsTheWellKnownHash)
{
    EXPECT_EQ(Blake3Hasher::hash({}).toHex(),
              QByteArray("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"));
}

TEST(Blake3, OfficialTestVectors)
{
    const auto vectors = officialVectors();
    ASSERT_GE(vectors.size(), 20);
    for (const auto &v : vectors)
        EXPECT_EQ(Blake3Hasher::hash(pattern(v.length)).toHex(), v.hex) << "input length " << v.length;
}

TEST(Blake3, StreamingInAnySplitMatchesOneShot)
{
    const auto vectors = officialVectors();
    for (const auto &v : vectors) {
        const QByteArray data = pattern(v.length);
        for (int step : {1, 63, 64, 65, 1000, 1024, 4096}) {
            Blake3Hasher hasher;
            for (int i = 0; i < data.size(); i += step)
                hasher.update(QByteArrayView(data).sliced(i, qMin<qsizetype>(step, data.size() - i)));
            EXPECT_EQ(hasher.finalize().toHex(), v.hex) << "length " << v.length << " step " << step;
        }
    }
}
