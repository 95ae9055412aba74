#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace eoc {

// One <file> of a Metalink 4 document (RFC 5854).
struct MetalinkFile {
    QString name;                       // as written; sanitised by the queue
    std::optional<qint64> size;
    Checksums checksums;                // our names: "sha-256" -> "sha256"
    QList<QUrl> urls;                   // by priority (lowest value first)
};

// Reads a Metalink 4 document. Files without an http(s) URL are an error naming the file.
Result<QList<MetalinkFile>> readMetalink(const QByteArray &xml);

// A plain-link result for the "http" provider.
SceneResult metalinkFileToResult(const MetalinkFile &file);

} // namespace eoc
