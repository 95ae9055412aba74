#pragma once

// Shared pieces of the per-family scene-id parsers. Internal to core/model/sceneid/.

#include "core/model/SceneId.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringView>

#include <optional>

namespace eoc::sceneid {

// What a family parser answers: nothing when the id does not have the family's shape (the next
// family is tried), otherwise the parsed id or the error that makes this id of the family invalid
// (a month 13, a day 400 of the year...).
using ParseOutcome = std::optional<Result<SceneId>>;
using FamilyParser = ParseOutcome (*)(const QString &id);

ParseOutcome parseSentinel1(const QString &id);
ParseOutcome parseSentinel2(const QString &id);
ParseOutcome parseSentinel3(const QString &id);
ParseOutcome parseSentinel5p(const QString &id);
ParseOutcome parseLandsat(const QString &id);
ParseOutcome parseModisViirs(const QString &id);
ParseOutcome parseHls(const QString &id);
ParseOutcome parseCbersAmazonia(const QString &id);

// `id` without the archive/container suffixes providers add (.SAFE, .SEN3, .zip, .hdf, .tar.gz...),
// repeatedly, so "X.SAFE.zip" gives "X".
QString stripSceneIdSuffixes(QString id);

// Anchors `pattern` at both ends; every parser matches the whole id.
QRegularExpressionMatch matchWhole(const QRegularExpression &re, const QString &id);

// Date and time fields. Each returns nothing when the text is not a valid date (month 13, 24:61...).
std::optional<QDateTime> parseCompactDateTime(QStringView text);        // YYYYMMDDTHHMMSS
std::optional<QDateTime> parseCompactDate(QStringView text);            // YYYYMMDD, 00:00 UTC
std::optional<QDateTime> parseYearDayOfYear(QStringView year, QStringView dayOfYear,
                                            QStringView hhmmss = {});  // YYYY + DDD [+ HHMM[SS]]

// The BadInput error for an id of `family` whose `field` ("sensing start") holds `text`.
Error invalidField(const QString &id, const QString &family, const QString &field, QStringView text);

} // namespace eoc::sceneid
