// The search form kept between runs: the last provider, collection, dates, filters and region.
#include "ui/search/SearchPanel.h"

#include "ui/search/DateField.h"
#include "ui/search/FilterFieldsEditor.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QTableWidget>

namespace eoc::ui {

void SearchPanel::saveSession(QSettings &state) const
{
    state.setValue(QStringLiteral("search/provider"), providerName());
    state.setValue(QStringLiteral("search/collection"), collectionName());
    state.setValue(QStringLiteral("search/start"), m_start->date().toString(Qt::ISODate));
    state.setValue(QStringLiteral("search/end"), m_end->date().toString(Qt::ISODate));
    state.setValue(QStringLiteral("search/cloud"), m_cloud->value());
    state.setValue(QStringLiteral("search/productType"), m_productType->text());
    state.setValue(QStringLiteral("search/tile"), m_tile->text());
    QVariantMap extra;
    for (int row = 0; row < m_extra->rowCount(); ++row) {
        const QString key = m_extra->item(row, 0) ? m_extra->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            extra.insert(key, m_extra->item(row, 1) ? m_extra->item(row, 1)->text() : QString());
    }
    extra.insert(m_fieldsEditor->filters());
    state.setValue(QStringLiteral("search/extra"), extra);
    // A box stays a box (its GeoJSON would come back as a polygon).
    QString region;
    if (m_region.isBox()) {
        const BoundingBox b = m_region.box();
        region = QStringLiteral("%1,%2,%3,%4")
                     .arg(b.west, 0, 'g', 17).arg(b.south, 0, 'g', 17).arg(b.east, 0, 'g', 17).arg(b.north, 0, 'g', 17);
    } else if (!m_region.isEmpty()) {
        region = QString::fromUtf8(QJsonDocument(m_region.toGeoJson()).toJson(QJsonDocument::Compact));
    }
    state.setValue(QStringLiteral("search/region"), region);
}

void SearchPanel::restoreSession(const QSettings &state)
{
    if (const QString provider = state.value(QStringLiteral("search/provider")).toString(); !provider.isEmpty())
        setProvider(provider);
    if (const QString collection = state.value(QStringLiteral("search/collection")).toString(); !collection.isEmpty()) {
        if (m_collection->findData(collection) >= 0)
            setCollection(collection);
        else if (m_collection->isEditable())
            m_collection->setEditText(collection);
    }
    const QDate start = QDate::fromString(state.value(QStringLiteral("search/start")).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(state.value(QStringLiteral("search/end")).toString(), Qt::ISODate);
    if (start.isValid() && end.isValid())
        setDates(start, end);
    if (state.contains(QStringLiteral("search/cloud")))
        setCloudMax(state.value(QStringLiteral("search/cloud")).toInt());
    m_productType->setText(state.value(QStringLiteral("search/productType")).toString());
    m_tile->setText(state.value(QStringLiteral("search/tile")).toString());
    m_extra->setRowCount(0);
    const QVariantMap extra = state.value(QStringLiteral("search/extra")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        addExtraRow(it.key(), it.value().toString());
    moveKnownFiltersToFields();
    const QString region = state.value(QStringLiteral("search/region")).toString();
    if (!region.isEmpty()) {
        Result<Region> restored = Region();
        if (region.startsWith(QLatin1Char('{'))) {
            restored = Region::fromGeoJson(region.toUtf8());
        } else if (const Result<BoundingBox> box = BoundingBox::parse(region); box) {
            restored = Region::fromBox(*box);
        }
        // A region that no longer reads is dropped quietly: the whole globe is the safe default.
        if (restored && *restored != m_region) {
            setRegion(*restored);
            Q_EMIT regionEdited(*restored);
        }
    }
}

} // namespace eoc::ui
