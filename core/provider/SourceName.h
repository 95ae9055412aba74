#pragma once

#include "core/model/Result.h"

#include <QString>

namespace eoc {

// A source of results as users name it: a provider ("dataspace"), or a provider with one of its
// presets ("stac:earth-search": the stac provider talking to Earth Search).
struct SourceName {
    QString provider;
    QString preset;           // empty: the provider's own default

    // "stac:earth-search", or "dataspace".
    QString text() const { return preset.isEmpty() ? provider : provider + QLatin1Char(':') + preset; }
};

// Reads "provider" or "provider:preset" (lower-cased, trimmed). An empty part is a BadInput error.
Result<SourceName> parseSourceName(const QString &text);

} // namespace eoc
