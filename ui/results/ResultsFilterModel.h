#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace eoc::ui {

// Sorting by raw values (dates, numbers), a text filter over scene id, tile and provider, and a
// cloud-cover range (chosen on the histogram).
class ResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // A cloud-cover range in percent: from `low` (included) to `high` (excluded, except 100,
    // which is included), like the histogram's bars; results without a cloud cover are outside
    // every range.
    struct CloudRange {
        double low = 0;
        double high = 100;
        bool operator==(const CloudRange &) const = default;
    };

    explicit ResultsFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setCloudRange(std::optional<CloudRange> range);
    std::optional<CloudRange> cloudRange() const { return m_cloud; }
    // Whether the text filter alone lets `sourceRow` through (the histogram counts these, so
    // that its other bars stay visible while a range is chosen).
    bool acceptsText(int sourceRow) const;

Q_SIGNALS:
    // The text or the range changed and the rows were filtered again (once, however many ranges moved).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<CloudRange> m_cloud;
};

} // namespace eoc::ui
