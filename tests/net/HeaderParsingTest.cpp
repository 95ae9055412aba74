#include "core/net/ContentDisposition.h"
#include "core/net/ContentRange.h"
#include "core/net/RequestRules.h"

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::net;

TEST(ContentDisposition, QuotedAndTokenNames)
{
    EXPECT_EQ(contentDispositionFileName("attachment; filename=\"S2A_MSIL2A.zip\""), QStringLiteral("S2A_MSIL2A.zip"));
    EXPECT_EQ(contentDispositionFileName("attachment; filename=plain.tif"), QStringLiteral("plain.tif"));
    EXPECT_EQ(contentDispositionFileName("attachment;filename=\"a; b.zip\";size=10"), QStringLiteral("a; b.zip"));
    EXPECT_EQ(contentDispositionFileName("attachment; filename=\"say \\\"hi\\\".zip\""), QStringLiteral("say \"hi\".zip"));
    EXPECT_EQ(contentDispositionFileName("attachment; FILENAME=\"upper.zip\""), QStringLiteral("upper.zip"));
}

TEST(ContentDisposition, ExtendedNameWinsAndIsDecoded)
{
    EXPECT_EQ(contentDispositionFileName("attachment; filename=\"fallback.zip\"; filename*=UTF-8''%E2%82%AC%20rates.zip"),
              QString::fromUtf8("\xE2\x82\xAC rates.zip"));
    // Order does not matter.
    EXPECT_EQ(contentDispositionFileName("attachment; filename*=utf-8'en'caf%C3%A9.tif; filename=\"cafe.tif\""),
              QString::fromUtf8("caf\xC3\xA9.tif"));
    EXPECT_EQ(contentDispositionFileName("attachment; filename*=iso-8859-1''%E9t%E9.zip"), QString::fromUtf8("\xC3\xA9t\xC3\xA9.zip"));
    // An unknown charset or broken UTF-8 falls back to filename=.
    EXPECT_EQ(contentDispositionFileName("attachment; filename*=koi8-r''%C1.zip; filename=\"ok.zip\""), QStringLiteral("ok.zip"));
    EXPECT_EQ(contentDispositionFileName("attachment; filename*=UTF-8''%FF%FE.zip; filename=\"ok.zip\""), QStringLiteral("ok.zip"));
}

TEST(ContentDisposition, HostileNamesAreReturnedRaw)
{
    // Sanitising is the caller's job: the parser must not hide what the server sent.
    EXPECT_EQ(contentDispositionFileName("attachment; filename=\"../../etc/passwd\""), QStringLiteral("../../etc/passwd"));
    EXPECT_EQ(contentDispositionFileName("attachment; filename*=UTF-8''%2Ftmp%2Fx%00y"), QString::fromUtf8("/tmp/x\0y", 8));
    EXPECT_EQ(contentDispositionFileName("attachment; filename=\"C:\\\\Windows\\\\evil.dll\""), QStringLiteral("C:\\Windows\\evil.dll"));
}

TEST(ContentDisposition, NoName)
{
    EXPECT_TRUE(contentDispositionFileName("").isEmpty());
    EXPECT_TRUE(contentDispositionFileName("inline").isEmpty());
    EXPECT_TRUE(contentDispositionFileName("attachment; size=12").isEmpty());
    EXPECT_TRUE(contentDispositionFileName("attachment; filename").isEmpty());
}

TEST(ContentRange, Parses)
{
    auto range = parseContentRange("bytes 100-199/1000");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, 100);
    EXPECT_EQ(range->last, 199);
    EXPECT_EQ(range->total, 1000);

    range = parseContentRange("bytes 0-9/*");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->total, -1);

    range = parseContentRange("bytes */5000");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, -1);
    EXPECT_EQ(range->total, 5000);
}

TEST(ContentRange, RejectsMalformed)
{
    EXPECT_FALSE(parseContentRange(""));
    EXPECT_FALSE(parseContentRange("items 0-9/10"));
    EXPECT_FALSE(parseContentRange("bytes 9-0/10"));
    EXPECT_FALSE(parseContentRange("bytes 0-10/10"));
    EXPECT_FALSE(parseContentRange("bytes -1-5/10"));
    EXPECT_FALSE(parseContentRange("bytes 0-5"));
    EXPECT_FALSE(parseContentRange("bytes */*"));
    EXPECT_FALSE(parseContentRange("bytes a-b/c"));
}

TEST(RequestRules, TlsFailuresAreFinalOthersTransient)
{
    const Error tls = errorForNetworkFailure(QNetworkReply::SslHandshakeFailedError, QStringLiteral("h"), QStringLiteral("bad cert"));
    EXPECT_EQ(tls.errorClass, ErrorClass::Permanent);
    EXPECT_FALSE(tls.isRetryable());
    for (const auto e : {QNetworkReply::ConnectionRefusedError, QNetworkReply::RemoteHostClosedError,
                         QNetworkReply::TimeoutError, QNetworkReply::HostNotFoundError,
                         QNetworkReply::TemporaryNetworkFailureError}) {
        EXPECT_TRUE(errorForNetworkFailure(e, QStringLiteral("h"), QStringLiteral("x")).isRetryable()) << int(e);
    }
}

TEST(RequestRules, RedirectDecisions)
{
    const QUrl https(QStringLiteral("https://a.example/x"));
    auto d = decideRedirect(https, 302, "/y", 0, {});
    EXPECT_FALSE(d.error.isError());
    EXPECT_EQ(d.next, QUrl(QStringLiteral("https://a.example/y")));

    d = decideRedirect(https, 302, "http://a.example/y", 0, {});
    EXPECT_EQ(d.error.errorClass, ErrorClass::Permanent);
    d = decideRedirect(https, 302, "http://a.example/y", 0, {10, true});
    EXPECT_FALSE(d.error.isError());

    d = decideRedirect(https, 302, "ftp://a.example/y", 0, {});
    EXPECT_EQ(d.error.errorClass, ErrorClass::Permanent);
    d = decideRedirect(https, 302, "", 0, {});
    EXPECT_EQ(d.error.errorClass, ErrorClass::Protocol);
    d = decideRedirect(https, 302, "/z", 10, {});
    EXPECT_EQ(d.error.errorClass, ErrorClass::Protocol);
    d = decideRedirect(https, 302, "/z", 9, {});
    EXPECT_FALSE(d.error.isError());
}

TEST(RequestRules, TrustedHosts)
{
    EXPECT_TRUE(isTrustedHost({}, QStringLiteral("a.example"), QStringLiteral("A.example")));
    EXPECT_FALSE(isTrustedHost({}, QStringLiteral("a.example"), QStringLiteral("b.example")));
    const QStringList list = {QStringLiteral("b.example")};
    EXPECT_FALSE(isTrustedHost(list, QStringLiteral("a.example"), QStringLiteral("a.example")));
    EXPECT_TRUE(isTrustedHost(list, QStringLiteral("a.example"), QStringLiteral("b.example")));
    // No suffix matching: a look-alike host is not trusted.
    EXPECT_FALSE(isTrustedHost(list, QStringLiteral("a.example"), QStringLiteral("evilb.example")));
    EXPECT_TRUE(isCredentialHeader("authorization"));
    EXPECT_TRUE(isCredentialHeader("X-Auth-Token"));
    EXPECT_TRUE(isCredentialHeader("Cookie"));
    EXPECT_FALSE(isCredentialHeader("Accept"));
}
