#pragma once

namespace eoc {

// What both programs do first thing in main(), before they can hold a secret or write a file:
// - no core dumps: a crash while a password is in memory must not leave it on disk (RLIMIT_CORE 0
//   and not dumpable, which also keeps other processes of the same user from attaching);
// - SIGXFSZ ignored: past `ulimit -f` a write then fails with EFBIG, which is reported as a disk
//   error, instead of the process dying without a word.
void hardenProcess();

} // namespace eoc
