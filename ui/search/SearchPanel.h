#pragma once

#include "core/model/Region.h"
#include "core/model/SearchQuery.h"
#include "core/provider/Provider.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QSettings;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableWidget;
class QTimer;
class QToolButton;

namespace eoc::ui {

class PlaceSearchField;

class DateField;
class FilterFieldsEditor;

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
    // Quick date ranges ending today.
    enum class DatePreset { Last7Days, Last30Days, Last90Days, ThisYear };
    void applyDatePreset(DatePreset preset);
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    // Checks what the form can check itself and shows each problem beside its field; the first
    // one is returned.
    Status checkForm();
    // The region's problem shown beside the coordinates (empty: none).
    QString regionProblem() const;
    // The Search and Cancel buttons and the progress bar, kept apart so that the window can keep
    // them in view below a scrolling form.
    QWidget *actionBar() const { return m_actionBar; }
    // The last search's form (region, provider, collection, dates, filters), for the next start.
    void saveSession(QSettings &state) const;
    void restoreSession(const QSettings &state);

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
    // Why the chosen provider cannot search now (a closed service, a hub to choose); empty when it
    // can. Shown in place of the search form.
    QString providerNotice() const;
    // SearchPanelSources.cpp: the source being searched ("stac:earth-search" when a STAC preset is
    // chosen), the other sources ticked under "Also search", and the shared collection name they
    // are searched for (empty when the collection has none).
    QString currentSource() const;
    QStringList extraSources() const;
    void setExtraSources(const QStringList &sources);
    QString sharedCollection() const;
    // The filters the chosen collection accepts, offered by type (empty: free key=value input).
    FilterFieldsEditor *filterFieldsEditor() const { return m_fieldsEditor; }

Q_SIGNALS:
    // The user typed coordinates in the W,S,E,N boxes.
    void regionEdited(const eoc::Region &region);
    void regionRejected(const eoc::Error &error);
    void providerChanged(const QString &name);
    // A place was taken from the place field: what area it gave ("Recife (city, Brazil), 25 km around it").
    void placeDescribed(const QString &description);
    // The chosen provider became able or unable to search (see providerNotice()).
    void searchableChanged(bool searchable);

public Q_SLOTS:
    // A region that could not be taken (coordinates, a file, a drawing): said beside the region.
    void showRegionError(const eoc::Error &error);
    // Refills the collection list from the providers (after they listed the service's collections),
    // keeping the user's choice when it is still offered.
    void refreshCollections();

private:
    void fillCollections();
    void applyCollectionFilters();
    void onCoordinatesEdited();
    void addExtraRow(const QString &key = {}, const QString &value = {});
    // SearchPanelFilters.cpp: the provider's typed filters for the chosen collection.
    void setUpFilterFields(QWidget *freeInput);
    void watchFilterFields(Provider *provider);
    void applyFilterFields();
    void moveKnownFiltersToFields();
    void updateCloudLabel();
    void setRegionProblem(const QString &text);
    void checkDateOrder();
    void addWhatsThis();
    // SearchPanelNotice.cpp: the note that replaces the form for a provider that cannot search.
    void updateProviderNotice();
    // SearchPanelSources.cpp: the "Also search" row.
    void setUpSourcesRow(QFormLayout *form);
    void updateSources();
    void updateSourcesText();

    QList<Provider *> m_providers;
    QComboBox *m_provider = nullptr;
    QComboBox *m_collection = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QSlider *m_cloud = nullptr;
    QLabel *m_cloudLabel = nullptr;
    QLineEdit *m_productType = nullptr;
    QLineEdit *m_tile = nullptr;
    QTableWidget *m_extra = nullptr;
    QWidget *m_freeFilters = nullptr;
    FilterFieldsEditor *m_fieldsEditor = nullptr;
    QTimer *m_fieldsRequest = nullptr;
    QDoubleSpinBox *m_west = nullptr;
    QDoubleSpinBox *m_south = nullptr;
    QDoubleSpinBox *m_east = nullptr;
    QDoubleSpinBox *m_north = nullptr;
    QLabel *m_regionSummary = nullptr;
    QLabel *m_regionError = nullptr;
    QWidget *m_actionBar = nullptr;
    QWidget *m_regionTools = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_refreshCollections = nullptr;
    QProgressBar *m_collectionsBusy = nullptr;
    QFormLayout *m_form = nullptr;
    PlaceSearchField *m_place = nullptr;
    QLabel *m_providerNotice = nullptr;
    QToolButton *m_alsoSearch = nullptr;
    QLabel *m_alsoSearchLabel = nullptr;
    QStringList m_wantedSources;                  // restored from the last session until offered
    bool m_searchable = true;
    Region m_region;
    bool m_settingRegion = false;
    QString m_dateOrderProblem;
    bool m_coordinatesRejected = false;
};

} // namespace eoc::ui
