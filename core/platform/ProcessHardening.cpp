#include "core/platform/ProcessHardening.h"

#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace eoc {

void hardenProcess()
{
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    std::signal(SIGXFSZ, SIG_IGN);
}

} // namespace eoc
