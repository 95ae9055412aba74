#include "core/model/layout/VersionFolder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc::layout {

Result<QString> versionFolder(const QString &version)
{
    QString text = version.trimmed();
    if (text.startsWith(QLatin1Char('v')) || text.startsWith(QLatin1Char('V')))
        text.remove(0, 1);
    static const QRegularExpression integer(QStringLiteral("^\\d+$"));
    static const QRegularExpression decimal(QStringLiteral("^\\d+\\.\\d+$"));
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (ok)
            return QStringLiteral("v%1").arg(number, 3, 10, QLatin1Char('0'));
    }
    if (decimal.match(text).hasMatch())
        return QString(QStringLiteral("v") + text);
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("CollectionLayout", "collection version '%1' is neither an integer (1) nor a decimal (1.0)").arg(version));
}

} // namespace eoc::layout
