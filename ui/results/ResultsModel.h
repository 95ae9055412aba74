#pragma once

#include "core/archive/LocalScenes.h"
#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

#include <optional>

namespace eoc::ui {

class ThumbnailCache;

// Search results as a table. Pages are appended as they arrive (one beginInsertRows per page),
// so 100,000 rows arrive without resetting views. Rows never move: the row number is the key the
// map's footprint layer uses too.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Date, Cloud, Size, Provider, Collection, Tile, Online, Sources, OnDisk, ColumnCount };
    Q_ENUM(Column)
    // The raw value for sorting (dates as QDateTime, sizes as qint64) rather than display text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The Sources column's badges: a QVariantList of {"text", "source", "online"} maps, the source
    // fetched first leading (SourceBadgeDelegate paints them).
    static constexpr int BadgesRole = Qt::UserRole + 2;

    explicit ResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendPage(const QList<SceneResult> &page);
    // `row` now has other sources (a later source's copy of the scene merged in), or another
    // source leads (the user's pick). Its place in a sorted view stays as it was.
    void updateRow(int row, const SceneResult &result);
    const SceneResult &result(int row) const { return m_results.at(row); }
    const QList<SceneResult> &results() const { return m_results; }
    // The bytes a download of `row` fetches (the files chooseDownloadAssets picks), if known.
    std::optional<qint64> downloadSize(int row) const { return m_sizes.at(row); }

    // Restricts the files of the results of `collection` at `provider` to the asset keys `keys`
    // (applyAssetChoice: the Size column, the selection total, the details, the download and the
    // export all follow); an empty list restores the default files. Results of that collection
    // that arrive later in this search get the same choice.
    Status setAssetChoice(const QString &provider, const QString &collection, const QStringList &keys);
    // The remembered choice of a collection, asked when its first results arrive.
    using ChoiceSource = std::function<QStringList(const QString &provider, const QString &collection)>;
    void setAssetChoiceSource(ChoiceSource source) { m_choiceSource = std::move(source); }

    // Provider names ("stac") as people know them ("STAC catalogue") for the Provider column.
    void setProviderTitles(const QHash<QString, QString> &titles);
    QString providerTitle(const QString &name) const { return m_providerTitles.value(name, name); }

    // Quicklook icons in the Scene column, asked for only when a view paints that row.
    void setThumbnails(ThumbnailCache *cache);

    // The products already on disk (the archive index): rows of the same scene (by scene
    // identity, whatever the source named it) are marked in the OnDisk column, with their paths
    // in its tool tip.
    void setLocalScenes(const LocalScenes &scenes);
    // The local copies of `row`'s scene, sound ones first; empty when it is not on disk.
    const QList<LocalProduct> &localCopies(int row) const { return m_localCopies.at(row); }

    static QString formatSize(qint64 bytes);

    // Whether row `a` sorts before row `b` in `column`, by the values SortRole gives (dates,
    // cloud cover and sizes as numbers, unknown ones first; text as text), without a QVariant.
    bool lessThan(int a, int b, int column) const;

private:
    void onThumbnailReady(const QUrl &url);
    QVariantList badges(const SceneResult &r) const;
    QString sourcesToolTip(const SceneResult &r) const;
    void applyKnownChoice(SceneResult &scene);
    QVariant onDiskData(int row, int role) const;

    using CollectionKey = std::pair<QString, QString>;   // provider, collection

    QList<SceneResult> m_results;
    QList<std::optional<qint64>> m_sizes;
    LocalScenes m_localScenes;
    QList<QList<LocalProduct>> m_localCopies;        // per row
    QHash<QString, QString> m_providerTitles;
    ThumbnailCache *m_thumbnails = nullptr;
    QHash<QUrl, QList<int>> m_rowsByQuicklook;
    ChoiceSource m_choiceSource;
    QHash<CollectionKey, QStringList> m_choices;     // this search's choices, by collection
};

} // namespace eoc::ui
