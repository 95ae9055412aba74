#include "ui/settings/SettingsDialog.h"

#include "core/download/queue/QueuePassword.h"
#include "core/download/queue/QueueSettings.h"
#include "core/download/queue/QueueStoreLocation.h"

#include "ui/app/UiSettings.h"
#include "ui/settings/BandwidthScheduleEditor.h"
#include "ui/settings/QueueSettingsPage.h"
#include "ui/settings/SettingChecks.h"

#include "core/model/layout/VersionFolder.h"
#include "core/net/NetworkSettings.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eoc::ui {

namespace {
QString key(const char *k) { return QLatin1String(k); }
QString connectionsKey(const QString &provider) { return provider + QStringLiteral(".max_connections"); }
}

SettingsDialog::SettingsDialog(Settings *settings, const QList<Provider *> &providers, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_providers(providers)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createNetworkPage(), tr("Network"));
    tabs->addTab(createMapPage(), tr("Map"));
    tabs->addTab(createEndpointsPage(), tr("Endpoints"));
    tabs->addTab(createQueuePage(), tr("Queue"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    resize(720, 480);
    connect(m_proxy, &QLineEdit::textChanged, this, &SettingsDialog::checkValues);
    connect(m_tileUrl, &QLineEdit::textChanged, this, &SettingsDialog::checkValues);
    connect(m_endpoints, &QTableWidget::itemChanged, this, &SettingsDialog::checkValues);
    connect(m_schedule, &BandwidthScheduleEditor::changed, this, &SettingsDialog::checkValues);
    connect(m_queue, &QueueSettingsPage::changed, this, &SettingsDialog::checkValues);
    checkValues();
}

QWidget *SettingsDialog::createQueuePage()
{
    m_queue = new QueueSettingsPage(this);
    const auto lease = readQueueLeaseSeconds(*m_settings);
    const auto watchOnly = readQueueWatchOnly(*m_settings);
    m_queue->setValues(value(key(kQueueUrlSetting)), lease ? lease.value() : kDefaultQueueLeaseSeconds, watchOnly && watchOnly.value());
    return m_queue;
}

QString SettingsDialog::queueProblem() const
{
    if (!m_queue->sharedChoice()->isChecked())
        return {};
    if (m_queue->url().isEmpty())
        return tr("Give the shared queue's database as postgresql://USER@HOST:PORT/DATABASE");
    const auto location = QueueStoreLocation::parse(m_queue->url());
    return location ? QString() : location.error().message;
}

QLabel *SettingsDialog::problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    label->setPalette(pal);
    label->hide();
    return label;
}

void SettingsDialog::checkValues()
{
    const auto show = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    show(m_proxyProblem, proxyProblem(key(network_settings::kProxy), m_proxy->text()));
    show(m_tileProblem, tileUrlProblem(key(ui_settings::kTileUrl), m_tileUrl->text()));
    QStringList endpointProblems;
    const QSignalBlocker blocker(m_endpoints);   // colouring a cell is no edit
    for (int row = 0; row < m_endpoints->rowCount(); ++row) {
        QTableWidgetItem *valueItem = m_endpoints->item(row, 1);
        const bool isUrl = isUrlSetting(valueItem->data(Qt::UserRole).toString());
        const QString problem = isUrl ? urlProblem(m_endpoints->item(row, 0)->text(), valueItem->text()) : QString();
        valueItem->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(255, 200, 200)));
        if (!problem.isEmpty())
            endpointProblems << problem;
    }
    show(m_endpointProblem, endpointProblems.join(QLatin1Char('\n')));
    show(m_queue->problemLabel(), queueProblem());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

QString SettingsDialog::problems() const
{
    QStringList all;
    for (const QLabel *label : {m_proxyProblem, m_schedule->problemLabel(), m_tileProblem, m_endpointProblem, m_queue->problemLabel()}) {
        if (!label->text().isEmpty())
            all << label->text();
    }
    return all.join(QLatin1Char('\n'));
}

bool SettingsDialog::canAccept() const { return problems().isEmpty(); }

QString SettingsDialog::value(const QString &k) const { return m_settings->value(k); }

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_outputFolder = new QLineEdit(value(key(ui_settings::kOutputFolder)), page);
    auto *browse = new QPushButton(tr("Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outputFolder->text());
        if (!folder.isEmpty())
            m_outputFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputFolder, 1);
    folderRow->addWidget(browse);
    m_layout = new QComboBox(page);
    // The layouts the download queue offers (QueueLayout), by their stable names.
    m_layout->addItem(tr("Flat: every file straight in the output folder"), QStringLiteral("flat"));
    m_layout->addItem(tr("One folder per scene"), QStringLiteral("scene-folder"));
    m_layout->addItem(tr("Brazil Data Cube collection folders"), QStringLiteral("bdc"));
    m_layout->setItemData(2, tr("Collection, version, tile or path/row and date folders, as the BDC collectors "
                                "write them, e.g. S2_L1C/v001/21/L/ZG/2020/<scene>"), Qt::ToolTipRole);
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(value(key(ui_settings::kLayout)))));
    m_bdcVersion = new QLineEdit(value(key(ui_settings::kBdcVersion)), page);
    m_bdcVersion->setPlaceholderText(QStringLiteral("1"));
    m_bdcVersion->setToolTip(tr("1 makes the folder v001, 1.0 makes v1.0"));
    const auto showVersion = [this] {
        m_bdcVersion->setEnabled(m_layout->currentData().toString() == QLatin1String("bdc"));
    };
    connect(m_layout, &QComboBox::currentIndexChanged, this, showVersion);
    showVersion();
    m_language = new QComboBox(page);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(value(key(ui_settings::kLanguage)))));
    // Scenes offered by several sources (a search with "Also search"): which copy is fetched first,
    // and whether the queue may fall back to another format.
    m_sourcePolicy = new QComboBox(page);
    m_sourcePolicy->addItem(tr("In the order the providers were chosen"), sourcePolicyName(SourcePolicy::UserOrder));
    m_sourcePolicy->addItem(tr("Providers that need no account first"), sourcePolicyName(SourcePolicy::NoAccountFirst));
    m_sourcePolicy->addItem(tr("Copies online now first"), sourcePolicyName(SourcePolicy::OnlineFirst));
    m_sourcePolicy->addItem(tr("The fastest provider so far first"), sourcePolicyName(SourcePolicy::Fastest));
    m_sourcePolicy->setItemData(3, tr("By the throughput the download queue has measured for each provider"), Qt::ToolTipRole);
    m_sourcePolicy->setCurrentIndex(std::max(0, m_sourcePolicy->findData(value(key(kSourcePolicySetting)).trimmed().toLower())));
    m_formatChange = new QCheckBox(tr("When every source of the same format fails, try another format (e.g. a SAFE zip "
                                      "instead of COG files)"),
                                   page);
    const auto allowFormatChange = readAllowFormatChange(*m_settings);
    m_formatChange->setChecked(allowFormatChange && allowFormatChange.value());
    auto *form = new QFormLayout(page);
    form->addRow(tr("Output folder:"), folderRow);
    form->addRow(tr("Folder layout:"), m_layout);
    form->addRow(tr("Collection version:"), m_bdcVersion);
    form->addRow(tr("Several sources:"), m_sourcePolicy);
    form->addRow(QString(), m_formatChange);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A new language is used from the next start."), page);
    note->setEnabled(false);
    form->addRow(QString(), note);
    return page;
}

QWidget *SettingsDialog::createNetworkPage()
{
    auto *page = new QWidget(this);
    m_bandwidth = new QSpinBox(page);
    m_bandwidth->setRange(0, 10 * 1024 * 1024);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("unlimited"));
    m_bandwidth->setValue(int(parseByteRate(value(key(network_settings::kBandwidthLimit))).value_or(0) / 1024));
    m_schedule = new BandwidthScheduleEditor(page);
    m_schedule->setScheduleText(value(key(network_settings::kBandwidthSchedule)));
    m_schedule->setBaseRate(qint64(m_bandwidth->value()) * 1024);
    connect(m_bandwidth, &QSpinBox::valueChanged, m_schedule, [this](int kib) { m_schedule->setBaseRate(qint64(kib) * 1024); });
    m_proxy = new QLineEdit(value(key(network_settings::kProxy)), page);
    m_proxy->setPlaceholderText(tr("system, none, or e.g. http://proxy.example.org:3128"));
    m_connections = new QTableWidget(int(m_providers.size()), 2, page);
    m_connections->setHorizontalHeaderLabels({tr("Provider"), tr("Connections")});
    m_connections->horizontalHeader()->setStretchLastSection(true);
    m_connections->verticalHeader()->hide();
    for (int row = 0; row < m_providers.size(); ++row) {
        Provider *provider = m_providers.at(row);
        auto *name = new QTableWidgetItem(provider->title());
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, provider->name());
        m_connections->setItem(row, 0, name);
        auto *spin = new QSpinBox(m_connections);
        spin->setRange(1, 16);
        const QString stored = value(connectionsKey(provider->name()));
        spin->setValue(stored.isEmpty() ? provider->capabilities().maxConnections : stored.toInt());
        spin->setToolTip(tr("Parallel downloads per account; the provider allows %1.")
                             .arg(provider->capabilities().maxConnections));
        m_connections->setCellWidget(row, 1, spin);
    }
    m_proxyProblem = problemLabel(page);
    // Provider names in full: the numbers need little room.
    m_connections->resizeColumnToContents(0);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Bandwidth limit:"), m_bandwidth);
    form->addRow(tr("Bandwidth schedule:"), m_schedule);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(QString(), m_proxyProblem);
    form->addRow(tr("Connections per provider:"), m_connections);
    return page;
}

QWidget *SettingsDialog::createMapPage()
{
    auto *page = new QWidget(this);
    m_tilesOn = new QCheckBox(tr("Show map tiles (off: the offline basemap only)"), page);
    m_tilesOn->setChecked(value(key(ui_settings::kTilesEnabled)) != QLatin1String("off"));
    m_tileUrl = new QLineEdit(value(key(ui_settings::kTileUrl)), page);
    m_tileUrl->setToolTip(tr("An XYZ tile URL with {z}, {x} and {y}"));
    m_cacheMb = new QSpinBox(page);
    m_cacheMb->setRange(0, 10000);
    m_cacheMb->setSuffix(tr(" MB"));
    m_cacheMb->setSpecialValueText(tr("no disk cache"));
    m_cacheMb->setValue(value(key(ui_settings::kTileCacheMb)).toInt());
    auto *form = new QFormLayout(page);
    form->addRow(QString(), m_tilesOn);
    m_tileProblem = problemLabel(page);
    form->addRow(tr("Tile server:"), m_tileUrl);
    form->addRow(QString(), m_tileProblem);
    form->addRow(tr("Tile cache:"), m_cacheMb);
    auto *policy = new QLabel(tr("Using the OpenStreetMap servers means following their "
                                 "<a href=\"https://operations.osmfoundation.org/policies/tiles/\">tile usage policy</a>."),
                              page);
    policy->setOpenExternalLinks(true);
    policy->setWordWrap(true);
    form->addRow(QString(), policy);
    return page;
}

QWidget *SettingsDialog::createEndpointsPage()
{
    auto *page = new QWidget(this);
    int rows = 0;
    for (Provider *provider : std::as_const(m_providers))
        rows += int(provider->settingSpecs().size());
    m_endpoints = new QTableWidget(rows, 2, page);
    m_endpoints->setHorizontalHeaderLabels({tr("Setting"), tr("Value")});
    m_endpoints->horizontalHeader()->setStretchLastSection(true);
    m_endpoints->verticalHeader()->hide();
    int row = 0;
    for (Provider *provider : std::as_const(m_providers)) {
        for (const SettingSpec &spec : provider->settingSpecs()) {
            auto *name = new QTableWidgetItem(spec.key);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            name->setToolTip(spec.description);
            m_endpoints->setItem(row, 0, name);
            auto *item = new QTableWidgetItem(value(spec.key).isNull() ? spec.defaultValue : value(spec.key));
            item->setToolTip(tr("%1\nDefault: %2").arg(spec.description, spec.defaultValue));
            item->setData(Qt::UserRole, spec.defaultValue);
            m_endpoints->setItem(row, 1, item);
            ++row;
        }
    }
    m_endpoints->resizeColumnToContents(0);
    auto *reset = new QPushButton(tr("Reset selected to default"), page);
    connect(reset, &QPushButton::clicked, this, [this] {
        for (QTableWidgetItem *item : m_endpoints->selectedItems()) {
            QTableWidgetItem *valueItem = m_endpoints->item(item->row(), 1);
            valueItem->setText(valueItem->data(Qt::UserRole).toString());
        }
    });
    m_endpointProblem = problemLabel(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_endpointProblem);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    return page;
}

void SettingsDialog::accept()
{
    // What is wrong is already said beside its field.
    checkValues();
    if (!canAccept())
        return;
    const QString bdcVersion = m_bdcVersion->text().trimmed().isEmpty() ? QStringLiteral("1")
                                                                         : m_bdcVersion->text().trimmed();
    if (auto folder = layout::versionFolder(bdcVersion); !folder) {
        QMessageBox::warning(this, tr("Settings"), folder.error().message);
        return;
    }
    // A typed password goes to the keychain first; the settings are written only once it is kept.
    if (const QString password = m_queue->password(); !password.isEmpty()) {
        const auto location = QueueStoreLocation::parse(m_queue->url());
        m_buttons->setEnabled(false);
        storeQueuePassword(location->user, password, this, [this](const Status &kept) {
            m_buttons->setEnabled(true);
            if (!kept) {
                QMessageBox::warning(this, tr("Settings"), kept.error().message);
                return;
            }
            m_queue->clearPassword();
            saveAndClose();
        });
        return;
    }
    saveAndClose();
}

void SettingsDialog::saveAndClose()
{
    const QString bdcVersion = m_bdcVersion->text().trimmed().isEmpty() ? QStringLiteral("1")
                                                                         : m_bdcVersion->text().trimmed();
    // The rate is shown in KiB/s; an unchanged box keeps the setting's own spelling (e.g. "2M").
    const QString rate = value(key(network_settings::kBandwidthLimit));
    const bool rateUnchanged = parseByteRate(rate).value_or(0) / 1024 == m_bandwidth->value();
    QList<QPair<QString, QString>> changes = {
        {key(ui_settings::kOutputFolder), m_outputFolder->text().trimmed()},
        {key(ui_settings::kLayout), m_layout->currentData().toString()},
        {key(ui_settings::kBdcVersion), bdcVersion},
        {key(ui_settings::kLanguage), m_language->currentData().toString()},
        {key(kSourcePolicySetting), m_sourcePolicy->currentData().toString()},
        {key(kAllowFormatChangeSetting), m_formatChange->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {key(network_settings::kBandwidthLimit),
         rateUnchanged ? rate
                       : m_bandwidth->value() > 0 ? QStringLiteral("%1K").arg(m_bandwidth->value()) : QStringLiteral("0")},
        {key(network_settings::kBandwidthSchedule), m_schedule->scheduleText()},
        {key(network_settings::kProxy), m_proxy->text().trimmed()},
        {key(ui_settings::kTileUrl), m_tileUrl->text().trimmed()},
        {key(ui_settings::kTilesEnabled), m_tilesOn->isChecked() ? QStringLiteral("on") : QStringLiteral("off")},
        {key(ui_settings::kTileCacheMb), QString::number(m_cacheMb->value())},
        {key(kQueueUrlSetting), m_queue->url()},
        {key(kQueueLeaseSecondsSetting), QString::number(m_queue->leaseSeconds())},
        {key(kQueueWatchOnlySetting), m_queue->watchOnly() ? QStringLiteral("true") : QStringLiteral("false")},
    };
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const auto *spin = static_cast<QSpinBox *>(m_connections->cellWidget(row, 1));
        changes.append({connectionsKey(m_connections->item(row, 0)->data(Qt::UserRole).toString()),
                        QString::number(spin->value())});
    }
    for (int row = 0; row < m_endpoints->rowCount(); ++row)
        changes.append({m_endpoints->item(row, 0)->text(), m_endpoints->item(row, 1)->text().trimmed()});

    for (const auto &[k, v] : std::as_const(changes)) {
        if (m_settings->value(k) == v)
            continue;
        const Status status = m_settings->setValue(k, v);
        if (!status) {
            QMessageBox::warning(this, tr("Settings"), status.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace eoc::ui
