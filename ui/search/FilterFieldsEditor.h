#pragma once

#include "core/provider/FilterField.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace eoc::ui {

// The filters a provider says a collection accepts, offered by name and type: the user picks one
// from a list and gets the input that fits it (a list of choices, a number within its range, a
// check box) instead of typing key=value text. Shows the filters as the command line would take
// them (`--filter key=value`, `--tile h12v10`).
class FilterFieldsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterFieldsEditor(QWidget *parent = nullptr);

    // Offers these fields; values of fields still offered are kept, the others dropped.
    void setFields(const QList<FilterField> &fields);
    bool hasFields() const { return !m_fields.isEmpty(); }
    QList<FilterField> fields() const { return m_fields; }

    // Adds the input of the field `key` (and, for a tile part, the tile's other parts); returns
    // false when no such field is offered.
    bool addField(const QString &key);
    // Sets a field's input from text as the command line takes it ("220", "T1", "<=10");
    // false when the field is not offered or the text is not one of its values.
    bool setValue(const QString &key, const QString &value);
    // The editor widget of a field that was added (for tests and focus), or null.
    QWidget *editorFor(const QString &key) const;

    // SearchQuery::extra entries of the fields that were added.
    QVariantMap filters() const;
    // Tiles composed from the tile parts; empty until every part is set.
    QStringList tiles() const;
    // The command-line arguments that ask for the same filters.
    QString commandLine() const;

Q_SIGNALS:
    void changed();
    // The user asked for a filter the list does not offer (free key=value input).
    void otherFilterWanted();

private:
    struct Row {
        FilterField field;
        QWidget *container = nullptr;
        QComboBox *comparison = nullptr;   // =, <=, >= for comparable numbers
        QWidget *editor = nullptr;
    };

    const FilterField *findField(const QString &key) const;
    int rowIndex(const QString &key) const;
    void addRow(const FilterField &field);
    void removeRow(const QString &key);
    void dropRowAt(int index);
    QString valueOf(const Row &row) const;
    void fillPicker();
    void updateCommandLine();

    QList<FilterField> m_fields;
    QList<Row> m_rows;
    QComboBox *m_picker = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_commandLine = nullptr;
};

// How a field's type reads in the list: "whole number 1–233", "one of 4", "text".
QString describeFieldType(const FilterField &field);

} // namespace eoc::ui
