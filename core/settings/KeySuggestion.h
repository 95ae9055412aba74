#pragma once

#include <QString>
#include <QStringList>

namespace eoc {

// The known keys nearest to a mistyped one (Levenshtein distance, at most a third of its length
// and at least 2), best first; at most `count`.
QStringList nearestKeys(const QString &key, const QStringList &known, int count = 3);

} // namespace eoc
