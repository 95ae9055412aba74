#include "ui/search/FilterFieldsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <algorithm>

namespace eoc::ui {

namespace {

// Integer inputs need bounds; a field without them takes any value a QSpinBox can hold.
constexpr double kUnbounded = 1e9;

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Quotes an argument the way a POSIX shell needs it ("<=10" would be a redirection otherwise).
QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_:.,=+/@%-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString describeFieldType(const FilterField &field)
{
    const auto range = [&field] {
        if (field.minimum && field.maximum)
            return QStringLiteral(" %1–%2").arg(number(*field.minimum), number(*field.maximum));
        if (field.minimum)
            return QStringLiteral(" ≥ %1").arg(number(*field.minimum));
        if (field.maximum)
            return QStringLiteral(" ≤ %1").arg(number(*field.maximum));
        return QString();
    };
    switch (field.kind) {
    case FilterField::Kind::Integer: return FilterFieldsEditor::tr("whole number") + range();
    case FilterField::Kind::Number: return FilterFieldsEditor::tr("number") + range();
    case FilterField::Kind::Choice: return FilterFieldsEditor::tr("one of %1").arg(field.choices.join(QStringLiteral(", ")));
    case FilterField::Kind::Boolean: return FilterFieldsEditor::tr("yes or no");
    case FilterField::Kind::Text: break;
    }
    return FilterFieldsEditor::tr("text");
}

FilterFieldsEditor::FilterFieldsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("filterFieldPicker"));
    m_picker->setToolTip(tr("The filters this collection accepts, with their types"));
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString key = m_picker->itemData(index).toString();
        m_picker->setCurrentIndex(0);
        if (index == m_picker->count() - 1) {
            Q_EMIT otherFilterWanted();
            return;
        }
        if (!key.isEmpty() && addField(key)) {
            if (QWidget *editor = editorFor(key))
                editor->setFocus();
        }
    });
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_commandLine = new QLabel(this);
    m_commandLine->setObjectName(QStringLiteral("filterCommandLine"));
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLine->setToolTip(tr("The same filters for eo-collector-cli search"));
    m_commandLine->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addLayout(m_form);
    layout->addWidget(m_commandLine);
    fillPicker();
}

void FilterFieldsEditor::setFields(const QList<FilterField> &fields)
{
    // Inputs of fields no longer offered go; the others keep their values.
    QStringList kept;
    for (const Row &row : std::as_const(m_rows)) {
        bool stillOffered = false;
        for (const FilterField &field : fields)
            stillOffered = stillOffered || field.key == row.field.key;
        if (!stillOffered)
            kept << row.field.key;
    }
    for (const QString &key : std::as_const(kept))
        removeRow(key);
    m_fields = fields;
    fillPicker();
    updateCommandLine();
}

void FilterFieldsEditor::fillPicker()
{
    m_picker->clear();
    m_picker->addItem(tr("Add a filter…"));
    for (const FilterField &field : std::as_const(m_fields)) {
        const QString text = field.label() == field.key
                                 ? QStringLiteral("%1 — %2").arg(field.key, describeFieldType(field))
                                 : QStringLiteral("%1 (%2) — %3").arg(field.label(), field.key, describeFieldType(field));
        m_picker->addItem(text, field.key);
        if (!field.description.isEmpty())
            m_picker->setItemData(m_picker->count() - 1, field.description, Qt::ToolTipRole);
    }
    // Filters the service takes without listing them (a STAC `catalog`, a vendor extension).
    m_picker->addItem(tr("Other filter (key = value)…"));
}

const FilterField *FilterFieldsEditor::findField(const QString &key) const
{
    for (const FilterField &field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

int FilterFieldsEditor::rowIndex(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).field.key == key)
            return i;
    }
    return -1;
}

QWidget *FilterFieldsEditor::editorFor(const QString &key) const
{
    const int index = rowIndex(key);
    return index < 0 ? nullptr : m_rows.at(index).editor;
}

bool FilterFieldsEditor::addField(const QString &key)
{
    const FilterField *field = findField(key);
    if (!field)
        return false;
    if (field->destination == FilterField::Destination::Tile) {
        // A tile needs all its parts: h alone names no MODIS tile.
        for (const FilterField &part : std::as_const(m_fields)) {
            if (part.destination == FilterField::Destination::Tile && rowIndex(part.key) < 0)
                addRow(part);
        }
    } else if (rowIndex(key) < 0) {
        addRow(*field);
    }
    updateCommandLine();
    Q_EMIT changed();
    return true;
}

void FilterFieldsEditor::addRow(const FilterField &field)
{
    Row row;
    row.field = field;
    row.container = new QWidget(this);
    auto *line = new QHBoxLayout(row.container);
    line->setContentsMargins(0, 0, 0, 0);
    const auto notify = [this] {
        updateCommandLine();
        Q_EMIT changed();
    };
    const double low = field.minimum.value_or(-kUnbounded);
    const double high = field.maximum.value_or(kUnbounded);
    switch (field.kind) {
    case FilterField::Kind::Choice: {
        auto *box = new QComboBox(row.container);
        box->addItems(field.choices);
        connect(box, &QComboBox::currentIndexChanged, this, notify);
        row.editor = box;
        break;
    }
    case FilterField::Kind::Integer: {
        auto *box = new QSpinBox(row.container);
        box->setRange(int(std::ceil(low)), int(std::floor(high)));
        box->setValue(std::clamp(0, box->minimum(), box->maximum()));
        connect(box, &QSpinBox::valueChanged, this, notify);
        row.editor = box;
        break;
    }
    case FilterField::Kind::Number: {
        auto *box = new QDoubleSpinBox(row.container);
        box->setDecimals(2);
        box->setRange(low, high);
        box->setValue(std::clamp(0.0, low, high));
        connect(box, &QDoubleSpinBox::valueChanged, this, notify);
        row.editor = box;
        break;
    }
    case FilterField::Kind::Boolean: {
        auto *box = new QCheckBox(tr("yes"), row.container);
        connect(box, &QCheckBox::toggled, this, notify);
        row.editor = box;
        break;
    }
    case FilterField::Kind::Text: {
        auto *edit = new QLineEdit(row.container);
        edit->setPlaceholderText(tr("value"));
        connect(edit, &QLineEdit::textChanged, this, notify);
        row.editor = edit;
        break;
    }
    }
    row.editor->setObjectName(QStringLiteral("filter:") + field.key);
    row.editor->setToolTip(field.description.isEmpty() ? describeFieldType(field)
                                                        : field.description + QLatin1Char('\n') + describeFieldType(field));
    if (field.comparable) {
        row.comparison = new QComboBox(row.container);
        row.comparison->addItem(QStringLiteral("="), QString());
        row.comparison->addItem(QStringLiteral("≤"), QStringLiteral("<="));
        row.comparison->addItem(QStringLiteral("≥"), QStringLiteral(">="));
        connect(row.comparison, &QComboBox::currentIndexChanged, this, notify);
        line->addWidget(row.comparison);
    }
    line->addWidget(row.editor, 1);
    auto *remove = new QToolButton(row.container);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this filter"));
    const QString key = field.key;
    connect(remove, &QToolButton::clicked, this, [this, key] {
        removeRow(key);
        updateCommandLine();
        Q_EMIT changed();
    });
    line->addWidget(remove);
    auto *label = new QLabel(field.label() + QLatin1Char(':'), this);
    label->setToolTip(field.key);
    m_form->addRow(label, row.container);
    m_rows << row;
}

void FilterFieldsEditor::dropRowAt(int index)
{
    // Later, not now: the row's own remove button may be the one whose click got us here.
    const QFormLayout::TakeRowResult taken = m_form->takeRow(m_rows.at(index).container);
    for (QLayoutItem *item : {taken.labelItem, taken.fieldItem}) {
        if (!item)
            continue;
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_rows.removeAt(index);
}

void FilterFieldsEditor::removeRow(const QString &key)
{
    const int index = rowIndex(key);
    if (index < 0)
        return;
    const bool tilePart = m_rows.at(index).field.destination == FilterField::Destination::Tile;
    dropRowAt(index);
    if (tilePart) {
        // The other parts make no tile on their own.
        for (int i = m_rows.size() - 1; i >= 0; --i) {
            if (m_rows.at(i).field.destination == FilterField::Destination::Tile)
                dropRowAt(i);
        }
    }
}

QString FilterFieldsEditor::valueOf(const Row &row) const
{
    QString value;
    if (auto *box = qobject_cast<QComboBox *>(row.editor))
        value = box->currentText();
    else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        value = QString::number(spin->value());
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(row.editor))
        value = number(real->value());
    else if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        value = check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    else if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        value = edit->text().trimmed();
    if (row.comparison && !value.isEmpty())
        value.prepend(row.comparison->currentData().toString());
    return value;
}

bool FilterFieldsEditor::setValue(const QString &key, const QString &value)
{
    const FilterField *field = findField(key);
    if (!field)
        return false;
    QString text = value.trimmed();
    QString comparison;
    for (const char *op : {"<=", ">="}) {
        if (field->comparable && text.startsWith(QLatin1String(op))) {
            comparison = QString::fromLatin1(op);
            text = text.mid(2).trimmed();
        }
    }
    bool ok = true;
    switch (field->kind) {
    case FilterField::Kind::Choice: ok = field->choices.contains(text); break;
    case FilterField::Kind::Integer: text.toInt(&ok); break;
    case FilterField::Kind::Number: text.toDouble(&ok); break;
    case FilterField::Kind::Boolean:
        ok = text == QLatin1String("true") || text == QLatin1String("false");
        break;
    case FilterField::Kind::Text: break;
    }
    if (!ok)
        return false;
    addField(key);
    const Row &row = m_rows.at(rowIndex(key));
    if (auto *box = qobject_cast<QComboBox *>(row.editor))
        box->setCurrentText(text);
    else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        spin->setValue(text.toInt());
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(row.editor))
        real->setValue(text.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        check->setChecked(text == QLatin1String("true"));
    else if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        edit->setText(text);
    if (row.comparison)
        row.comparison->setCurrentIndex(std::max(0, row.comparison->findData(comparison)));
    return true;
}

QVariantMap FilterFieldsEditor::filters() const
{
    QVariantMap out;
    for (const Row &row : m_rows) {
        const QString value = valueOf(row);
        if (row.field.destination == FilterField::Destination::Filter && !value.isEmpty())
            out.insert(row.field.key, value);
    }
    return out;
}

QStringList FilterFieldsEditor::tiles() const
{
    QString tile;
    for (const FilterField &field : m_fields) {
        if (field.destination != FilterField::Destination::Tile)
            continue;
        const int index = rowIndex(field.key);
        if (index < 0)
            return {};
        const auto *spin = qobject_cast<QSpinBox *>(m_rows.at(index).editor);
        const QString part = spin ? QString::number(spin->value()) : valueOf(m_rows.at(index));
        tile += field.tilePrefix + part.rightJustified(field.tileDigits, QLatin1Char('0'));
    }
    return tile.isEmpty() ? QStringList() : QStringList{tile};
}

QString FilterFieldsEditor::commandLine() const
{
    QStringList arguments;
    const QVariantMap extra = filters();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        arguments << QStringLiteral("--filter ") + shellQuoted(it.key() + QLatin1Char('=') + it.value().toString());
    const QStringList tileNames = tiles();
    for (const QString &tile : tileNames)
        arguments << QStringLiteral("--tile ") + shellQuoted(tile);
    return arguments.join(QLatin1Char(' '));
}

void FilterFieldsEditor::updateCommandLine()
{
    const QString line = commandLine();
    m_commandLine->setText(line.isEmpty() ? QString() : tr("Command line: %1").arg(line));
    m_commandLine->setVisible(!line.isEmpty());
}

} // namespace eoc::ui
