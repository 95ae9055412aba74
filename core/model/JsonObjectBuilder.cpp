#include "core/model/JsonObjectBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace eoc {

void appendJsonString(QByteArray &out, std::string_view utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    std::size_t plainFrom = 0;      // runs of characters that need no escape go in one append
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(utf8.data() + plainFrom, qsizetype(i - plainFrom));
        plainFrom = i + 1;
        switch (u) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    out.append(utf8.data() + plainFrom, qsizetype(utf8.size() - plainFrom));
    out.append('"');
}

void appendJsonString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

namespace {

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            out.append("null");                           // as QJsonDocument writes them
        else if (value.isDouble() && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            out.append(QByteArray::number(qint64(d)));    // whole numbers stay whole
        else
            out.append(QByteArray::number(d, 'g', 17));
        break;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Array:
        out.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        out.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

void JsonObjectBuilder::add(QStringView key, const QJsonValue &value)
{
    if (value.isUndefined())
        return;
    if (!m_text.isEmpty())
        m_text.append(',');
    appendJsonString(m_text, key);
    m_text.append(':');
    appendValue(m_text, value);
}

QByteArray &JsonObjectBuilder::beginMember(std::string_view key)
{
    if (!m_text.isEmpty())
        m_text.append(',');
    appendJsonString(m_text, key);
    m_text.append(':');
    return m_text;
}

QJsonObject JsonObjectBuilder::object() const
{
    if (m_text.isEmpty())
        return {};
    return QJsonDocument::fromJson('{' + m_text + '}').object();
}

} // namespace eoc
