#include "core/model/Region.h"
#include "core/model/region/CoordinateText.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace eoc {

namespace {

Error badBox(const QString &what)
{
    return Error(ErrorClass::BadInput, QStringLiteral("bounding box: ") + what);
}

std::optional<Error> checkRange(const char *name, double value, double limit)
{
    const QString label = QString::fromLatin1(name);
    if (!std::isfinite(value))
        return badBox(label + QStringLiteral(" is not a finite number"));
    if (value < -limit || value > limit) {
        return badBox(QStringLiteral("%1 %2 is outside %3..%4")
                          .arg(label, region::formatNumber(value), region::formatNumber(-limit),
                               region::formatNumber(limit)));
    }
    return std::nullopt;
}

} // namespace

QList<BoundingBox> BoundingBox::splitAtAntimeridian() const
{
    if (!crossesAntimeridian())
        return {*this};
    return {BoundingBox{west, south, 180.0, north}, BoundingBox{-180.0, south, east, north}};
}

Result<BoundingBox> BoundingBox::make(double west, double south, double east, double north)
{
    if (auto e = checkRange("west", west, 180.0))
        return *e;
    if (auto e = checkRange("south", south, 90.0))
        return *e;
    if (auto e = checkRange("east", east, 180.0))
        return *e;
    if (auto e = checkRange("north", north, 90.0))
        return *e;
    if (south > north) {
        return badBox(QStringLiteral("south greater than north (south %1, north %2)")
                          .arg(region::formatNumber(south), region::formatNumber(north)));
    }
    return BoundingBox{west, south, east, north};
}

Result<BoundingBox> BoundingBox::parse(const QString &text)
{
    // Commas separate the numbers; spaces around them are tolerated ("-50, -10, -40, 0").
    const QStringList parts = text.trimmed().split(QLatin1Char(','));
    if (text.trimmed().isEmpty() || parts.size() != 4) {
        return badBox(QStringLiteral("expected 4 numbers W,S,E,N separated by commas, got '%1'")
                          .arg(text.trimmed()));
    }
    static const char *const names[] = {"west", "south", "east", "north"};
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok) {
            return badBox(QStringLiteral("%1 '%2' is not a number (expected 4 numbers W,S,E,N)")
                              .arg(QString::fromLatin1(names[i]), parts.at(i).trimmed()));
        }
    }
    return make(values[0], values[1], values[2], values[3]);
}

} // namespace eoc
