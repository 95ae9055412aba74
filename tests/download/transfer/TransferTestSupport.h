#pragma once

#include "core/download/Transfer.h"
#include "core/net/NetworkAccess.h"
#include "tests/support/LocalHttpServer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace eoc::test {

// Deterministic bytes that are not all alike, so a shifted or duplicated range shows in the hash.
inline QByteArray patternBytes(qsizetype size, quint32 seed = 1)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        data[i] = char(state >> 24);
    }
    return data;
}

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(data), data.size());
}

inline NetworkAccess::Policy fastTransferPolicy()
{
    NetworkAccess::Policy policy;
    policy.baseBackoffMs = 10;
    policy.maxBackoffMs = 40;
    policy.stallTimeoutMs = 5000;
    return policy;
}

// The first byte a request asked for with Range (0 without one).
inline qint64 rangeStart(const RecordedRequest &request)
{
    const QByteArray range = request.header("Range");
    return range.startsWith("bytes=") ? range.mid(6, range.indexOf('-') - 6).toLongLong() : 0;
}

// A transfer into a temporary folder, from a local server, with quick retries.
class TransferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_network.setPolicy(fastTransferPolicy());
    }

    TransferSpec specFor(const QUrl &url) const
    {
        TransferSpec spec;
        spec.url = url;
        spec.partPath = partPath();
        return spec;
    }
    QString partPath() const { return m_dir.filePath(QStringLiteral("scene.zip.part")); }

    QTemporaryDir m_dir;
    NetworkAccess m_network;
    LocalHttpServer m_server;
};

// Runs one transfer to its end and returns the outcome.
inline TransferOutcome runTransfer(NetworkAccess &network, const TransferSpec &spec, int timeoutMs = 20000)
{
    Transfer transfer(&network, spec);
    QSignalSpy finished(&transfer, &Transfer::finished);
    transfer.start();
    EXPECT_TRUE(finished.wait(timeoutMs)) << "the transfer did not finish";
    if (finished.isEmpty())
        return {};
    EXPECT_EQ(finished.size(), 1) << "finished must be emitted once";
    return finished.first().first().value<TransferOutcome>();
}

} // namespace eoc::test
