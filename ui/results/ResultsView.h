#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QLabel;
class QTableView;
class QItemSelectionModel;

namespace eoc::ui {

class CloudCoverHistogram;
class ErrorBanner;
class ResultsFilterModel;
class ResultsModel;

// The results table with its text filter, column chooser (header context menu) and row context
// menu. Dumb: it shows the model and asks for actions by signal; controllers act.
class ResultsView final : public QWidget
{
    Q_OBJECT
public:
    ResultsView(ResultsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ResultsFilterModel *proxy() const { return m_proxy; }
    ErrorBanner *banner() const { return m_banner; }
    QLabel *countLabel() const { return m_count; }
    QLabel *selectionLabel() const { return m_selection; }
    QLineEdit *filterEdit() const { return m_filter; }
    CloudCoverHistogram *histogram() const { return m_histogram; }

    // "3 selected, 2.4 GiB": how many rows are selected and what downloading them fetches.
    static QString selectionSummary(const ResultsModel &model, const QList<int> &rows);
    QItemSelectionModel *selectionModel() const;

    // Rows of the results model (not of the proxy) that are selected, ascending.
    QList<int> selectedRows() const;
    // Selects these source rows (replacing the selection unless `add`) and scrolls to the first.
    void selectRows(const QList<int> &rows, bool add = false);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void downloadRequested(const QList<int> &rows);
    void quicklookRequested(int row);
    void zoomRequested(const QList<int> &rows);
    void exportRequested(bool selectedOnly);
    void selectedRowsChanged(const QList<int> &rows);
    void assetsRequested();
    // The user picked the source a download of `row` uses first ("Download from").
    void sourcePicked(int row, const QString &source);

private:
    void showHeaderMenu(const QPoint &pos);
    void showRowMenu(const QPoint &pos);
    void copyIds();
    void updateCount();
    void updateSelectionSummary();

    ResultsModel *m_model = nullptr;
    ResultsFilterModel *m_proxy = nullptr;
    CloudCoverHistogram *m_histogram = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_selection = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace eoc::ui
