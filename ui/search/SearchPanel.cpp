#include "ui/search/SearchPanel.h"

#include "ui/search/DateField.h"
#include "ui/search/FilterFieldsEditor.h"
#include "ui/search/PlaceSearchField.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace eoc::ui {

namespace {

QDoubleSpinBox *coordinateBox(double limit, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-limit, limit);
    box->setDecimals(4);
    box->setSingleStep(0.1);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    m_provider = new QComboBox(this);
    m_collection = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_collection->setObjectName(QStringLiteral("collection"));
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    for (DateField *field : {m_start, m_end}) {
        field->setMinimumDate(QDate(1972, 7, 23));   // Landsat 1
        connect(field, &DateField::dateChanged, this, &SearchPanel::checkDateOrder);
    }
    const QDate today = QDate::currentDate();
    m_end->setDate(today);
    m_start->setDate(today.addMonths(-1));
    m_start->setToolTip(tr("First day of the search, inclusive (UTC)"));
    m_end->setToolTip(tr("Last day of the search, inclusive (UTC)"));
    auto *presets = new QToolButton(this);
    presets->setObjectName(QStringLiteral("datePresets"));
    presets->setText(tr("Recent"));
    presets->setToolTip(tr("Set the dates to a range ending today"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(presets);
    const std::pair<QString, DatePreset> presetItems[] = {{tr("Last 7 days"), DatePreset::Last7Days},
                                                          {tr("Last 30 days"), DatePreset::Last30Days},
                                                          {tr("Last 90 days"), DatePreset::Last90Days},
                                                          {tr("This year"), DatePreset::ThisYear}};
    for (const auto &[label, preset] : presetItems)
        presetMenu->addAction(label, this, [this, preset] { applyDatePreset(preset); });
    presets->setMenu(presetMenu);

    m_cloud = new QSlider(Qt::Horizontal, this);
    m_cloud->setRange(0, 100);
    m_cloud->setValue(100);
    m_cloud->setPageStep(10);
    m_cloudLabel = new QLabel(this);
    m_cloudLabel->setMinimumWidth(m_cloudLabel->fontMetrics().horizontalAdvance(tr("no limit")) + 4);
    connect(m_cloud, &QSlider::valueChanged, this, &SearchPanel::updateCloudLabel);
    updateCloudLabel();

    m_productType = new QLineEdit(this);
    m_productType->setPlaceholderText(tr("any, e.g. S2MSI2A"));
    m_tile = new QLineEdit(this);
    m_tile->setPlaceholderText(tr("any, e.g. 23KLP or 220069"));
    m_tile->setToolTip(tr("MGRS tiles, WRS-2 path/row or MODIS tiles, separated by commas"));

    m_extra = new QTableWidget(0, 2, this);
    m_extra->setHorizontalHeaderLabels({tr("Filter"), tr("Value")});
    m_extra->horizontalHeader()->setStretchLastSection(true);
    m_extra->verticalHeader()->hide();
    m_extra->setMaximumHeight(110);
    auto *addExtra = new QToolButton(this);
    addExtra->setText(tr("Add filter"));
    addExtra->setToolTip(tr("A provider-specific filter as key and value, e.g. sat:orbit_state = ascending"));
    connect(addExtra, &QToolButton::clicked, this, [this] { addExtraRow(); });
    auto *removeExtra = new QToolButton(this);
    removeExtra->setText(tr("Remove"));
    connect(removeExtra, &QToolButton::clicked, this, [this] {
        if (m_extra->currentRow() >= 0)
            m_extra->removeRow(m_extra->currentRow());
    });

    auto *filters = new QGroupBox(tr("Search"), this);
    auto *form = new QFormLayout(filters);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Provider:"), m_provider);
    m_providerNotice = new QLabel(this);
    m_providerNotice->setObjectName(QStringLiteral("providerNotice"));
    m_providerNotice->setWordWrap(true);
    m_providerNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_providerNotice);
    m_refreshCollections = new QToolButton(this);
    m_refreshCollections->setObjectName(QStringLiteral("refreshCollections"));
    m_refreshCollections->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refreshCollections->hide();
    m_collectionsBusy = new QProgressBar(this);
    m_collectionsBusy->setRange(0, 0);
    m_collectionsBusy->setTextVisible(false);
    m_collectionsBusy->setMaximumWidth(40);
    m_collectionsBusy->setToolTip(tr("Fetching the collections from the service…"));
    m_collectionsBusy->hide();
    auto *collectionRow = new QHBoxLayout;
    collectionRow->addWidget(m_collection, 1);
    collectionRow->addWidget(m_collectionsBusy);
    collectionRow->addWidget(m_refreshCollections);
    // A row of widgets gets no buddy from the form: the label needs its own for the mnemonic.
    auto *collectionLabel = new QLabel(tr("&Collection:"), this);
    collectionLabel->setBuddy(m_collection);
    form->addRow(collectionLabel, collectionRow);
    setUpSourcesRow(form);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_start, 1);
    fromRow->addWidget(presets, 0, Qt::AlignTop);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_start->lineEdit());
    form->addRow(fromLabel, fromRow);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_end->lineEdit());
    form->addRow(toLabel, m_end);
    auto *cloudRow = new QHBoxLayout;
    cloudRow->addWidget(m_cloud, 1);
    cloudRow->addWidget(m_cloudLabel);
    form->addRow(tr("Cloud cover:"), cloudRow);
    form->addRow(tr("Product t&ype:"), m_productType);
    form->addRow(tr("T&ile:"), m_tile);
    auto *extraButtons = new QHBoxLayout;
    extraButtons->addWidget(addExtra);
    extraButtons->addWidget(removeExtra);
    extraButtons->addStretch();
    m_freeFilters = new QWidget(this);
    auto *extraBox = new QVBoxLayout(m_freeFilters);
    extraBox->setContentsMargins(0, 0, 0, 0);
    extraBox->addWidget(m_extra);
    extraBox->addLayout(extraButtons);
    auto *otherFilters = new QWidget(this);
    setUpFilterFields(otherFilters);
    form->addRow(tr("Other filters:"), otherFilters);

    // The region as numbers: exact coordinates typed or read back from the map.
    auto *regionBox = new QGroupBox(tr("Region"), this);
    m_west = coordinateBox(180, this);
    m_east = coordinateBox(180, this);
    m_south = coordinateBox(90, this);
    m_north = coordinateBox(90, this);
    m_west->setObjectName(QStringLiteral("west"));
    m_south->setObjectName(QStringLiteral("south"));
    m_east->setObjectName(QStringLiteral("east"));
    m_north->setObjectName(QStringLiteral("north"));
    m_west->setToolTip(tr("West longitude (degrees)"));
    m_east->setToolTip(tr("East longitude (degrees); smaller than west when the box crosses the antimeridian"));
    m_south->setToolTip(tr("South latitude (degrees)"));
    m_north->setToolTip(tr("North latitude (degrees)"));
    for (QDoubleSpinBox *box : {m_west, m_south, m_east, m_north})
        connect(box, &QDoubleSpinBox::editingFinished, this, &SearchPanel::onCoordinatesEdited);
    auto *coords = new QGridLayout;
    coords->addWidget(new QLabel(tr("N"), this), 0, 1, Qt::AlignCenter);
    coords->addWidget(m_north, 1, 1);
    coords->addWidget(new QLabel(tr("W"), this), 2, 0, Qt::AlignLeft);
    coords->addWidget(new QLabel(tr("E"), this), 2, 2, Qt::AlignRight);
    coords->addWidget(m_west, 3, 0);
    coords->addWidget(m_east, 3, 2);
    coords->addWidget(m_south, 4, 1);
    coords->addWidget(new QLabel(tr("S"), this), 5, 1, Qt::AlignCenter);
    m_regionSummary = new QLabel(tr("No region: the whole globe is searched."), this);
    m_regionSummary->setWordWrap(true);
    m_regionError = new QLabel(this);
    m_regionError->setObjectName(QStringLiteral("regionError"));
    m_regionError->setWordWrap(true);
    m_regionError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_regionError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_regionError->setPalette(errorPalette);
    m_regionError->hide();
    m_regionTools = new QWidget(this);
    auto *tools = new QHBoxLayout(m_regionTools);
    tools->setContentsMargins(0, 0, 0, 0);
    auto *regionLayout = new QVBoxLayout(regionBox);
    m_place = new PlaceSearchField(this);
    connect(m_place, &PlaceSearchField::placeChosen, this, [this](const Region &region, const QString &description) {
        setRegionProblem({});
        setRegion(region);
        Q_EMIT regionEdited(region);
        Q_EMIT placeDescribed(description);
    });
    connect(m_place, &PlaceSearchField::placeRejected, this, &SearchPanel::showRegionError);
    auto *placeRow = new QFormLayout;
    placeRow->addRow(tr("P&lace:"), m_place);
    regionLayout->addLayout(placeRow);
    regionLayout->addWidget(m_regionTools);
    regionLayout->addLayout(coords);
    regionLayout->addWidget(m_regionError);
    regionLayout->addWidget(m_regionSummary);

    m_searchButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_actionBar = new QWidget(this);
    auto *actionLayout = new QVBoxLayout(m_actionBar);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton, 1);
    buttons->addWidget(m_cancelButton);
    actionLayout->addLayout(buttons);
    actionLayout->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(regionBox);
    layout->addWidget(filters);
    // Here until the window places the bar elsewhere (outside its scroll area).
    layout->addWidget(m_actionBar);
    layout->addStretch();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &SearchPanel::fillCollections);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT providerChanged(providerName()); });
    connect(m_collection, &QComboBox::currentIndexChanged, this, &SearchPanel::applyCollectionFilters);
    connect(m_collection, &QComboBox::editTextChanged, this, &SearchPanel::applyCollectionFilters);
    updateSources();
    setRegion(Region());
    addWhatsThis();
}

void SearchPanel::updateCloudLabel()
{
    m_cloudLabel->setText(m_cloud->value() >= 100 ? tr("no limit") : tr("≤ %1%").arg(m_cloud->value()));
}

void SearchPanel::addExtraRow(const QString &key, const QString &value)
{
    const int row = m_extra->rowCount();
    m_extra->insertRow(row);
    m_extra->setItem(row, 0, new QTableWidgetItem(key));
    m_extra->setItem(row, 1, new QTableWidgetItem(value));
    if (key.isEmpty())
        m_extra->editItem(m_extra->item(row, 0));
}

SearchQuery SearchPanel::query() const
{
    SearchQuery q;
    q.provider = providerName();
    q.collection = collectionName();
    q.region = m_region;
    q.start = m_start->date();
    q.end = m_end->date();
    if (m_cloud->isEnabled() && m_cloud->value() < 100)
        q.cloudMax = m_cloud->value();
    if (m_productType->isEnabled())
        q.productType = m_productType->text().trimmed();
    if (m_tile->isEnabled()) {
        for (const QString &tile : m_tile->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            q.tiles.append(tile.trimmed());
    }
    for (int row = 0; row < m_extra->rowCount(); ++row) {
        const QString key = m_extra->item(row, 0) ? m_extra->item(row, 0)->text().trimmed() : QString();
        const QString value = m_extra->item(row, 1) ? m_extra->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty())
            q.extra.insert(key, value);
    }
    q.extra.insert(m_fieldsEditor->filters());
    q.tiles += m_fieldsEditor->tiles();
    return q;
}

namespace {

// The corners a person placed: a ring is stored closed, so its last point is its first one again.
int cornerCount(const Region &region)
{
    int count = 0;
    for (const Polygon &polygon : region.polygons()) {
        count += std::max(0, int(polygon.outer.size()) - 1);
        for (const Ring &hole : polygon.holes)
            count += std::max(0, int(hole.size()) - 1);
    }
    return count;
}

} // namespace

void SearchPanel::applyQuery(const SearchQuery &query)
{
    setProvider(query.provider);
    // A collection the list does not hold (yet) is typed, as the user would.
    if (m_collection->findData(query.collection) >= 0)
        setCollection(query.collection);
    else if (m_collection->isEditable())
        m_collection->setEditText(query.collection);
    setRegion(query.region);
    if (query.start.isValid() && query.end.isValid())
        setDates(query.start, query.end);
    setCloudMax(query.cloudMax ? qRound(*query.cloudMax) : 100);
    m_productType->setText(query.productType);
    m_tile->setText(query.tiles.join(QStringLiteral(", ")));
    m_extra->setRowCount(0);
    for (auto it = query.extra.constBegin(); it != query.extra.constEnd(); ++it)
        addExtraRow(it.key(), it.value().toString());
    // The typed fields start over from the provider's list and take the filters they know.
    applyFilterFields();
}

void SearchPanel::setRegion(const Region &region)
{
    setRegionProblem({});
    m_region = region;
    m_settingRegion = true;
    const BoundingBox b = region.isEmpty() ? BoundingBox{-180, -90, 180, 90} : region.bounds();
    m_west->setValue(b.west);
    m_south->setValue(b.south);
    m_east->setValue(b.east);
    m_north->setValue(b.north);
    m_settingRegion = false;
    if (region.isEmpty())
        m_regionSummary->setText(tr("No region: the whole globe is searched."));
    else if (region.isBox())
        m_regionSummary->setText(b.crossesAntimeridian() ? tr("Box across the antimeridian.") : tr("Box."));
    else
        m_regionSummary->setText(tr("Polygon with %n corners (its bounds are shown).", nullptr, cornerCount(region)));
}

void SearchPanel::setDates(const QDate &start, const QDate &end)
{
    m_start->setDate(start);
    m_end->setDate(end);
    checkDateOrder();
}

void SearchPanel::setCloudMax(int percent) { m_cloud->setValue(percent); }

void SearchPanel::applyDatePreset(DatePreset preset)
{
    const QDate today = QDate::currentDate();
    QDate start;
    switch (preset) {
    case DatePreset::Last7Days: start = today.addDays(-6); break;
    case DatePreset::Last30Days: start = today.addDays(-29); break;
    case DatePreset::Last90Days: start = today.addDays(-89); break;
    case DatePreset::ThisYear: start = QDate(today.year(), 1, 1); break;
    }
    setDates(start, today);
}

void SearchPanel::checkDateOrder()
{
    const bool reversed = m_start->date().isValid() && m_end->date().isValid() && m_end->date() < m_start->date();
    if (reversed) {
        m_dateOrderProblem = tr("The end date %1 is before the start date %2.")
                                 .arg(m_end->date().toString(Qt::ISODate), m_start->date().toString(Qt::ISODate));
        m_end->showProblem(m_dateOrderProblem);
        return;
    }
    // Clears only its own message: a typing error in the end field stays until that is fixed.
    if (!m_dateOrderProblem.isEmpty() && m_end->problem() == m_dateOrderProblem)
        m_end->showProblem({});
    m_dateOrderProblem.clear();
}

Status SearchPanel::checkForm()
{
    m_start->commit();
    m_end->commit();
    for (DateField *field : {m_start, m_end}) {
        if (field->hasError())
            return Error(ErrorClass::BadInput, field->problem());
    }
    checkDateOrder();
    if (!m_dateOrderProblem.isEmpty())
        return Error(ErrorClass::BadInput, m_dateOrderProblem);
    // Coordinates typed that make no region: the boxes show something other than what would be
    // searched. (A file or drawing that failed leaves the region in effect as it was.)
    if (m_coordinatesRejected)
        return Error(ErrorClass::BadInput, m_regionError->text());
    return success();
}

QString SearchPanel::regionProblem() const { return m_regionError->text(); }

void SearchPanel::showRegionError(const Error &error) { setRegionProblem(error.message); }

void SearchPanel::setRegionProblem(const QString &text)
{
    if (text.isEmpty())
        m_coordinatesRejected = false;
    m_regionError->setText(text);
    m_regionError->setVisible(!text.isEmpty());
}

void SearchPanel::onCoordinatesEdited()
{
    if (m_settingRegion)
        return;
    const Result<BoundingBox> box = BoundingBox::make(m_west->value(), m_south->value(), m_east->value(), m_north->value());
    if (!box) {
        showRegionError(box.error());
        m_coordinatesRejected = true;
        Q_EMIT regionRejected(box.error());
        return;
    }
    const Region region = Region::fromBox(*box);
    setRegionProblem({});
    if (region == m_region)
        return;
    m_region = region;
    setRegion(region);
    Q_EMIT regionEdited(region);
}

void SearchPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancelButton->setEnabled(busy);
}

void SearchPanel::setProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
        m_progress->setFormat(tr("%1 of %n result(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                                  .arg(QLocale().toString(received)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%n result(s)", nullptr, int(std::min<qint64>(received, INT_MAX))));
    }
}

void SearchPanel::setSearchAction(QAction *search, QAction *cancel)
{
    for (auto [button, action] : {std::pair{m_searchButton, search}, std::pair{m_cancelButton, cancel}}) {
        button->setText(action->text().remove(QLatin1Char('&')));
        button->setIcon(action->icon());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    }
    m_searchButton->setDefault(true);
}

void SearchPanel::setRefreshCollectionsAction(QAction *refresh)
{
    m_refreshCollections->setDefaultAction(refresh);
    // Only providers that can list their collections from the service get the button.
    const auto follow = [this, refresh] { m_refreshCollections->setVisible(refresh->isVisible()); };
    connect(refresh, &QAction::changed, m_refreshCollections, follow);
    follow();
}

void SearchPanel::setRefreshingCollections(bool busy)
{
    m_collectionsBusy->setVisible(busy);
}

void SearchPanel::setRegionActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_regionTools->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_regionTools);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setIconSize(QSize(20, 20));
        layout->addWidget(button);
    }
    layout->addStretch();
}

} // namespace eoc::ui
