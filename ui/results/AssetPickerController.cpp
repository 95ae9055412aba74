#include "ui/results/AssetPickerController.h"

#include "ui/results/AssetPickerDialog.h"
#include "ui/results/ResultsModel.h"

#include "core/provider/AssetSelection.h"
#include "core/settings/AssetPreferences.h"
#include "core/settings/Settings.h"

#include <QAction>
#include <QCheckBox>

namespace eoc::ui {

namespace {
// The checked keys the picker starts from are read from this many results at most: a choice is
// the same for every result of a collection, and the default files hardly differ.
constexpr int kScenesForDefaults = 200;
}

AssetPickerController::AssetPickerController(ResultsModel *model, Settings *settings, QWidget *dialogParent,
                                             QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("Choose &assets..."), this))
{
    m_action->setObjectName(QStringLiteral("chooseAssets"));
    m_action->setToolTip(tr("Choose which files (bands) of each result to download and export"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    if (m_settings) {
        m_model->setAssetChoiceSource([this](const QString &provider, const QString &collection) {
            return AssetPreferences(*m_settings).choice(provider, collection);
        });
    }
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssetPickerController::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetPickerController::updateEnabled);
    updateEnabled();
}

void AssetPickerController::updateEnabled()
{
    const auto &results = m_model->results();
    m_action->setEnabled(std::any_of(results.cbegin(), results.cend(), [](const SceneResult &r) { return !r.assets.isEmpty(); }));
}

AssetPickerDialog *AssetPickerController::open()
{
    const auto &results = m_model->results();
    int first = -1;
    for (int row : std::as_const(m_currentRows)) {
        if (row >= 0 && row < results.size() && !results.at(row).assets.isEmpty()) {
            first = row;
            break;
        }
    }
    for (int row = 0; first < 0 && row < results.size(); ++row) {
        if (!results.at(row).assets.isEmpty())
            first = row;
    }
    if (first < 0)
        return nullptr;
    const QString provider = results.at(first).provider;
    const QString collection = results.at(first).collection;
    QList<SceneResult> scenes;
    for (const SceneResult &r : results) {
        if (r.provider == provider && r.collection == collection)
            scenes << r;
    }
    // Checked: what a download of these results fetches now.
    QStringList checked;
    for (qsizetype i = 0; i < std::min<qsizetype>(scenes.size(), kScenesForDefaults); ++i) {
        const auto assets = chooseDownloadAssets(scenes.at(i));
        if (!assets)
            continue;
        for (const SceneAsset &a : assets.value()) {
            if (!checked.contains(a.key))
                checked << a.key;
        }
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new AssetPickerDialog(collection, AssetPickerDialog::rowsFor(scenes), checked, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->rememberBox()->setEnabled(m_settings != nullptr);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data(), provider, collection] {
        apply(provider, collection, dialog->checkedKeys(), dialog->remember());
    });
    m_dialog->open();
    return m_dialog;
}

AssetPickerDialog *AssetPickerController::dialog() const { return m_dialog; }

Status AssetPickerController::apply(const QString &provider, const QString &collection, const QStringList &keys,
                                    bool remember)
{
    Status status = m_model->setAssetChoice(provider, collection, keys);
    if (status && remember && m_settings)
        status = AssetPreferences(*m_settings).remember(provider, collection, keys);
    if (!status) {
        Q_EMIT failed(status.error());
        return status;
    }
    Q_EMIT applied(collection, keys);
    return status;
}

} // namespace eoc::ui
