#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace eoc {

// One filter a provider accepts for a collection, described well enough for a form to offer the
// right input (a list of choices, a number within its range) instead of free text whose syntax
// the user must know. The value ends up where the provider reads it: in SearchQuery::extra under
// `key` (what `--filter key=value` sets), or as part of a tile name (what `--tile` sets).
struct FilterField {
    enum class Kind { Text, Integer, Number, Choice, Boolean };
    enum class Destination {
        Filter,   // SearchQuery::extra[key]
        Tile,     // tilePrefix + the value with tileDigits digits, joined in order: "h12v10"
    };

    QString key;                      // "landsat:collection_category", "path"
    QString title;                    // "Collection Cat."; empty: show the key
    Kind kind = Kind::Text;
    QStringList choices;              // Kind::Choice
    std::optional<double> minimum;    // Kind::Integer / Kind::Number
    std::optional<double> maximum;
    QString description;
    bool comparable = false;          // numbers may also be given as <=N, >=N (STAC filters)
    Destination destination = Destination::Filter;
    QString tilePrefix;               // Destination::Tile
    int tileDigits = 0;

    QString label() const { return title.isEmpty() ? key : title; }
};

} // namespace eoc
