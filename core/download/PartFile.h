#pragma once

#include "core/model/Error.h"

#include <QFile>
#include <QString>

namespace eoc {

// The `.part` file of one transfer: opened without Qt's write buffer so a full disk or a file
// size limit shows up at the write that hits it, and whatever did reach the disk stays there.
class PartFile final
{
public:
    explicit PartFile(const QString &path);
    ~PartFile();
    Q_DISABLE_COPY_MOVE(PartFile)

    // Opens (creating it if needed) and keeps the first `keep` bytes, dropping anything after
    // them. Returns the size now on disk (less than `keep` when the file is shorter).
    Error open(qint64 keep, qint64 *sizeOnDisk);
    Error truncateToZero();
    // Appends all of `data`, or fails with LocalDisk after writing what fits.
    Error append(const QByteArray &data);
    void close();

    bool isOpen() const { return m_file.isOpen(); }
    qint64 size() const { return m_size; }
    QString path() const { return m_file.fileName(); }

private:
    Error diskError(const QString &what) const;

    QFile m_file;
    qint64 m_size = 0;
};

} // namespace eoc
