#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <vector>

namespace eoc {

// BLAKE3 (unkeyed hash mode, 32-byte output), written from the published specification
// (https://github.com/BLAKE3-team/BLAKE3-specs). Streaming: feed any number of update() calls,
// then finalize(). Portable scalar code; fast enough for verification next to disk reads.
class Blake3Hasher final
{
public:
    Blake3Hasher();

    void update(QByteArrayView data);
    QByteArray finalize() const;                  // 32 raw bytes; the hasher can keep going

    static QByteArray hash(QByteArrayView data);  // convenience

private:
    using Words = std::array<uint32_t, 8>;

    struct ChunkState {
        Words cv;
        uint64_t chunkCounter = 0;
        std::array<uint8_t, 64> block{};
        int blockLen = 0;
        int blocksCompressed = 0;
        qint64 length() const { return qint64(blocksCompressed) * 64 + blockLen; }
    };

    // What the last compression of a node needs, so the root can be finalised with ROOT later.
    struct Output {
        Words inputCv;
        std::array<uint32_t, 16> blockWords;
        uint64_t counter;
        uint32_t blockLen;
        uint32_t flags;
        Words chainingValue() const;
        QByteArray rootBytes() const;
    };

    void startChunk(uint64_t counter);
    void absorbIntoChunk(QByteArrayView data);
    Output chunkOutput() const;
    void pushChunkCv(Words cv, uint64_t totalChunks);
    static Output parentOutput(const Words &left, const Words &right);

    ChunkState m_chunk;
    std::vector<Words> m_cvStack;
};

} // namespace eoc
