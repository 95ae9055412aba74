#pragma once

#include "core/model/Result.h"

#include <QString>

namespace eoc::layout {

// The version folder of every layout: an integer version is zero-padded to three digits ("1" ->
// "v001"), a decimal one is kept as written ("1.0" -> "v1.0"). A leading "v" is accepted and
// ignored ("v1" is version 1). Anything else is a BadInput error naming the version.
Result<QString> versionFolder(const QString &version);

} // namespace eoc::layout
