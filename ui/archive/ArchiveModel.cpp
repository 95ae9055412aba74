#include "ui/archive/ArchiveModel.h"

#include "core/model/ByteSize.h"

#include <QLocale>

#include <algorithm>

namespace eoc::ui {

ArchiveModel::ArchiveModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalProduct &p = m_products.at(index.row());
    const bool sound = p.problems.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Collection: return p.scene.level.isEmpty() ? p.scene.family : QStringLiteral("%1 %2").arg(p.scene.family, p.scene.level);
        case Scene: return p.scene.id;
        case Tile: return p.scene.tile;
        case Date: return p.scene.sensingStart ? p.scene.sensingStart->date().toString(Qt::ISODate) : QString();
        case Size: return formatByteSize(p.bytes, QLocale());
        case Bands: return QString::number(p.bands.size());
        case Status: return sound ? tr("\u2713 ok") : tr("\u26a0 damaged");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Date: return p.scene.sensingStart ? QVariant(*p.scene.sensingStart) : QVariant(QDateTime());
        case Size: return p.bytes;
        case Bands: return int(p.bands.size());
        case Status: return sound ? 1 : 0;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status)
            return statusToolTip(p);
        if (index.column() == Scene)
            return p.path;
        if (index.column() == Bands)
            return QStringList(p.bands.keys()).join(QStringLiteral(", "));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Bands))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ArchiveModel::statusToolTip(const LocalProduct &p) const
{
    QStringList lines = p.problems;
    if (p.checksumsVerified > 0)
        lines << tr("%n file(s) still match the checksums recorded when they were downloaded", nullptr, p.checksumsVerified);
    if (lines.isEmpty())
        lines << tr("No problem found. No checksum was recorded for its files: this program did not download them, "
                    "or their source gave none");
    return lines.join(QLatin1Char('\n'));
}

QVariant ArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Collection: return tr("Collection");
    case Scene: return tr("Scene");
    case Tile: return tr("Tile");
    case Date: return tr("Date");
    case Size: return tr("Size");
    case Bands: return tr("Bands");
    case Status: return tr("Status");
    default: return {};
    }
}

void ArchiveModel::setProducts(const QList<LocalProduct> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

bool ArchiveModel::updateProduct(const LocalProduct &product)
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).path == product.path) {
            m_products[row] = product;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

qint64 ArchiveModel::totalBytes() const
{
    qint64 bytes = 0;
    for (const LocalProduct &p : m_products)
        bytes += p.bytes;
    return bytes;
}

int ArchiveModel::damagedCount() const
{
    return int(std::count_if(m_products.begin(), m_products.end(), [](const LocalProduct &p) { return !p.problems.isEmpty(); }));
}

} // namespace eoc::ui
