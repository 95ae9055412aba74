// Files whose name only the server knows (Content-Disposition): one that is already complete in the
// output folder is checked, not fetched again, even though the URL does not name it.
#include "tests/download/queue/QueueTestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace eoc;
using namespace eoc::test;

namespace {

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

class ServerNamedFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setHandler([this](const RecordedRequest &r) {
            ++m_requests;
            return LocalHttpServer::serveBytes(r, m_data)
                .withHeader("Content-Disposition", "attachment; filename=\"LC09_L2SP_221071_20240101_B4.TIF\"");
        });
    }

    QByteArray m_data = testPayload(3 * 1024 * 1024, 31);
    LocalHttpServer m_server;
    int m_requests = 0;
};

} // namespace

TEST_F(ServerNamedFile, ACompleteFileOfTheServersNameIsCheckedNotFetchedAgain)
{
    QueueHarness h;
    const QString existing = h.output + QStringLiteral("/LC09_L2SP_221071_20240101_B4.TIF");
    writeFile(existing, m_data);
    const QDateTime writtenAt = QFileInfo(existing).lastModified();
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(h.request(m_server.url(QStringLiteral("/download?id=42")),
                                         {{QStringLiteral("sha256"), sha256Of(m_data)}}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());

    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    ASSERT_EQ(item.files.size(), 1);
    EXPECT_EQ(item.files.first().finalPath, existing);
    EXPECT_EQ(fileBytes(existing), m_data);
    // Never rewritten, and the body was not taken: the only file is the one that was there.
    EXPECT_EQ(QFileInfo(existing).lastModified(), writtenAt);
    EXPECT_EQ(filesUnder(h.output), QStringList{existing});
    EXPECT_EQ(m_requests, 1);
}

TEST_F(ServerNamedFile, AnExistingFileThatFailsTheChecksumIsReplacedByAVerifiedCopy)
{
    QueueHarness h;
    const QString existing = h.output + QStringLiteral("/LC09_L2SP_221071_20240101_B4.TIF");
    writeFile(existing, QByteArray("a different file of the same name"));
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(h.request(m_server.url(QStringLiteral("/download?id=42")),
                                         {{QStringLiteral("sha256"), sha256Of(m_data)}}));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());

    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    EXPECT_EQ(fileBytes(existing), m_data);
    EXPECT_EQ(filesUnder(h.output), QStringList{existing});
}

TEST_F(ServerNamedFile, WithoutAFileOfThatNameTheDownloadTakesTheServersName)
{
    QueueHarness h;
    auto queue = h.makeQueue();
    ASSERT_TRUE(queue->open().ok());
    const auto id = queue->add(h.request(m_server.url(QStringLiteral("/download?id=42"))));
    ASSERT_TRUE(id.ok());
    queue->start();
    const auto item = runToRest(*queue, id.value());

    EXPECT_EQ(item.state, QueueState::Done) << item.error.message.toStdString();
    const QString expected = h.output + QStringLiteral("/LC09_L2SP_221071_20240101_B4.TIF");
    EXPECT_EQ(fileBytes(expected), m_data);
    EXPECT_EQ(filesUnder(h.output), QStringList{expected});
    EXPECT_EQ(m_requests, 1);
}
