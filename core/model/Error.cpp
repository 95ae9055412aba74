#include "core/model/Error.h"

#include <array>
#include <utility>

namespace eoc {

namespace {
constexpr std::array<std::pair<ErrorClass, const char *>, 13> kNames{{
    {ErrorClass::None, "none"},
    {ErrorClass::BadInput, "bad-input"},
    {ErrorClass::Auth, "auth"},
    {ErrorClass::Quota, "quota"},
    {ErrorClass::RateLimited, "rate-limited"},
    {ErrorClass::Transient, "transient"},
    {ErrorClass::NotFound, "not-found"},
    {ErrorClass::Offline, "offline"},
    {ErrorClass::Integrity, "integrity"},
    {ErrorClass::LocalDisk, "local-disk"},
    {ErrorClass::Cancelled, "cancelled"},
    {ErrorClass::Protocol, "protocol"},
    {ErrorClass::Permanent, "permanent"},
}};
} // namespace

QString errorClassName(ErrorClass c)
{
    for (const auto &[value, name] : kNames) {
        if (value == c)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("permanent");
}

std::optional<ErrorClass> errorClassFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString Error::toString() const
{
    return errorClassName(errorClass) + QStringLiteral(": ") + message;
}

} // namespace eoc
