#pragma once

#include <QString>

namespace eoc {

// Limits that must hold across processes, possibly on several machines: the workers of one shared
// download queue keep them in the queue's store (core/download/queue/QueueSharedLimits). When one
// is set on NetworkAccess, request rates are taken from it and OpenID Connect sessions hold one of
// its session slots; without one, every limit is this process's alone.
class SharedLimits
{
public:
    virtual ~SharedLimits() = default;

    // Takes one request token of `key` from a bucket every process shares, refilled at
    // `requestsPerSecond` up to `burst` tokens. Returns 0 when a token was taken, the milliseconds
    // until one is there when none is, and -1 when the shared bucket cannot be read (the caller
    // then keeps to its own bucket rather than stopping).
    virtual qint64 takeRequestToken(const QString &key, double requestsPerSecond, int burst) = 0;

    // Login sessions of one account at a provider that caps them (the Data Space: 100 per user).
    // Holds one of `cap` sessions of `key` for `seconds`: returns its slot (> 0), 0 when every one
    // is held by another process, -1 when the store cannot be read.
    virtual int holdSession(const QString &key, int cap, int seconds) = 0;
    // The provider extended the session (a refresh): it is held `seconds` from now.
    virtual void renewSession(const QString &key, int slot, int seconds) = 0;
    // The session was ended at the provider (logged out).
    virtual void endSession(const QString &key, int slot) = 0;
};

} // namespace eoc
