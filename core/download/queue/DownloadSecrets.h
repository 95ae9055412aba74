#pragma once

#include "core/model/Result.h"
#include "core/net/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace eoc {

struct QueueItemInfo;

// The secret request headers of download items: a user's --header Authorization or API key, or
// the user info taken out of a URL. The journal keeps only their names and a reference
// (QueueItemInfo::secretsRef); the values live in the system keychain, service "eo-collector",
// key "download:<reference>", so an item resumed by a later run or another process gets them
// back. Without a keychain they stay in this object's memory for as long as the program runs,
// and a later run fails the item instead of sending its requests without them.
class DownloadSecrets final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    struct Kept {
        bool inKeychain = false;
        QString detail;               // why not, when not
    };
    using KeptCallback = std::function<void(const Kept &)>;

    static QString newReference();
    static QString keychainKey(const QString &reference);
    // The error of an item whose headers cannot be had, naming them (never their values).
    static Error goneError(const QStringList &names, const QString &why = {});

    // Holds `headers` under `reference` in memory at once, then writes them to the keychain.
    void keep(const QString &reference, const HeaderList &headers, QObject *context, KeptCallback callback);

    // True when `item` needs no secret headers or this process holds them.
    bool ready(const QueueItemInfo &item) const;
    // The secret headers of `item` this process holds (none when it needs none).
    HeaderList headersFor(const QueueItemInfo &item) const;
    // Reads the headers of `item` from the keychain into memory; an Auth error (goneError) when
    // the entry, or one of the headers the journal names, is not there.
    void load(const QueueItemInfo &item, QObject *context, std::function<void(const Status &)> callback);
    // Drops the headers from memory and the keychain (the item was removed or is done).
    void forget(const QString &reference);

    // Keychain writes and deletions still under way; settled() follows when the last one ends.
    // A program about to exit waits for it, or the keychain keeps what it was told to drop.
    int pendingWrites() const { return m_pending; }
    // Calls `done` (from the event loop) once nothing is pending, or after `timeoutMs` at most.
    void whenSettled(QObject *context, std::function<void()> done, int timeoutMs = 10000);

Q_SIGNALS:
    void settled();

private:
    void writeDone();
    QHash<QString, HeaderList> m_held;
    int m_pending = 0;
};

} // namespace eoc
