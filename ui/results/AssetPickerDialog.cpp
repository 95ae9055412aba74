#include "ui/results/AssetPickerDialog.h"

#include "ui/results/ResultsModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace eoc::ui {

namespace {
// The size before the media type: media types are long ("image/tiff; application=geotiff; ...")
// and would push the size out of sight.
enum ColumnIndex { KeyColumn, TitleColumn, RolesColumn, SizeColumn, TypeColumn };
}

QList<AssetPickerRow> AssetPickerDialog::rowsFor(const QList<SceneResult> &scenes)
{
    QList<AssetPickerRow> rows;
    QHash<QString, QList<qint64>> sizes;
    QSet<QString> known;
    for (const SceneResult &scene : scenes) {
        for (const SceneAsset &a : scene.assets) {
            if (a.size)
                sizes[a.key] << *a.size;
            if (!known.contains(a.key)) {
                known.insert(a.key);
                rows << AssetPickerRow{a.key, a.title, a.roles, a.mediaType, std::nullopt};
            }
        }
    }
    for (AssetPickerRow &row : rows) {
        QList<qint64> known = sizes.value(row.key);
        if (known.isEmpty())
            continue;
        std::nth_element(known.begin(), known.begin() + known.size() / 2, known.end());
        row.typicalSize = known.at(known.size() / 2);
    }
    return rows;
}

AssetPickerDialog::AssetPickerDialog(const QString &collection, const QList<AssetPickerRow> &rows,
                                     const QStringList &checked, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_remember(new QCheckBox(tr("Remember for %1").arg(collection), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Choose assets of %1").arg(collection));
    auto *intro = new QLabel(tr("The checked assets of each result are what Download fetches, what the sizes count "
                                "and what File → Export lists."), this);
    intro->setWordWrap(true);

    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Asset"), tr("Title"), tr("Roles"), tr("Typical size"), tr("Media type")});
    for (const AssetPickerRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(KeyColumn, row.key);
        item->setText(TitleColumn, row.title);
        item->setText(RolesColumn, row.roles.join(QStringLiteral(", ")));
        item->setData(RolesColumn, Qt::UserRole, row.roles);
        item->setText(TypeColumn, row.mediaType);
        item->setToolTip(TypeColumn, row.mediaType);
        item->setText(SizeColumn, row.typicalSize ? ResultsModel::formatSize(*row.typicalSize) : QString());
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(KeyColumn, Qt::Unchecked);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    setCheckedKeys(checked);
    connect(m_list, &QTreeWidget::itemChanged, this, &AssetPickerDialog::updateOk);

    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    auto *data = new QPushButton(tr("&Data only"), this);
    data->setToolTip(tr("The assets whose roles include \"data\""));
    connect(all, &QPushButton::clicked, this, [this] { checkWhere([](const QStringList &) { return true; }); });
    connect(none, &QPushButton::clicked, this, [this] { checkWhere([](const QStringList &) { return false; }); });
    connect(data, &QPushButton::clicked, this, [this] {
        checkWhere([](const QStringList &roles) { return roles.contains(QLatin1String("data")); });
    });
    auto *quick = new QHBoxLayout;
    quick->addWidget(all);
    quick->addWidget(none);
    quick->addWidget(data);
    quick->addStretch(1);

    m_remember->setChecked(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(quick);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remember);
    layout->addWidget(m_buttons);
    resize(720, 480);
    updateOk();
}

QStringList AssetPickerDialog::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(KeyColumn) == Qt::Checked)
            keys << item->text(KeyColumn);
    }
    return keys;
}

void AssetPickerDialog::setCheckedKeys(const QStringList &keys)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setCheckState(KeyColumn, keys.contains(item->text(KeyColumn)) ? Qt::Checked : Qt::Unchecked);
    }
}

bool AssetPickerDialog::remember() const { return m_remember->isChecked(); }

void AssetPickerDialog::checkWhere(bool (*wanted)(const QStringList &roles))
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool on = wanted(item->data(RolesColumn, Qt::UserRole).toStringList());
        item->setCheckState(KeyColumn, on ? Qt::Checked : Qt::Unchecked);
    }
}

// Nothing checked would mean nothing to download: OK waits for at least one asset.
void AssetPickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checkedKeys().isEmpty());
}

} // namespace eoc::ui
