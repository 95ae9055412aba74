// The worker-thread hasher: its digests must equal a one-shot hash of the same bytes however they
// were given (in pieces, from a file prefix, after a restart), and its backlog must drain.
#include "core/download/hash/Blake3.h"
#include "core/download/hash/Digest.h"
#include "core/download/hash/StreamingHasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace eoc;

namespace {

QByteArray bytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 7;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        data[i] = char(x >> 24);
    }
    return data;
}

QString hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

Checksums expectedDigests(const QByteArray &data)
{
    return {{QStringLiteral("sha256"), hex(data, QCryptographicHash::Sha256)},
            {QStringLiteral("SHA-512"), hex(data, QCryptographicHash::Sha512)},
            {QStringLiteral("blake3"), QString::fromLatin1(Blake3Hasher::hash(data).toHex())}};
}

const QStringList kAlgorithms{QStringLiteral("sha256"), QStringLiteral("SHA-512"), QStringLiteral("blake3")};

struct Finished {
    Checksums digests;
    qint64 bytes = -1;
    int calls = 0;
};

Finished finish(StreamingHasher &hasher)
{
    Finished result;
    QSignalSpy destroyed(&hasher, &QObject::destroyed);   // any signal spy gives us an event loop
    hasher.finish([&result](const Checksums &digests, qint64 bytesHashed) {
        result.digests = digests;
        result.bytes = bytesHashed;
        ++result.calls;
    });
    for (int i = 0; i < 200 && result.calls == 0; ++i)
        destroyed.wait(25);
    return result;
}

} // namespace

TEST(StreamingHasher, PiecesGiveTheDigestOfTheWhole)
{
    const QByteArray data = bytes(5 * 1024 * 1024 + 3, 1);
    StreamingHasher hasher(kAlgorithms);
    hasher.restart(QString(), 0);
    for (qsizetype at = 0; at < data.size(); at += 65537)
        hasher.add(data.mid(at, 65537));
    const Finished done = finish(hasher);
    ASSERT_EQ(done.calls, 1);
    EXPECT_EQ(done.bytes, data.size());
    EXPECT_EQ(done.digests, expectedDigests(data));
}

TEST(StreamingHasher, APrefixReadFromTheFileComesBeforeTheAddedBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part"));
    const QByteArray data = bytes(3 * 1024 * 1024, 2);
    const qint64 prefix = 2 * 1024 * 1024 + 100;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // Bytes past the prefix in the file must not count.
        file.write(data.left(prefix) + QByteArray(5000, 'z'));
    }
    StreamingHasher hasher(kAlgorithms);
    hasher.restart(path, prefix);
    hasher.add(data.mid(prefix));
    const Finished done = finish(hasher);
    EXPECT_EQ(done.bytes, data.size());
    EXPECT_EQ(done.digests, expectedDigests(data));
}

TEST(StreamingHasher, RestartForgetsEverythingBefore)
{
    const QByteArray junk = bytes(300000, 3);
    const QByteArray data = bytes(200000, 4);
    StreamingHasher hasher(kAlgorithms);
    hasher.restart(QString(), 0);
    hasher.add(junk);
    hasher.restart(QString(), 0);
    hasher.add(data);
    const Finished done = finish(hasher);
    EXPECT_EQ(done.bytes, data.size());
    EXPECT_EQ(done.digests, expectedDigests(data));
}

TEST(StreamingHasher, APrefixLongerThanTheFileGivesNoDigests)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes(1000, 5));
    }
    StreamingHasher hasher(kAlgorithms);
    hasher.restart(path, 5000);
    hasher.add(bytes(10, 6));
    const Finished done = finish(hasher);
    EXPECT_EQ(done.calls, 1);
    EXPECT_TRUE(done.digests.isEmpty());

    // A missing file is the same: no digest rather than a wrong one.
    StreamingHasher missing(kAlgorithms);
    missing.restart(dir.filePath(QStringLiteral("absent")), 10);
    EXPECT_TRUE(finish(missing).digests.isEmpty());
}

TEST(StreamingHasher, UnknownAlgorithmsAreSkipped)
{
    StreamingHasher none({QStringLiteral("whirlpool")});
    EXPECT_TRUE(none.isEmpty());
    none.add(bytes(100, 7));
    EXPECT_EQ(none.backlogBytes(), 0);
    const Finished done = finish(none);
    EXPECT_EQ(done.calls, 1);
    EXPECT_TRUE(done.digests.isEmpty());

    StreamingHasher some({QStringLiteral("whirlpool"), QStringLiteral("md5")});
    EXPECT_FALSE(some.isEmpty());
    some.restart(QString(), 0);
    const QByteArray data = bytes(100, 8);
    some.add(data);
    const Checksums digests = finish(some).digests;
    EXPECT_EQ(digests, (Checksums{{QStringLiteral("md5"), hex(data, QCryptographicHash::Md5)}}));
}

TEST(StreamingHasher, TheBacklogDrainsAndSaysSoOnceForAllAlgorithms)
{
    StreamingHasher hasher({QStringLiteral("sha512"), QStringLiteral("md5")});
    hasher.restart(QString(), 0);
    const QByteArray block = bytes(4 * 1024 * 1024, 9);
    for (int i = 0; i < 8; ++i)
        hasher.add(block);
    QSignalSpy cleared(&hasher, &StreamingHasher::backlogCleared);
    EXPECT_GT(hasher.backlogBytes(), 0);
    hasher.wakeWhenBacklogBelow(1);
    hasher.wakeWhenBacklogBelow(1);   // asking again while waiting changes nothing
    ASSERT_TRUE(cleared.count() > 0 || cleared.wait(20000));
    QTest::qWait(50);
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(hasher.backlogBytes(), 0);
    EXPECT_EQ(finish(hasher).bytes, 8 * block.size());
}

TEST(DigestSet, NamesAreCaseAndDashInsensitiveButKeptAsGiven)
{
    EXPECT_TRUE(Digest::isKnown(QStringLiteral("SHA-256")));
    EXPECT_TRUE(Digest::isKnown(QStringLiteral("Blake3")));
    EXPECT_FALSE(Digest::isKnown(QStringLiteral("sha3-256")));
    DigestSet set({QStringLiteral("SHA-1"), QStringLiteral("nope")});
    EXPECT_EQ(set.algorithms(), QStringList{QStringLiteral("SHA-1")});
    set.add("abc");
    EXPECT_EQ(set.hexDigests().value(QStringLiteral("SHA-1")), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
    set.reset();
    set.add("");
    EXPECT_EQ(set.hexDigests().value(QStringLiteral("SHA-1")), QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
}
