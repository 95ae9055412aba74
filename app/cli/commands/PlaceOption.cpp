#include "app/cli/commands/PlaceOption.h"

#include "app/cli/TerminalText.h"
#include "core/places/PlaceIndex.h"

#include <QCoreApplication>

namespace eoc::cli {

namespace {

constexpr double kDefaultBufferKm = 25.0;

} // namespace

QList<QCommandLineOption> placeOptions()
{
    return {
        {QStringLiteral("place"),
         QCoreApplication::translate("PlaceOption", "Area around a place found offline (Natural Earth cities, states and provinces): "
                                                    "\"São Paulo\", \"Porto, Portugal\", \"Minas Gerais state\"."),
         QStringLiteral("name")},
        {QStringLiteral("place-buffer"),
         QCoreApplication::translate("PlaceOption", "Radius in km around a --place without a known outline (default 25)."),
         QStringLiteral("km")},
    };
}

Result<std::optional<Region>> placeRegion(const QCommandLineParser &parser, const CliContext &context)
{
    if (!parser.isSet(QStringLiteral("place"))) {
        if (parser.isSet(QStringLiteral("place-buffer")))
            return Error(ErrorClass::BadInput, QCoreApplication::translate("PlaceOption", "--place-buffer needs --place"));
        return std::optional<Region>();
    }
    double bufferKm = kDefaultBufferKm;
    if (parser.isSet(QStringLiteral("place-buffer"))) {
        bool ok = false;
        bufferKm = parser.value(QStringLiteral("place-buffer")).toDouble(&ok);
        if (!ok || !(bufferKm > 0.0)) {
            return Error(ErrorClass::BadInput, QCoreApplication::translate("PlaceOption", "--place-buffer '%1' is not a positive number of km")
                                                   .arg(parser.value(QStringLiteral("place-buffer"))));
        }
    }
    auto place = PlaceIndex::embedded().best(parser.value(QStringLiteral("place")));
    if (!place)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("PlaceOption", "--place: %1").arg(place.error().message));
    auto region = place->region(bufferKm);
    if (!region)
        return Error(ErrorClass::BadInput, QCoreApplication::translate("PlaceOption", "--place: %1").arg(region.error().message));
    if (context.err) {
        const QString said = place->hasBoundary()
            ? QCoreApplication::translate("PlaceOption", "Place: %1, its outline").arg(place->label())
            : QCoreApplication::translate("PlaceOption", "Place: %1, %2 km around it").arg(place->label()).arg(bufferKm);
        *context.err << terminalSafe(said) << Qt::endl;
    }
    return std::optional<Region>(*region);
}

} // namespace eoc::cli
