#pragma once

#include "core/model/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace eoc {
class Settings;
}

namespace eoc::ui {

class AssetPickerDialog;
class ResultsModel;

// Owns "Choose assets...": opens the picker for the collection of the current results, applies
// the choice to the results model (the one source the sizes, details, download and export read)
// and remembers it per collection in the settings (AssetPreferences), which later searches of
// that collection start from.
class AssetPickerController final : public QObject
{
    Q_OBJECT
public:
    // `settings` may be null: nothing is remembered.
    AssetPickerController(ResultsModel *model, Settings *settings, QWidget *dialogParent, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    // The rows the picker starts from: the collection of the first of them (else of the first result).
    void setCurrentRows(const QList<int> &rows) { m_currentRows = rows; }

    // Opens the picker (not modal) and returns it; accepting it applies the choice.
    AssetPickerDialog *open();
    AssetPickerDialog *dialog() const;

    // Applies `keys` to the results of the collection and, with `remember`, stores them.
    Status apply(const QString &provider, const QString &collection, const QStringList &keys, bool remember);

Q_SIGNALS:
    void failed(const Error &error);
    void applied(const QString &collection, const QStringList &keys);

private:
    void updateEnabled();

    ResultsModel *m_model = nullptr;
    Settings *m_settings = nullptr;
    QWidget *m_dialogParent = nullptr;
    QAction *m_action = nullptr;
    QList<int> m_currentRows;
    QPointer<AssetPickerDialog> m_dialog;
};

} // namespace eoc::ui
