#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace eoc {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum Google Cloud Storage keeps for
// every object, also for those uploaded in parts, which have no MD5.
class Crc32c
{
public:
    void add(QByteArrayView data);
    std::uint32_t value() const { return ~m_state; }

private:
    std::uint32_t m_state = 0xFFFFFFFFu;
};

} // namespace eoc
