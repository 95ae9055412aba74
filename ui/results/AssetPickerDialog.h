#pragma once

#include "core/model/SceneResult.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QTreeWidget;

namespace eoc::ui {

// One line of the picker: an asset key as the collection's results list it.
struct AssetPickerRow {
    QString key;
    QString title;
    QStringList roles;
    QString mediaType;
    std::optional<qint64> typicalSize;     // the median size stated by the results, if any
};

// Lists the assets of a collection with a checkbox each. Dumb: it shows the rows and the checked
// keys it is given and hands back what the user checked; the controller applies and remembers.
class AssetPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    AssetPickerDialog(const QString &collection, const QList<AssetPickerRow> &rows, const QStringList &checked,
                      QWidget *parent = nullptr);

    QStringList checkedKeys() const;     // in the order of the rows
    void setCheckedKeys(const QStringList &keys);
    bool remember() const;
    QTreeWidget *list() const { return m_list; }
    QCheckBox *rememberBox() const { return m_remember; }

    // The rows for `scenes`: their asset keys, each once, with what the first scene having it says.
    static QList<AssetPickerRow> rowsFor(const QList<SceneResult> &scenes);

private:
    void checkWhere(bool (*wanted)(const QStringList &roles));
    void updateOk();

    QTreeWidget *m_list = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace eoc::ui
