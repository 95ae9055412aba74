// Results as a Metalink 4 document (RFC 5854) that download managers (aria2c, wget2) understand.
//
// A result lists the files a download of it would fetch (chooseDownloadAssets): its main link as
// one <file>, or one <file> per chosen asset, named "<scene id>/<file name>" so they land in one
// folder. Results without downloadable files are left out. A result merged from several sources
// gives each file one <url> per source that has the very same file (same name, and an equal
// checksum or, without a common checksum, an equal size), in the result's source order.
// Hash names follow the IANA "Hash Function Textual Names" registry the RFC refers to; checksums
// of algorithms that registry does not name (blake3) are left out because clients could not check
// them.

#include "core/model/export/ExportWriters.h"
#include "core/provider/AssetSelection.h"

#include <QDateTime>
#include <QSet>
#include <QXmlStreamWriter>

namespace eoc::exporting {

namespace {

const QString kNamespace = QStringLiteral("urn:ietf:params:xml:ns:metalink");

QString ianaHashName(const QString &algorithm)
{
    const QString a = algorithm.toLower();
    if (a == QLatin1String("md5"))
        return QStringLiteral("md5");
    if (a == QLatin1String("sha1") || a == QLatin1String("sha-1"))
        return QStringLiteral("sha-1");
    if (a == QLatin1String("sha256") || a == QLatin1String("sha-256"))
        return QStringLiteral("sha-256");
    if (a == QLatin1String("sha384") || a == QLatin1String("sha-384"))
        return QStringLiteral("sha-384");
    if (a == QLatin1String("sha512") || a == QLatin1String("sha-512"))
        return QStringLiteral("sha-512");
    return {};
}

struct MetalinkFile {
    QString name;
    QUrl url;
    std::optional<qint64> size;
    Checksums checksums;
};

// A file name that stays inside the download folder.
QString safeName(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('_'));
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (auto &p : parts) {
        if (p == QLatin1String("..") || p == QLatin1String("."))
            p = QStringLiteral("_");
    }
    return parts.join(QLatin1Char('/'));
}

QString linkFileName(const SceneResult &r)
{
    const QString fromUrl = r.link.fileName();
    if (fromUrl.contains(QLatin1Char('.')) && !fromUrl.startsWith(QLatin1Char('$')))
        return fromUrl;
    return r.sceneId;
}

QList<MetalinkFile> filesOf(const SceneResult &r)
{
    QList<MetalinkFile> files;
    const auto assets = chooseDownloadAssets(r);
    if (!assets)
        return files;
    for (const auto &a : assets.value()) {
        if (!a.href.isValid() || a.href.isEmpty())
            continue;
        if (a.href == r.link && assets->size() == 1) {
            files << MetalinkFile{linkFileName(r), a.href, a.size ? a.size : r.size,
                                  a.checksums.isEmpty() ? r.checksums : a.checksums};
            continue;
        }
        QString fileName = a.href.fileName();
        if (fileName.isEmpty())
            fileName = a.key;
        files << MetalinkFile{r.sceneId + QLatin1Char('/') + fileName, a.href, a.size, a.checksums};
    }
    return files;
}

QString baseName(const QString &name)
{
    return name.section(QLatin1Char('/'), -1);
}

// Proven to be the same bytes: a checksum both know agrees, or, when they share none, sizes do.
bool sameFile(const MetalinkFile &a, const MetalinkFile &b)
{
    if (baseName(a.name) != baseName(b.name))
        return false;
    bool commonChecksum = false;
    for (auto it = a.checksums.cbegin(); it != a.checksums.cend(); ++it) {
        const auto other = b.checksums.constFind(it.key());
        if (other == b.checksums.cend())
            continue;
        if (other.value().compare(it.value(), Qt::CaseInsensitive) != 0)
            return false;
        commonChecksum = true;
    }
    return commonChecksum || (a.size && b.size && *a.size == *b.size);
}

// The URLs of `file` at every source of `r` that has the same file, the result's own first.
QList<QUrl> urlsOf(const MetalinkFile &file, const SceneResult &r)
{
    QList<QUrl> urls{file.url};
    for (const auto &other : r.otherSources) {
        for (const auto &candidate : filesOf(other)) {
            if (sameFile(file, candidate) && !urls.contains(candidate.url)) {
                urls << candidate.url;
                break;
            }
        }
    }
    return urls;
}

QString uniqueName(const QString &name, QSet<QString> &taken)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = name + QStringLiteral("-%1").arg(n);
    taken.insert(candidate);
    return candidate;
}

} // namespace

QByteArray toMetalink(const QList<SceneResult> &results)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kNamespace);
    xml.writeStartElement(kNamespace, QStringLiteral("metalink"));
    xml.writeTextElement(kNamespace, QStringLiteral("generator"),
                         QStringLiteral("EO Collector/") + QStringLiteral(EOC_VERSION_STRING));
    xml.writeTextElement(kNamespace, QStringLiteral("published"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSet<QString> taken;
    for (const auto &r : results) {
        const auto files = filesOf(r);
        for (const auto &f : files) {
            xml.writeStartElement(kNamespace, QStringLiteral("file"));
            xml.writeAttribute(QStringLiteral("name"), uniqueName(safeName(f.name), taken));
            xml.writeTextElement(kNamespace, QStringLiteral("identity"), r.sceneId);
            if (f.size)
                xml.writeTextElement(kNamespace, QStringLiteral("size"), QString::number(*f.size));
            for (auto it = f.checksums.cbegin(); it != f.checksums.cend(); ++it) {
                const QString type = ianaHashName(it.key());
                if (type.isEmpty() || it.value().isEmpty())
                    continue;
                xml.writeStartElement(kNamespace, QStringLiteral("hash"));
                xml.writeAttribute(QStringLiteral("type"), type);
                xml.writeCharacters(it.value().toLower());
                xml.writeEndElement();
            }
            const QList<QUrl> urls = urlsOf(f, r);
            for (int i = 0; i < urls.size(); ++i) {
                xml.writeStartElement(kNamespace, QStringLiteral("url"));
                if (urls.size() > 1)
                    xml.writeAttribute(QStringLiteral("priority"), QString::number(i + 1));
                xml.writeCharacters(urls.at(i).toString(QUrl::FullyEncoded));
                xml.writeEndElement();
            }
            xml.writeEndElement(); // file
        }
    }
    xml.writeEndElement(); // metalink
    xml.writeEndDocument();
    return out;
}

} // namespace eoc::exporting
