#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands a target, as the parsers receive them from the network or a file: a
// QByteArray that owns a copy (with Qt's terminating NUL, like every buffer the program reads).
namespace eoc::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace eoc::fuzz
