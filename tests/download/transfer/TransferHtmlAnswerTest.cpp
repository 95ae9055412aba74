// A web page (a sign-in form, a maintenance page) answered with status 200 in place of a data
// file is an error that names the page, and none of it is written to the part file.
#include "tests/download/transfer/TransferTestSupport.h"
#include "tests/support/LocalHttpServer.h"

using namespace eoc;
using namespace eoc::test;

namespace {

// Written for the tests, in the shape of a sign-in page (see tests/data/download/PROVENANCE.md).
const QByteArray kSignInPage = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                               "<title>\n  Sign in &#8211; USGS\n</title></head><body>\n"
                               "<form method=\"post\" action=\"/login\"><input name=\"username\">"
                               "<input type=\"password\" name=\"password\"></form></body></html>\n";

class TransferHtmlAnswer : public TransferTest
{
protected:
    TransferSpec specForFile(const QString &name) const
    {
        TransferSpec spec;
        spec.url = m_server.url(QLatin1Char('/') + name);
        spec.partPath = m_dir.filePath(name + QStringLiteral(".part"));
        return spec;
    }
};

} // namespace

TEST_F(TransferHtmlAnswer, SignInPageForADataFileIsAnAuthErrorNamingThePage)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text(kSignInPage, 200, "text/html; charset=utf-8"); });
    const TransferSpec spec = specForFile(QStringLiteral("B04.tif"));
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth) << outcome.error.toString().toStdString();
    const QString message = outcome.error.message;
    EXPECT_TRUE(message.contains(QStringLiteral("sign-in page \"Sign in \u2013 USGS\""))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("B04.tif"))) << message.toStdString();
    EXPECT_EQ(outcome.bytesOnDisk, 0);
    EXPECT_TRUE(readFile(spec.partPath).isEmpty()) << "no byte of the page may reach the part file";
    EXPECT_EQ(m_server.requestCount(), 1) << "a sign-in page is not asked for again";
}

TEST_F(TransferHtmlAnswer, PageSentAsBinaryIsCaughtByItsFirstBytes)
{
    // A recorded maintenance page, with a type that claims a binary file.
    const QByteArray page = readTestData(QStringLiteral("download/maintenance_page.html"));
    ASSERT_FALSE(page.isEmpty());
    m_server.setHandler([&](const RecordedRequest &) { return CannedResponse::text(page, 200, "application/octet-stream"); });
    const TransferSpec spec = specForFile(QStringLiteral("S2A_MSIL1C.zip"));
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth) << outcome.error.toString().toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("an HTML page \"The Sentinels Scientific Data Hub\"")))
        << outcome.error.message.toStdString();
    EXPECT_TRUE(readFile(spec.partPath).isEmpty());
    EXPECT_EQ(m_server.requestCount(), 1);
}

TEST_F(TransferHtmlAnswer, PageWithoutTitleIsCalledAnHtmlPage)
{
    m_server.setHandler([](const RecordedRequest &) {
        return CannedResponse::text("<html><body>Access denied</body></html>", 200, "text/html");
    });
    const auto outcome = runTransfer(m_network, specForFile(QStringLiteral("B04.tif")));
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("with an HTML page instead of B04.tif")))
        << outcome.error.message.toStdString();
}

TEST_F(TransferHtmlAnswer, HtmlFileIsDownloadedAsAsked)
{
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text(kSignInPage, 200, "text/html"); });
    const TransferSpec spec = specForFile(QStringLiteral("index.html"));
    const auto outcome = runTransfer(m_network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(spec.partPath), kSignInPage);
}

TEST_F(TransferHtmlAnswer, BytesKeptFromAnEarlierRunSurviveAPageInsteadOfTheRest)
{
    const QByteArray data = patternBytes(50000);
    const TransferSpec base = specForFile(QStringLiteral("B04.tif"));
    writeFile(base.partPath, data.left(20000));
    m_server.setHandler([](const RecordedRequest &) { return CannedResponse::text(kSignInPage, 200, "text/html"); });
    TransferSpec spec = base;
    spec.resumeOffset = 20000;
    spec.etag = "\"v1\"";
    const auto outcome = runTransfer(m_network, spec);
    EXPECT_EQ(outcome.error.errorClass, ErrorClass::Auth);
    EXPECT_EQ(readFile(spec.partPath), data.left(20000));
}

TEST_F(TransferHtmlAnswer, BinaryFileIsNotMistakenForAPage)
{
    // Text that merely mentions a tag later on is not a page.
    const QByteArray data = "II*\0 not html <html> " + patternBytes(5000);
    m_server.setHandler([&](const RecordedRequest &r) { return LocalHttpServer::serveBytes(r, data); });
    const TransferSpec spec = specForFile(QStringLiteral("B04.tif"));
    const auto outcome = runTransfer(m_network, spec);
    ASSERT_FALSE(outcome.error.isError()) << outcome.error.toString().toStdString();
    EXPECT_EQ(readFile(spec.partPath), data);
}
