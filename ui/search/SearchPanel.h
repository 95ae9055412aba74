#pragma once

#include "core/model/Region.h"
#include "core/model/SearchQuery.h"
#include "core/provider/Provider.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableWidget;
class QToolButton;

namespace eoc::ui {

// The search form: provider, collection (and the filters that collection accepts), dates, cloud
// cover, product type, tile, provider-specific key=value filters and the region as numbers.
// Dumb: it builds a SearchQuery; the SearchController runs it.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // Providers that can search, in the order to show them.
    void setProviders(const QList<Provider *> &providers);
    QList<Provider *> providers() const { return m_providers; }
    void setProvider(const QString &name);
    void setCollection(const QString &name);
    QString providerName() const;
    // The chosen collection: a listed one, or the name typed for a provider with open collections.
    QString collectionName() const;
    // Text typed into the collection box that names no listed collection (open providers only):
    // a collection name, or the keyword a collection refresh searches for.
    QString typedCollection() const;
    Provider *currentProvider() const;

    SearchQuery query() const;
    // Fills the form from `query` (a saved search): the reverse of query().
    void applyQuery(const SearchQuery &query);
    void setRegion(const Region &region);
    void setDates(const QDate &start, const QDate &end);
    void setCloudMax(int percent);                   // 100: no limit

    // Shown while a search runs.
    void setBusy(bool busy);
    void setProgress(qint64 received, qint64 total);

    // Buttons whose actions the controller and the main window own.
    void setSearchAction(QAction *search, QAction *cancel);
    void setRegionActions(const QList<QAction *> &actions);
    // The small button beside the collection list that asks the provider for its collections.
    void setRefreshCollectionsAction(QAction *refresh);
    // Shown while the collection list is being fetched.
    void setRefreshingCollections(bool busy);
    QProgressBar *collectionsBusyIndicator() const { return m_collectionsBusy; }

Q_SIGNALS:
    // The user typed coordinates in the W,S,E,N boxes.
    void regionEdited(const eoc::Region &region);
    void regionRejected(const eoc::Error &error);
    void providerChanged(const QString &name);

public Q_SLOTS:
    // Refills the collection list from the providers (after they listed the service's collections),
    // keeping the user's choice when it is still offered.
    void refreshCollections();

private:
    void fillCollections();
    void applyCollectionFilters();
    void onCoordinatesEdited();
    void addExtraRow(const QString &key = {}, const QString &value = {});
    void updateCloudLabel();
    void addWhatsThis();

    QList<Provider *> m_providers;
    QComboBox *m_provider = nullptr;
    QComboBox *m_collection = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QSlider *m_cloud = nullptr;
    QLabel *m_cloudLabel = nullptr;
    QLineEdit *m_productType = nullptr;
    QLineEdit *m_tile = nullptr;
    QTableWidget *m_extra = nullptr;
    QDoubleSpinBox *m_west = nullptr;
    QDoubleSpinBox *m_south = nullptr;
    QDoubleSpinBox *m_east = nullptr;
    QDoubleSpinBox *m_north = nullptr;
    QLabel *m_regionSummary = nullptr;
    QWidget *m_regionTools = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_refreshCollections = nullptr;
    QProgressBar *m_collectionsBusy = nullptr;
    Region m_region;
    bool m_settingRegion = false;
};

} // namespace eoc::ui
