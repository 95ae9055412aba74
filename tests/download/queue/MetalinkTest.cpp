#include "core/download/queue/Metalink.h"

#include <gtest/gtest.h>

using namespace eoc;

TEST(Metalink, ReadsFilesUrlsSizesAndHashes)
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<metalink xmlns="urn:ietf:params:xml:ns:metalink">
  <published>2026-01-01T00:00:00Z</published>
  <file name="S2B_MSIL2A_20240101.zip">
    <size>14471447</size>
    <hash type="sha-256">F0AD929CD259957E160EA442EB80986B5F01A2F2E3C9F3A5D3A2E0D9C8B7A6F5</hash>
    <hash type="md5">0123456789abcdef0123456789abcdef</hash>
    <url priority="2">https://mirror.example.org/b.zip</url>
    <url priority="1">https://main.example.org/a.zip</url>
    <url>ftp://old.example.org/a.zip</url>
    <url>ftp://user:secret@other.example.org/a.zip</url>
    <url>gopher://old.example.org/a.zip</url>
  </file>
  <file name="second.tif"><url>http://example.org/second.tif</url></file>
</metalink>)";
    const auto files = readMetalink(xml);
    ASSERT_TRUE(files.ok()) << files.error().message.toStdString();
    ASSERT_EQ(files->size(), 2);
    const MetalinkFile &f = files->at(0);
    EXPECT_EQ(f.name, QStringLiteral("S2B_MSIL2A_20240101.zip"));
    EXPECT_EQ(f.size, 14471447);
    EXPECT_EQ(f.checksums.value(QStringLiteral("sha256")),
              QStringLiteral("f0ad929cd259957e160ea442eb80986b5f01a2f2e3c9f3a5d3a2e0d9c8b7a6f5"));
    EXPECT_EQ(f.checksums.value(QStringLiteral("md5")), QStringLiteral("0123456789abcdef0123456789abcdef"));
    // FTP is fetched too, but not from a URL carrying a password (the journal keeps the URLs).
    ASSERT_EQ(f.urls.size(), 3);
    EXPECT_EQ(f.urls.at(0), QUrl(QStringLiteral("https://main.example.org/a.zip")));
    EXPECT_EQ(f.urls.at(2), QUrl(QStringLiteral("ftp://old.example.org/a.zip")));
    EXPECT_FALSE(files->at(1).size.has_value());

    const SceneResult r = metalinkFileToResult(f);
    EXPECT_EQ(r.provider, QStringLiteral("http"));
    EXPECT_EQ(r.link, QUrl(QStringLiteral("https://main.example.org/a.zip")));
    EXPECT_EQ(r.attributes.value(QStringLiteral("fileName")).toString(), f.name);
    EXPECT_EQ(r.size, 14471447);
}

TEST(Metalink, BadDocumentsAreRejectedWithAReason)
{
    EXPECT_EQ(readMetalink("<html/>").error().errorClass, ErrorClass::BadInput);
    EXPECT_EQ(readMetalink("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\"><file name=\"x\"></file></metalink>")
                  .error().message.contains(QLatin1String("no http")), true);
    EXPECT_EQ(readMetalink("<metalink><file name=\"x\"><size>-3</size></file></metalink>").error().errorClass,
              ErrorClass::BadInput);
    EXPECT_FALSE(readMetalink("<metalink><file name=\"x\"><url>http://a/b</url>").ok());
}
