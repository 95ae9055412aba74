#pragma once

#include <QWidget>

#include <array>

class QTimer;

namespace eoc::ui {

class ResultsFilterModel;
class ResultsModel;

// A bar chart of the results' cloud cover: ten bars of 10 % and one for results that state none,
// counting the results the table's text filter lets through (so it follows the filter as the map
// does). Clicking a bar, or dragging across bars, shows only that range in the table and on the
// map; clicking the chosen range again, or Esc, shows all again.
class CloudCoverHistogram final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kBins = 10;            // 0-10 %, ..., 90-100 %
    static constexpr int kUnknownBin = kBins;   // results without a cloud cover

    CloudCoverHistogram(ResultsModel *model, ResultsFilterModel *filter, QWidget *parent = nullptr);
    // Counts per bar, the last one for "unknown".
    const std::array<int, kBins + 1> &counts() const { return m_counts; }
    // The bar under a point of the widget, or -1.
    int binAt(const QPoint &point) const;
    QRect barRect(int bin) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void recount();
    void chooseBins(int first, int last);
    QString binLabel(int bin) const;
    bool binChosen(int bin) const;

    ResultsModel *m_model = nullptr;
    ResultsFilterModel *m_filter = nullptr;
    QTimer *m_recount = nullptr;
    std::array<int, kBins + 1> m_counts{};
    int m_pressedBin = -1;
    int m_dragBin = -1;
};

} // namespace eoc::ui
