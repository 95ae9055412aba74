#pragma once

#include "core/model/Error.h"

#include <utility>
#include <variant>

namespace eoc {

// A value or the Error that prevented it (std::expected is C++23; GCC 12 lacks it).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}              // NOLINT: implicit by design
    Result(Error error) : m_data(std::move(error)) {}          // NOLINT: implicit by design

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace eoc
