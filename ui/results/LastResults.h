#pragma once

#include "core/model/Result.h"
#include "core/model/SceneResult.h"

#include <QString>

namespace eoc::ui {

// The results of the last search, kept between runs so that the window reopens as it was left:
// written when a search ends, read at start. At most kMaxKept results are written, so that a
// search of 100,000 results does not leave a file of hundreds of megabytes behind.
class LastResults
{
public:
    static constexpr int kMaxKept = 5000;

    // AppDataLocation/last-results.json.
    static QString defaultPath();
    // Writes the first kMaxKept of `results` (atomically); no results removes the file.
    static Status save(const QString &path, const QList<SceneResult> &results);
    // What save() wrote; no file is no results. A damaged file is an error naming the file.
    static Result<QList<SceneResult>> load(const QString &path);
};

} // namespace eoc::ui
