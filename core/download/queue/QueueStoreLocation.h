#pragma once

#include "core/model/Result.h"

#include <QString>

#include <memory>

namespace eoc {

class QueueStore;

// Where the download queue keeps its state: the local SQLite journal (the default; its path is
// given apart, DownloadQueue::Options::journalPath) or a PostgreSQL database that many machines
// share. The password of the database is never part of the location: the caller takes it from
// the keychain or EOC_QUEUE_PASSWORD and hands it over separately, so that a location can be
// shown, logged and kept in the settings as it is.
struct QueueStoreLocation {
    enum class Kind { LocalJournal, Postgres };
    Kind kind = Kind::LocalJournal;
    QString user;
    QString host;
    int port = 5432;
    QString database;

    // "" (or only spaces): the local journal. "postgresql://USER@HOST[:PORT]/DATABASE" (or
    // "postgres://"): PostgreSQL; port 5432 unless given. A user, a host and a database are
    // required; a password in the URL, options after '?' and anything else are refused, and the
    // error names what is wrong without repeating a password.
    static Result<QueueStoreLocation> parse(const QString &text);

    bool isLocal() const { return kind == Kind::LocalJournal; }
    // "postgresql://user@host:5432/db", or "" for the local journal.
    QString toString() const;

    friend bool operator==(const QueueStoreLocation &, const QueueStoreLocation &) = default;
};

// The store at `location`, not yet open: the journal at `journalPath` for the local one, else the
// PostgreSQL database, logged in to with `password`.
std::unique_ptr<QueueStore> makeQueueStore(const QueueStoreLocation &location, const QString &journalPath,
                                           const QString &password);

} // namespace eoc
