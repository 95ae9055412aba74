#pragma once

#include "core/model/SceneResult.h"

#include <QString>

namespace eoc::ui {

// One result as an HTML page for the detail panel: the main facts, every attribute the provider
// returned, the assets with their sizes (marking those a download fetches) and the links.
QString resultDetailsHtml(const SceneResult &result, const QString &providerTitle);

} // namespace eoc::ui
