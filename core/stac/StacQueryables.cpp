#include "core/stac/StacQueryables.h"

#include <QJsonArray>
#include <QStringList>

namespace eoc::stac {

namespace {

// JSON Schema allows "type": ["integer", "null"]: the first type that is not null counts.
QString schemaType(const QJsonObject &property)
{
    const QJsonValue type = property.value(QStringLiteral("type"));
    if (type.isString())
        return type.toString();
    const QJsonArray types = type.toArray();
    for (const QJsonValue &t : types) {
        if (t.toString() != QLatin1String("null"))
            return t.toString();
    }
    return {};
}

std::optional<double> numberOrNone(const QJsonObject &property, const QString &key)
{
    const QJsonValue value = property.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

bool isBuiltInQueryable(const QString &name)
{
    static const QStringList builtIn = {
        QStringLiteral("id"), QStringLiteral("collection"), QStringLiteral("geometry"),
        QStringLiteral("datetime"), QStringLiteral("start_datetime"), QStringLiteral("end_datetime"),
    };
    return builtIn.contains(name);
}

QList<FilterField> filterFieldsFromQueryables(const QJsonObject &schema)
{
    QList<FilterField> fields;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (isBuiltInQueryable(it.key()))
            continue;
        const QJsonObject property = it.value().toObject();
        FilterField field;
        field.key = it.key();
        field.title = property.value(QStringLiteral("title")).toString();
        field.description = property.value(QStringLiteral("description")).toString();
        const QString type = schemaType(property);
        const QJsonArray choices = property.value(QStringLiteral("enum")).toArray();
        if (!choices.isEmpty()) {
            field.kind = FilterField::Kind::Choice;
            for (const QJsonValue &choice : choices) {
                if (choice.isString())
                    field.choices << choice.toString();
                else if (choice.isDouble())
                    field.choices << QString::number(choice.toDouble());
            }
        } else if (type == QLatin1String("integer")) {
            field.kind = FilterField::Kind::Integer;
        } else if (type == QLatin1String("number")) {
            field.kind = FilterField::Kind::Number;
        } else if (type == QLatin1String("boolean")) {
            field.kind = FilterField::Kind::Boolean;
        } else if (type == QLatin1String("string")) {
            field.kind = FilterField::Kind::Text;
        } else if (type.isEmpty() && property.contains(QStringLiteral("$ref"))) {
            // A definition elsewhere (eo:cloud_cover's schema): its type is unknown here, text
            // still works since the server converts.
            field.kind = FilterField::Kind::Text;
        } else {
            continue;   // arrays and objects
        }
        field.minimum = numberOrNone(property, QStringLiteral("minimum"));
        field.maximum = numberOrNone(property, QStringLiteral("maximum"));
        // The STAC client turns "<=N" and ">=N" into comparisons (StacSearchRequest).
        field.comparable = field.kind == FilterField::Kind::Integer || field.kind == FilterField::Kind::Number;
        fields << field;
    }
    return fields;
}

} // namespace eoc::stac
