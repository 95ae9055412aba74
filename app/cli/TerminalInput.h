#pragma once

#include <QString>

#include <optional>

namespace eoc::cli {

// One line from standard input, without its line break; with echo off when `hideInput` and
// standard input is a terminal (passwords). None at the end of the input.
std::optional<QString> readLine(bool hideInput);

} // namespace eoc::cli
