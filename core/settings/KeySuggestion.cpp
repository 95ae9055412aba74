#include "core/settings/KeySuggestion.h"

#include <algorithm>
#include <vector>

namespace eoc {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

QStringList nearestKeys(const QString &key, const QStringList &known, int count)
{
    const int limit = std::max(2, int(key.size()) / 3);
    const QString wanted = key.toLower();
    std::vector<std::pair<int, QString>> scored;
    for (const auto &candidate : known) {
        const int d = editDistance(wanted, candidate.toLower());
        if (d <= limit)
            scored.emplace_back(d, candidate);
    }
    std::sort(scored.begin(), scored.end());
    QStringList out;
    for (const auto &[distance, name] : scored) {
        if (out.size() == count)
            break;
        out << name;
    }
    return out;
}

} // namespace eoc
