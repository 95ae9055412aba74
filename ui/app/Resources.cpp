#include "ui/app/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace eoc::ui {

void initResources()
{
    static const bool done = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace eoc::ui
