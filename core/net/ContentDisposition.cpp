#include "core/net/ContentDisposition.h"

#include <QList>
#include <QPair>
#include <QStringDecoder>
#include <QUrl>

namespace eoc::net {

namespace {

// Splits `type; a=b; c="d;e"` into parameters, honouring quoted strings.
QList<QPair<QByteArray, QByteArray>> parameters(const QByteArray &header)
{
    QList<QPair<QByteArray, QByteArray>> result;
    qsizetype pos = header.indexOf(';');
    if (pos < 0)
        return result;
    ++pos;
    const qsizetype n = header.size();
    while (pos < n) {
        while (pos < n && (header[pos] == ' ' || header[pos] == '\t' || header[pos] == ';'))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < n && header[pos] != '=' && header[pos] != ';')
            ++pos;
        const QByteArray name = header.mid(nameStart, pos - nameStart).trimmed().toLower();
        if (pos >= n || header[pos] == ';') {
            continue;   // a parameter without a value: skip it
        }
        ++pos;   // '='
        while (pos < n && (header[pos] == ' ' || header[pos] == '\t'))
            ++pos;
        QByteArray value;
        if (pos < n && header[pos] == '"') {
            ++pos;
            while (pos < n && header[pos] != '"') {
                if (header[pos] == '\\' && pos + 1 < n)
                    ++pos;
                value += header[pos];
                ++pos;
            }
            ++pos;   // closing quote
            while (pos < n && header[pos] != ';')
                ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < n && header[pos] != ';')
                ++pos;
            value = header.mid(valueStart, pos - valueStart).trimmed();
        }
        if (!name.isEmpty())
            result.append({name, value});
    }
    return result;
}

// RFC 8187 ext-value: charset'[language]'percent-encoded. UTF-8 and ISO-8859-1 are the charsets
// senders must support; anything else is ignored so filename= can be used instead.
QString decodeExtValue(const QByteArray &value)
{
    const qsizetype firstQuote = value.indexOf('\'');
    const qsizetype secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return {};
    const QByteArray charset = value.left(firstQuote).trimmed().toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(secondQuote + 1));
    if (charset == "utf-8") {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        return decoder.hasError() ? QString() : text;
    }
    if (charset == "iso-8859-1")
        return QString::fromLatin1(bytes);
    return {};
}

} // namespace

QString contentDispositionFileName(const QByteArray &header)
{
    QString plain;
    QString extended;
    for (const auto &[name, value] : parameters(header)) {
        if (name == "filename*" && extended.isEmpty())
            extended = decodeExtValue(value);
        else if (name == "filename" && plain.isEmpty())
            // Servers send UTF-8 here in practice although RFC 6266 says ISO-8859-1.
            plain = QString::fromUtf8(value);
    }
    return extended.isEmpty() ? plain : extended;
}

} // namespace eoc::net
