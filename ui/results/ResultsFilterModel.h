#pragma once

#include <QSortFilterProxyModel>

namespace eoc::ui {

// Sorting by raw values (dates, numbers) and a text filter over scene id, tile and provider.
class ResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResultsFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);

Q_SIGNALS:
    // The text changed and the rows were filtered again (once, however many ranges moved).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace eoc::ui
