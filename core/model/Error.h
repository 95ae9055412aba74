#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace eoc {

// What kind of failure happened. The class decides what happens next (retry, ask the user,
// give up); nobody matches on message text.
enum class ErrorClass {
    None,
    BadInput,     // the user's input is wrong: fix it and try again
    Auth,         // credentials missing, wrong or expired beyond refresh
    Quota,        // the provider's transfer volume or session quota is used up
    RateLimited,  // too many requests or connections now: wait (see retryAfter)
    Transient,    // network hiccup or 5xx: retried automatically with back-off
    NotFound,     // the scene, collection or URL does not exist
    Offline,      // the product exists but sits in a long-term archive
    Integrity,    // size, checksum or archive check failed
    LocalDisk,    // disk full, permissions, cannot write the output folder
    Cancelled,    // the user cancelled
    Protocol,     // the server answered something we cannot understand
    Permanent,    // any other final failure (4xx the provider will not change its mind on)
};

QString errorClassName(ErrorClass c);                 // "rate-limited", stable for JSON and journal
std::optional<ErrorClass> errorClassFromName(const QString &name);

struct Error {
    ErrorClass errorClass = ErrorClass::None;
    QString message;                                   // for a person: what went wrong and what to do
    int httpStatus = 0;                                // 0 when not an HTTP answer
    std::optional<std::chrono::seconds> retryAfter;    // when the server said how long to wait

    Error() = default;
    Error(ErrorClass c, QString msg, int status = 0)
        : errorClass(c), message(std::move(msg)), httpStatus(status) {}

    bool isError() const { return errorClass != ErrorClass::None; }
    // Worth an automatic retry without the user doing anything.
    bool isRetryable() const
    {
        return errorClass == ErrorClass::Transient || errorClass == ErrorClass::RateLimited;
    }
    QString toString() const;                          // "rate-limited: message"
};

} // namespace eoc

Q_DECLARE_METATYPE(eoc::Error)
