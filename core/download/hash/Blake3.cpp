#include "core/download/hash/Blake3.h"

#include <cstring>

namespace eoc {

namespace {

// Constants from the BLAKE3 specification, section 2.
constexpr std::array<uint32_t, 8> kIv = {0x6A09E667u, 0xBB67AE85u, 0x3C6EF372u, 0xA54FF53Au,
                                         0x510E527Fu, 0x9B05688Cu, 0x1F83D9ABu, 0x5BE0CD19u};
constexpr std::array<int, 16> kPermutation = {2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8};

constexpr uint32_t kChunkStart = 1u << 0;
constexpr uint32_t kChunkEnd = 1u << 1;
constexpr uint32_t kParent = 1u << 2;
constexpr uint32_t kRoot = 1u << 3;

constexpr int kBlockLen = 64;
constexpr int kChunkLen = 1024;

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

inline void g(std::array<uint32_t, 16> &s, int a, int b, int c, int d, uint32_t x, uint32_t y)
{
    s[a] = s[a] + s[b] + x;
    s[d] = rotr(s[d] ^ s[a], 16);
    s[c] = s[c] + s[d];
    s[b] = rotr(s[b] ^ s[c], 12);
    s[a] = s[a] + s[b] + y;
    s[d] = rotr(s[d] ^ s[a], 8);
    s[c] = s[c] + s[d];
    s[b] = rotr(s[b] ^ s[c], 7);
}

std::array<uint32_t, 16> compress(const std::array<uint32_t, 8> &cv, std::array<uint32_t, 16> m,
                                  uint64_t counter, uint32_t blockLen, uint32_t flags)
{
    std::array<uint32_t, 16> s = {cv[0], cv[1], cv[2], cv[3], cv[4], cv[5], cv[6], cv[7],
                                  kIv[0], kIv[1], kIv[2], kIv[3],
                                  uint32_t(counter), uint32_t(counter >> 32), blockLen, flags};
    for (int round = 0; round < 7; ++round) {
        g(s, 0, 4, 8, 12, m[0], m[1]);
        g(s, 1, 5, 9, 13, m[2], m[3]);
        g(s, 2, 6, 10, 14, m[4], m[5]);
        g(s, 3, 7, 11, 15, m[6], m[7]);
        g(s, 0, 5, 10, 15, m[8], m[9]);
        g(s, 1, 6, 11, 12, m[10], m[11]);
        g(s, 2, 7, 8, 13, m[12], m[13]);
        g(s, 3, 4, 9, 14, m[14], m[15]);
        if (round < 6) {
            std::array<uint32_t, 16> permuted;
            for (int i = 0; i < 16; ++i)
                permuted[i] = m[kPermutation[i]];
            m = permuted;
        }
    }
    for (int i = 0; i < 8; ++i) {
        s[i] ^= s[i + 8];
        s[i + 8] ^= cv[i];
    }
    return s;
}

std::array<uint32_t, 16> wordsFromBlock(const uint8_t *block)
{
    std::array<uint32_t, 16> w;
    for (int i = 0; i < 16; ++i) {
        const uint8_t *p = block + 4 * i;
        w[i] = uint32_t(p[0]) | (uint32_t(p[1]) << 8) | (uint32_t(p[2]) << 16) | (uint32_t(p[3]) << 24);
    }
    return w;
}

} // namespace

Blake3Hasher::Blake3Hasher()
{
    startChunk(0);
}

void Blake3Hasher::startChunk(uint64_t counter)
{
    m_chunk = ChunkState{};
    m_chunk.cv = kIv;
    m_chunk.chunkCounter = counter;
}

void Blake3Hasher::update(QByteArrayView data)
{
    while (!data.isEmpty()) {
        // A full chunk is only closed when more input follows: the last chunk may be the root.
        if (m_chunk.length() == kChunkLen) {
            const Words cv = chunkOutput().chainingValue();
            const uint64_t total = m_chunk.chunkCounter + 1;
            pushChunkCv(cv, total);
            startChunk(total);
        }
        const qsizetype want = qMin<qsizetype>(kChunkLen - m_chunk.length(), data.size());
        absorbIntoChunk(data.first(want));
        data = data.sliced(want);
    }
}

void Blake3Hasher::absorbIntoChunk(QByteArrayView data)
{
    while (!data.isEmpty()) {
        // Likewise a full block is compressed only when more bytes arrive.
        if (m_chunk.blockLen == kBlockLen) {
            const uint32_t flags = m_chunk.blocksCompressed == 0 ? kChunkStart : 0;
            const auto s = compress(m_chunk.cv, wordsFromBlock(m_chunk.block.data()),
                                    m_chunk.chunkCounter, kBlockLen, flags);
            std::copy_n(s.begin(), 8, m_chunk.cv.begin());
            ++m_chunk.blocksCompressed;
            m_chunk.block.fill(0);
            m_chunk.blockLen = 0;
        }
        const qsizetype take = qMin<qsizetype>(kBlockLen - m_chunk.blockLen, data.size());
        std::memcpy(m_chunk.block.data() + m_chunk.blockLen, data.data(), size_t(take));
        m_chunk.blockLen += int(take);
        data = data.sliced(take);
    }
}

Blake3Hasher::Output Blake3Hasher::chunkOutput() const
{
    uint32_t flags = kChunkEnd;
    if (m_chunk.blocksCompressed == 0)
        flags |= kChunkStart;
    return Output{m_chunk.cv, wordsFromBlock(m_chunk.block.data()), m_chunk.chunkCounter,
                  uint32_t(m_chunk.blockLen), flags};
}

Blake3Hasher::Output Blake3Hasher::parentOutput(const Words &left, const Words &right)
{
    std::array<uint32_t, 16> block;
    std::copy(left.begin(), left.end(), block.begin());
    std::copy(right.begin(), right.end(), block.begin() + 8);
    return Output{kIv, block, 0, kBlockLen, kParent};
}

// Merges completed subtrees: after `totalChunks` chunks, one parent per trailing zero bit.
void Blake3Hasher::pushChunkCv(Words cv, uint64_t totalChunks)
{
    while ((totalChunks & 1) == 0) {
        cv = parentOutput(m_cvStack.back(), cv).chainingValue();
        m_cvStack.pop_back();
        totalChunks >>= 1;
    }
    m_cvStack.push_back(cv);
}

Blake3Hasher::Words Blake3Hasher::Output::chainingValue() const
{
    const auto s = compress(inputCv, blockWords, counter, blockLen, flags);
    Words cv;
    std::copy_n(s.begin(), 8, cv.begin());
    return cv;
}

QByteArray Blake3Hasher::Output::rootBytes() const
{
    // Output block 0 of the extendable output: its first 32 bytes are the default-length hash.
    const auto s = compress(inputCv, blockWords, 0, blockLen, flags | kRoot);
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = char(s[i] & 0xff);
        out[4 * i + 1] = char((s[i] >> 8) & 0xff);
        out[4 * i + 2] = char((s[i] >> 16) & 0xff);
        out[4 * i + 3] = char((s[i] >> 24) & 0xff);
    }
    return out;
}

QByteArray Blake3Hasher::finalize() const
{
    Output output = chunkOutput();
    for (auto it = m_cvStack.rbegin(); it != m_cvStack.rend(); ++it)
        output = parentOutput(*it, output.chainingValue());
    return output.rootBytes();
}

QByteArray Blake3Hasher::hash(QByteArrayView data)
{
    Blake3Hasher hasher;
    hasher.update(data);
    return hasher.finalize();
}

} // namespace eoc
