#pragma once

#include <QString>

#include <memory>

struct archive;
struct archive_entry;

namespace eoc {

// Reads a zip or tar archive member by member with libarchive, for the checks that walk one: the
// queue's verification (every byte, so CRCs and trailers are checked) and the local archive's
// listing (names only). One place for opening, the formats and libarchive's error text.
class ArchiveReader final
{
public:
    enum class Format { Zip, Tar, TarGz };
    enum class Next { Member, End, Damaged };

    explicit ArchiveReader(Format format);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // False when the file cannot be opened as the format; errorText() says why.
    bool open(const QString &path);
    // Moves to the next member; Damaged when its header cannot be read.
    Next next();
    QString memberName() const;          // UTF-8 path inside the archive; "?" when it has none
    bool memberIsFile() const;
    // Reads the current member's bytes through (checking its CRC); false when they are damaged.
    bool readMember();
    // What libarchive said last; empty when it said nothing (a file cut short often ends so).
    QString errorText() const;

private:
    std::unique_ptr<archive, int (*)(archive *)> m_archive;
    archive_entry *m_entry = nullptr;
};

} // namespace eoc
