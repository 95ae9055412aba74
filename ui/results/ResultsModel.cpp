#include "ui/results/ResultsModel.h"

#include "core/model/ByteSize.h"

#include "ui/quicklook/ThumbnailCache.h"

#include "core/provider/AssetSelection.h"
#include "core/provider/SourcePolicy.h"
#include "core/stac/StacItem.h"

#include <QJsonArray>

#include <QLocale>

#include <limits>

namespace eoc::ui {

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::formatSize(qint64 bytes)
{
    return formatByteSize(bytes, QLocale());
}

void ResultsModel::setProviderTitles(const QHash<QString, QString> &titles)
{
    m_providerTitles = titles;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, Provider), index(rowCount() - 1, Provider), {Qt::DisplayRole});
}

void ResultsModel::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailCache::ready, this, &ResultsModel::onThumbnailReady);
}

void ResultsModel::onThumbnailReady(const QUrl &url)
{
    const auto it = m_rowsByQuicklook.constFind(url);
    if (it == m_rowsByQuicklook.cend())
        return;
    for (int row : *it)
        Q_EMIT dataChanged(index(row, Id), index(row, Id), {Qt::DecorationRole});
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SceneResult &r = m_results.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return r.sceneId;
        case Date: return r.start.isValid() ? r.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        case Cloud: return r.cloudCover ? QLocale().toString(*r.cloudCover, 'f', 1) : QString();
        case Size: return m_sizes.at(index.row()) ? formatSize(*m_sizes.at(index.row())) : QString();
        case Provider: return providerTitle(r.provider);
        case Collection: return r.collection;
        case Tile: return r.tile;
        case Online: return r.online ? tr("online") : tr("offline");
        case Sources: return r.sources().join(QStringLiteral(", "));
        case OnDisk: return onDiskData(index.row(), role);
        default: return {};
        }
    }
    if (index.column() == OnDisk && (role == Qt::ToolTipRole || role == SortRole))
        return onDiskData(index.row(), role);
    if (role == BadgesRole && index.column() == Sources)
        return badges(r);
    if (role == SortRole) {
        switch (index.column()) {
        case Date: return r.start;
        case Cloud: return r.cloudCover ? QVariant(*r.cloudCover) : QVariant(-1.0);
        case Size: return m_sizes.at(index.row()) ? QVariant(*m_sizes.at(index.row())) : QVariant(qint64(-1));
        case Online: return r.online;
        case Sources: return int(r.otherSources.size());
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == Id && m_thumbnails && !r.quicklook.isEmpty()) {
        // Views ask only for the rows they paint: this is what makes the fetching lazy.
        const QImage icon = m_thumbnails->icon(r.quicklook);
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Cloud || index.column() == Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Sources)
        return sourcesToolTip(r);
    if (role == Qt::ToolTipRole && index.column() == Id)
        return r.remoteId.isEmpty() ? r.sceneId : tr("%1\nprovider id: %2").arg(r.sceneId, r.remoteId);
    return {};
}

namespace {

// How a copy's files come, in a word or two a user knows.
QString formatLabel(const SceneResult &copy)
{
    const QString format = deliveryFormat(copy);
    if (format == QLatin1String("safe-zip"))
        return ResultsModel::tr("SAFE zip");
    if (format == QLatin1String("safe-folder"))
        return ResultsModel::tr("SAFE");
    if (format == QLatin1String("cog"))
        return ResultsModel::tr("COG");
    if (format == QLatin1String("archive"))
        return ResultsModel::tr("bundle");
    return ResultsModel::tr("files");
}

// "earth-search" for stac:earth-search: the preset says where; the provider is implied.
QString shortSource(const QString &source)
{
    return source.contains(QLatin1Char(':')) ? source.section(QLatin1Char(':'), 1) : source;
}

} // namespace

QVariantList ResultsModel::badges(const SceneResult &r) const
{
    QVariantList list;
    QStringList shown;
    for (const SceneResult &copy : copiesOf(r)) {
        // One badge per source: a catalogue holding the product in two collections is one place.
        if (shown.contains(copy.sourceName()))
            continue;
        shown << copy.sourceName();
        QVariantMap badge;
        badge.insert(QStringLiteral("source"), copy.sourceName());
        badge.insert(QStringLiteral("text"), QStringLiteral("%1 \u00b7 %2").arg(shortSource(copy.sourceName()), formatLabel(copy)));
        badge.insert(QStringLiteral("online"), copy.online);
        list << badge;
    }
    return list;
}

QString ResultsModel::sourcesToolTip(const SceneResult &r) const
{
    QStringList lines;
    const auto copies = copiesOf(r);
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const SceneResult &copy = copies[i];
        lines << tr("%1. %2: %3, %4, collection %5, named %6")
                     .arg(i + 1)
                     .arg(copy.sourceName(), formatLabel(copy), copy.online ? tr("online") : tr("archived"),
                          copy.collection, copy.remoteId.isEmpty() ? copy.sceneId : copy.remoteId);
    }
    if (copies.size() > 1)
        lines << tr("Downloads come from the first; the others are tried in turn if it fails.");
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Invalid times sort first, as an invalid QDateTime does in a QVariant comparison.
qint64 timeKey(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

bool ResultsModel::lessThan(int a, int b, int column) const
{
    constexpr Qt::CaseSensitivity textCase = Qt::CaseSensitive;   // as a QVariant comparison of text
    const SceneResult &l = m_results.at(a);
    const SceneResult &r = m_results.at(b);
    switch (column) {
    case Date: return timeKey(l.start) < timeKey(r.start);
    case Cloud: return l.cloudCover.value_or(-1.0) < r.cloudCover.value_or(-1.0);
    case Size: return m_sizes.at(a).value_or(-1) < m_sizes.at(b).value_or(-1);
    case Online: return !l.online && r.online;
    case Id: return l.sceneId.compare(r.sceneId, textCase) < 0;
    case Provider: return providerTitle(l.provider).compare(providerTitle(r.provider), textCase) < 0;
    case Collection: return l.collection.compare(r.collection, textCase) < 0;
    case Tile: return l.tile.compare(r.tile, textCase) < 0;
    case Sources: return l.otherSources.size() < r.otherSources.size();
    case OnDisk: return onDiskData(a, SortRole).toInt() < onDiskData(b, SortRole).toInt();
    default: return false;
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Scene");
    case Date: return tr("Date (UTC)");
    case Cloud: return tr("Cloud %");
    case Size: return tr("Size");
    case Provider: return tr("Provider");
    case Collection: return tr("Collection");
    case Tile: return tr("Tile");
    case Online: return tr("Availability");
    case Sources: return tr("Sources");
    case OnDisk: return tr("On disk");
    default: return {};
    }
}

void ResultsModel::clear()
{
    if (m_results.isEmpty())
        return;
    beginResetModel();
    m_results.clear();
    m_sizes.clear();
    m_localCopies.clear();
    m_rowsByQuicklook.clear();
    m_choices.clear();
    endResetModel();
}

Status ResultsModel::setAssetChoice(const QString &provider, const QString &collection, const QStringList &keys)
{
    QList<int> rows;
    QList<SceneResult> scenes;
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).provider == provider && m_results.at(row).collection == collection) {
            rows << row;
            scenes << m_results.at(row);
        }
    }
    if (auto applied = applyAssetChoice(scenes, keys); !applied)
        return applied;
    m_choices.insert({provider, collection}, keys);
    for (qsizetype n = 0; n < rows.size(); ++n) {
        m_results[rows.at(n)] = scenes.at(n);
        m_sizes[rows.at(n)] = eoc::downloadSize(scenes.at(n));
    }
    if (!rows.isEmpty())
        Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), ColumnCount - 1), {Qt::DisplayRole, SortRole});
    return success();
}

// The choice made in this search, else the remembered one. A scene that has none of the chosen
// keys keeps them anyway: its download then fails naming the scene and the keys it has, rather
// than silently fetching every file.
void ResultsModel::applyKnownChoice(SceneResult &scene)
{
    const CollectionKey key{scene.provider, scene.collection};
    auto it = m_choices.constFind(key);
    if (it == m_choices.cend()) {
        const QStringList remembered = m_choiceSource ? m_choiceSource(scene.provider, scene.collection) : QStringList();
        it = m_choices.insert(key, remembered);
    }
    if (it->isEmpty())
        return;
    QList<SceneResult> one{scene};
    if (applyAssetChoice(one, *it))
        scene = one.first();
    else
        scene.attributes.insert(stac::kSelectedAssets, QJsonArray::fromStringList(*it));
}

void ResultsModel::updateRow(int row, const SceneResult &result)
{
    if (row < 0 || row >= m_results.size())
        return;
    SceneResult updated = result;
    if (!updated.assets.isEmpty())
        applyKnownChoice(updated);
    m_results[row] = updated;
    m_sizes[row] = eoc::downloadSize(updated);
    m_localCopies[row] = m_localScenes.copiesOf(updated);
    // Badges and tool tips only: the proxy keeps the row where it is sorted.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {BadgesRole, Qt::ToolTipRole});
}

void ResultsModel::appendPage(const QList<SceneResult> &page)
{
    if (page.isEmpty())
        return;
    const int first = int(m_results.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_results.append(page);
    m_sizes.reserve(m_results.size());
    m_localCopies.reserve(m_results.size());
    for (int row = first; row < m_results.size(); ++row) {
        if (!m_results.at(row).assets.isEmpty())
            applyKnownChoice(m_results[row]);
        const SceneResult &r = m_results.at(row);
        m_sizes.append(eoc::downloadSize(r));
        m_localCopies.append(m_localScenes.copiesOf(r));
        if (!r.quicklook.isEmpty())
            m_rowsByQuicklook[r.quicklook].append(row);
    }
    endInsertRows();
}

void ResultsModel::setLocalScenes(const LocalScenes &scenes)
{
    m_localScenes = scenes;
    for (int row = 0; row < m_results.size(); ++row)
        m_localCopies[row] = m_localScenes.copiesOf(m_results.at(row));
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, OnDisk), index(rowCount() - 1, OnDisk), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

// "on disk" when a sound copy is there; a damaged copy alone is said so, since downloading the
// scene again is then what the user may want.
QVariant ResultsModel::onDiskData(int row, int role) const
{
    const QList<LocalProduct> &copies = m_localCopies.at(row);
    if (copies.isEmpty())
        return role == SortRole ? QVariant(0) : QVariant();
    const bool sound = copies.first().problems.isEmpty();
    if (role == SortRole)
        return sound ? 2 : 1;
    if (role == Qt::DisplayRole)
        return sound ? tr("\u2713 on disk") : tr("\u26a0 damaged");
    QStringList lines;
    for (const LocalProduct &copy : copies) {
        lines << (copy.problems.isEmpty() ? tr("On disk: %1").arg(copy.path)
                                          : tr("Damaged copy: %1 (%2)").arg(copy.path, copy.problems.join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eoc::ui
