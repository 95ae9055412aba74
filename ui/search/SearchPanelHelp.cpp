// The search form's What's This texts (Help → What's This, Shift+F1): what each filter does, at
// more length than a tooltip can.
#include "ui/search/SearchPanel.h"

#include "ui/search/PlaceSearchField.h"

#include "ui/search/DateField.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSlider>
#include <QTableWidget>

namespace eoc::ui {

void SearchPanel::addWhatsThis()
{
    // Help → What's This (Shift+F1), then a click on a filter: what it does, at more length than
    // a tooltip can.
    m_provider->setWhatsThis(tr("<p>The service searched. Some services need an account (Tools → Accounts) "
                                "to download, and some also to search; the others can be tried at once.</p>"));
    m_collection->setWhatsThis(tr("<p>The kind of product searched, such as Sentinel-2 Level-2A or Landsat "
                                  "Collection 2 Level-2. Filters the chosen collection does not offer are "
                                  "greyed out below.</p>"));
    const QString dates = tr("<p>Scenes acquired from the first day to the last, both included, in UTC. "
                             "Long periods over large regions give many results: narrow them to get the "
                             "scenes you want first.</p>");
    for (DateField *field : {m_start, m_end}) {
        field->setWhatsThis(dates);
        field->lineEdit()->setWhatsThis(dates);
    }
    m_cloud->setWhatsThis(tr("<p>The largest share of the scene covered by clouds, as the provider estimated "
                             "it. At the right end there is no limit; radar and other collections without "
                             "a cloud estimate do not offer this filter.</p>"));
    m_productType->setWhatsThis(tr("<p>The provider's own product type, for example S2MSI2A (Sentinel-2 "
                                   "Level-2A) or GRD (Sentinel-1). Empty: every type of the collection.</p>"));
    m_tile->setWhatsThis(tr("<p>Only scenes of these tiles: MGRS tiles for Sentinel-2 (23KLP), WRS-2 "
                            "path and row for Landsat (220069) or MODIS tiles (h13v10). Separate several "
                            "with commas.</p>"));
    m_extra->setWhatsThis(tr("<p>Filters a provider offers beyond the ones above, as a name and a value, "
                             "for example <i>path</i> = <i>220</i> and <i>row</i> = <i>69</i> on USGS. "
                             "<tt>eo-collector-cli providers NAME</tt> lists the filters of each collection.</p>"));
    for (QDoubleSpinBox *edge : {m_west, m_south, m_east, m_north})
        edge->setWhatsThis(tr("<p>The region as west, south, east and north edges in degrees (WGS 84). "
                              "Typing here moves the box on the map, and drawing on the map fills these in. "
                              "No region: the whole globe is searched.</p>"));
    m_place->setWhatsThis(tr("<p>A city, state or province, found without a network among Natural Earth's places. "
                             "Type a few letters, choose with the arrows and press Enter: a state whose outline is "
                             "known becomes the region, anything else a circle of 25 km around it. Write "
                             "<i>Name, Country</i> or <i>Name, State</i> to narrow the list.</p>"));
}

} // namespace eoc::ui
