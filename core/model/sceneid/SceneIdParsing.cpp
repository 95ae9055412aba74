#include "core/model/sceneid/SceneIdParsing.h"

#include <QCoreApplication>
#include <array>

namespace eoc::sceneid {

QString stripSceneIdSuffixes(QString id)
{
    // Longest first where one suffix ends another (".tar.gz" before ".gz").
    static const std::array<QLatin1String, 13> suffixes = {
        QLatin1String(".tar.gz"), QLatin1String(".SAFE"), QLatin1String(".SEN3"),
        QLatin1String(".zip"), QLatin1String(".tar"), QLatin1String(".tgz"),
        QLatin1String(".gz"), QLatin1String(".hdf"), QLatin1String(".h5"),
        QLatin1String(".nc"), QLatin1String(".xml"), QLatin1String(".nc4"),
        QLatin1String(".he5"),
    };
    id = id.trimmed();
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const auto &suffix : suffixes) {
            if (id.size() > suffix.size() && id.endsWith(suffix, Qt::CaseInsensitive)) {
                id.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    return id;
}

QRegularExpressionMatch matchWhole(const QRegularExpression &re, const QString &id)
{
    return re.match(id, 0, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption);
}

namespace {

std::optional<int> number(QStringView text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QTime> parseTime(QStringView hhmmss)
{
    if (hhmmss.isEmpty())
        return QTime(0, 0);
    if (hhmmss.size() != 4 && hhmmss.size() != 6)
        return std::nullopt;
    const auto h = number(hhmmss.mid(0, 2));
    const auto m = number(hhmmss.mid(2, 2));
    const auto s = hhmmss.size() == 6 ? number(hhmmss.mid(4, 2)) : std::optional<int>(0);
    if (!h || !m || !s || !QTime::isValid(*h, *m, *s))
        return std::nullopt;
    return QTime(*h, *m, *s);
}

} // namespace

std::optional<QDateTime> parseCompactDate(QStringView text)
{
    if (text.size() != 8)
        return std::nullopt;
    const auto y = number(text.mid(0, 4));
    const auto mo = number(text.mid(4, 2));
    const auto d = number(text.mid(6, 2));
    if (!y || !mo || !d || !QDate::isValid(*y, *mo, *d))
        return std::nullopt;
    return QDateTime(QDate(*y, *mo, *d), QTime(0, 0), Qt::UTC);
}

std::optional<QDateTime> parseCompactDateTime(QStringView text)
{
    if (text.size() != 15 || text.at(8) != QLatin1Char('T'))
        return std::nullopt;
    const auto day = parseCompactDate(text.mid(0, 8));
    const auto time = parseTime(text.mid(9, 6));
    if (!day || !time)
        return std::nullopt;
    return QDateTime(day->date(), *time, Qt::UTC);
}

std::optional<QDateTime> parseYearDayOfYear(QStringView year, QStringView dayOfYear, QStringView hhmmss)
{
    const auto y = number(year);
    const auto doy = number(dayOfYear);
    if (year.size() != 4 || dayOfYear.size() != 3 || !y || !doy || *y < 1)
        return std::nullopt;
    const QDate first(*y, 1, 1);
    if (*doy < 1 || *doy > first.daysInYear())
        return std::nullopt;
    const auto time = parseTime(hhmmss);
    if (!time)
        return std::nullopt;
    return QDateTime(first.addDays(*doy - 1), *time, Qt::UTC);
}

Error invalidField(const QString &id, const QString &family, const QString &field, QStringView text)
{
    return Error(ErrorClass::BadInput,
                 QCoreApplication::translate("SceneId", "The %1 id '%2' has an invalid %3: '%4'")
                     .arg(family, id, field, text.toString()));
}

} // namespace eoc::sceneid
