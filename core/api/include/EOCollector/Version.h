#pragma once

#include <QString>

namespace EOCollector {

// The library's version ("0.1.0"), the same as the programs'.
QString version();

} // namespace EOCollector
