#pragma once

#include "core/provider/Provider.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QTableWidget;

namespace eoc {
class Settings;
}

namespace eoc::ui {

class BandwidthScheduleEditor;
class QueueSettingsPage;

// Every user setting in one place: output folder and layout, connections and bandwidth, proxy,
// the map's tile server and cache, the language, each provider's endpoints (its SettingSpecs) and
// where the download queue lives (a shared queue's password goes to the keychain, not the settings).
// Saved to the user's settings file on OK; secrets never appear here.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings *settings, const QList<Provider *> &providers, QWidget *parent = nullptr);

    // Writes what changed; the first failure is shown and stops the dialog from closing.
    void accept() override;
    QTableWidget *endpointTable() const { return m_endpoints; }
    QTableWidget *connectionsTable() const { return m_connections; }
    QComboBox *layoutCombo() const { return m_layout; }
    QLineEdit *bdcVersionEdit() const { return m_bdcVersion; }
    QComboBox *sourcePolicyCombo() const { return m_sourcePolicy; }
    QCheckBox *formatChangeBox() const { return m_formatChange; }
    QLineEdit *proxyEdit() const { return m_proxy; }
    QLineEdit *tileUrlEdit() const { return m_tileUrl; }
    QSpinBox *bandwidthBox() const { return m_bandwidth; }
    BandwidthScheduleEditor *scheduleEditor() const { return m_schedule; }
    QueueSettingsPage *queuePage() const { return m_queue; }
    // Empty, or every value that cannot be saved as typed, one per line; OK is refused meanwhile.
    QString problems() const;
    bool canAccept() const;

private:
    QWidget *createGeneralPage();
    QWidget *createNetworkPage();
    QWidget *createMapPage();
    QWidget *createEndpointsPage();
    QWidget *createQueuePage();
    QString queueProblem() const;
    // Writes what changed and closes; the first failure is shown and keeps the dialog open.
    void saveAndClose();
    QString value(const QString &key) const;
    // Checks the typed values, says what is wrong beside each field and enables OK accordingly.
    void checkValues();
    static QLabel *problemLabel(QWidget *parent);

    Settings *m_settings = nullptr;
    QList<Provider *> m_providers;
    QLineEdit *m_outputFolder = nullptr;
    QComboBox *m_layout = nullptr;
    QLineEdit *m_bdcVersion = nullptr;
    QComboBox *m_sourcePolicy = nullptr;          // download.source_policy
    QCheckBox *m_formatChange = nullptr;          // download.allow_format_change
    QComboBox *m_language = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    BandwidthScheduleEditor *m_schedule = nullptr;
    QLineEdit *m_proxy = nullptr;
    QTableWidget *m_connections = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QCheckBox *m_tilesOn = nullptr;
    QSpinBox *m_cacheMb = nullptr;
    QTableWidget *m_endpoints = nullptr;
    QueueSettingsPage *m_queue = nullptr;
    QLabel *m_proxyProblem = nullptr;
    QLabel *m_tileProblem = nullptr;
    QLabel *m_endpointProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace eoc::ui
