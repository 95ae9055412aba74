#include "core/download/queue/Metalink.h"

#include "core/download/ftp/FtpSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QXmlStreamReader>

#include <algorithm>

namespace eoc {

namespace {

// RFC 5854 uses the IANA hash names ("sha-256"); the rest of the program uses "sha256".
QString checksumName(const QString &type)
{
    QString t = type.trimmed().toLower();
    t.remove(QLatin1Char('-'));
    return t;
}

} // namespace

Result<QList<MetalinkFile>> readMetalink(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QList<MetalinkFile> files;
    bool sawRoot = false;
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("metalink"))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "Not a Metalink 4 document (root element '%1')")
                                                   .arg(reader.name().toString()));
        sawRoot = true;
        while (reader.readNextStartElement()) {
            if (reader.name() != QLatin1String("file")) {
                reader.skipCurrentElement();
                continue;
            }
            MetalinkFile file;
            file.name = reader.attributes().value(QLatin1String("name")).toString();
            QList<std::pair<int, QUrl>> urls;
            while (reader.readNextStartElement()) {
                const auto name = reader.name();
                if (name == QLatin1String("size")) {
                    bool ok = false;
                    const qint64 size = reader.readElementText().trimmed().toLongLong(&ok);
                    if (!ok || size < 0)
                        return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "Metalink file '%1' has an invalid size").arg(file.name));
                    file.size = size;
                } else if (name == QLatin1String("hash")) {
                    const QString type = checksumName(reader.attributes().value(QLatin1String("type")).toString());
                    file.checksums.insert(type, reader.readElementText().trimmed().toLower());
                } else if (name == QLatin1String("url")) {
                    const int priority = reader.attributes().hasAttribute(QLatin1String("priority"))
                                             ? reader.attributes().value(QLatin1String("priority")).toInt()
                                             : 999999;
                    const QUrl url(reader.readElementText().trimmed(), QUrl::StrictMode);
                    // A URL with a password in it is left out: the journal keeps the URLs.
                    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
                    if (url.isValid() && (web || (isFtpUrl(url) && url.userInfo().isEmpty())))
                        urls.append({priority, url});
                } else {
                    reader.skipCurrentElement();
                }
            }
            std::stable_sort(urls.begin(), urls.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &u : urls)
                file.urls << u.second;
            if (file.name.isEmpty())
                return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "A Metalink <file> has no name"));
            if (file.urls.isEmpty())
                return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "Metalink file '%1' has no http(s) or ftp(s) URL").arg(file.name));
            files << file;
        }
        break;   // one root element; reading on would report a premature end
    }
    if (reader.hasError())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "Metalink is not well-formed XML: %1 (line %2)")
                                               .arg(reader.errorString()).arg(reader.lineNumber()));
    if (!sawRoot || files.isEmpty())
        return Error(ErrorClass::BadInput, QCoreApplication::translate("Metalink", "The Metalink lists no files"));
    return files;
}

SceneResult metalinkFileToResult(const MetalinkFile &file)
{
    SceneResult r;
    r.provider = QStringLiteral("http");
    r.sceneId = file.name;
    r.link = file.urls.value(0);
    r.size = file.size;
    r.checksums = file.checksums;
    r.attributes.insert(QStringLiteral("fileName"), file.name);
    QJsonArray mirrors;
    for (int i = 1; i < file.urls.size(); ++i)
        mirrors.append(file.urls.at(i).toString());
    if (!mirrors.isEmpty())
        r.attributes.insert(QStringLiteral("mirrors"), mirrors);
    return r;
}

} // namespace eoc
