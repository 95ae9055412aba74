#include "core/provider/SourceName.h"

#include <QCoreApplication>

namespace eoc {

Result<SourceName> parseSourceName(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    SourceName name;
    name.provider = (colon < 0 ? trimmed : trimmed.left(colon)).trimmed();
    if (colon >= 0)
        name.preset = trimmed.mid(colon + 1).trimmed();
    if (name.provider.isEmpty() || (colon >= 0 && name.preset.isEmpty())) {
        return Error(ErrorClass::BadInput, QCoreApplication::translate("SourceName", "'%1' is not a provider name like "
                                                                        "dataspace or stac:earth-search").arg(text));
    }
    return name;
}

} // namespace eoc
