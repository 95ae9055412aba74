#pragma once

#include "core/archive/LocalProduct.h"

#include <QAbstractTableModel>
#include <QList>

namespace eoc::ui {

// The products on disk (the archive index) as a table: one row per product, a value copy of each.
class ArchiveModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Status first and the long scene id last, where it takes the room left: whether a product is
    // sound is read before anything else.
    enum Column { Status, Collection, Tile, Date, Size, Bands, Scene, ColumnCount };
    Q_ENUM(Column)
    // The raw value for sorting (dates, bytes, band counts) rather than display text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ArchiveModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProducts(const QList<LocalProduct> &products);
    // Replaces the row of `product.path` (a product checked again); false when no row has it.
    bool updateProduct(const LocalProduct &product);
    const QList<LocalProduct> &products() const { return m_products; }
    const LocalProduct &product(int row) const { return m_products.at(row); }

    qint64 totalBytes() const;
    int damagedCount() const;

private:
    QString statusToolTip(const LocalProduct &product) const;

    QList<LocalProduct> m_products;
};

} // namespace eoc::ui
