#include "core/model/Region.h"
#include "core/model/region/CoordinateText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace eoc {

namespace {

Error badBox(const QString &what)
{
    return Error(ErrorClass::BadInput, QCoreApplication::translate("BoundingBox", "bounding box: %1").arg(what));
}

std::optional<Error> checkRange(const char *name, double value, double limit)
{
    // `name` is one of the side names below, marked with QT_TRANSLATE_NOOP.
    const QString label = QCoreApplication::translate("BoundingBox", name);
    if (!std::isfinite(value))
        return badBox(QCoreApplication::translate("BoundingBox", "%1 is not a finite number").arg(label));
    if (value < -limit || value > limit) {
        return badBox(QCoreApplication::translate("BoundingBox", "%1 %2 is outside %3..%4")
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
    if (auto e = checkRange(QT_TRANSLATE_NOOP("BoundingBox", "west"), west, 180.0))
        return *e;
    if (auto e = checkRange(QT_TRANSLATE_NOOP("BoundingBox", "south"), south, 90.0))
        return *e;
    if (auto e = checkRange(QT_TRANSLATE_NOOP("BoundingBox", "east"), east, 180.0))
        return *e;
    if (auto e = checkRange(QT_TRANSLATE_NOOP("BoundingBox", "north"), north, 90.0))
        return *e;
    if (south > north) {
        return badBox(QCoreApplication::translate("BoundingBox", "south greater than north (south %1, north %2)")
                          .arg(region::formatNumber(south), region::formatNumber(north)));
    }
    return BoundingBox{west, south, east, north};
}

Result<BoundingBox> BoundingBox::parse(const QString &text)
{
    // Commas separate the numbers; spaces around them are tolerated ("-50, -10, -40, 0").
    const QStringList parts = text.trimmed().split(QLatin1Char(','));
    if (text.trimmed().isEmpty() || parts.size() != 4) {
        return badBox(QCoreApplication::translate("BoundingBox", "expected 4 numbers W,S,E,N separated by commas, got '%1'")
                          .arg(text.trimmed()));
    }
    static const char *const names[] = {QT_TRANSLATE_NOOP("BoundingBox", "west"), QT_TRANSLATE_NOOP("BoundingBox", "south"),
                                        QT_TRANSLATE_NOOP("BoundingBox", "east"), QT_TRANSLATE_NOOP("BoundingBox", "north")};
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok) {
            return badBox(QCoreApplication::translate("BoundingBox", "%1 '%2' is not a number (expected 4 numbers W,S,E,N)")
                              .arg(QCoreApplication::translate("BoundingBox", names[i]), parts.at(i).trimmed()));
        }
    }
    return make(values[0], values[1], values[2], values[3]);
}

} // namespace eoc
