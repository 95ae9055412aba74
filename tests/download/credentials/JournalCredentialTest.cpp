// The download journal holds no secret and is the user's alone: mode 0600 whatever the umask,
// secret headers only as names and a reference.
#include "core/download/queue/SqliteQueueStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace eoc;

namespace {

// Sets the umask for the life of the object.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QueueItemInfo itemWithSecrets()
{
    QueueItemInfo item;
    item.provider = QStringLiteral("http");
    item.title = QStringLiteral("f.bin");
    item.scene.sceneId = item.title;
    item.scene.link = QUrl(QStringLiteral("https://data.example.org/f.bin"));
    item.outputFolder = QStringLiteral("/tmp/out");
    item.added = item.updated = QDateTime::currentDateTimeUtc();
    item.secretsRef = QStringLiteral("ref-1");
    item.secretHeaders = {QStringLiteral("Authorization"), QStringLiteral("X-Api-Key")};
    return item;
}

} // namespace

TEST(JournalCredentials, NewJournalAndItsWalAreOwnerOnlyWhateverTheUmask)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/queue.sqlite"));
    {
        Umask permissive(0);   // the most permissive umask: 0666 files unless the journal says otherwise
        SqliteQueueStore journal;
        ASSERT_TRUE(journal.open(path));
        ASSERT_TRUE(journal.insert(itemWithSecrets()));
        ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
        EXPECT_EQ(modeOf(path), 0600);
        EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
        EXPECT_EQ(modeOf(path + QStringLiteral("-shm")), 0600);
    }
}

TEST(JournalCredentials, ExistingReadableJournalIsMadeOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    {
        SqliteQueueStore journal;
        ASSERT_TRUE(journal.open(path));
        ASSERT_TRUE(journal.insert(itemWithSecrets()));
    }
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file)) {
            ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0644), 0);
        }
    }
    ASSERT_EQ(modeOf(path), 0644);
    SqliteQueueStore journal;
    ASSERT_TRUE(journal.open(path));
    EXPECT_EQ(modeOf(path), 0600);
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600);
    }
}

TEST(JournalCredentials, SecretHeadersAreKeptAsNamesAndAReference)
{
    QTemporaryDir dir;
    SqliteQueueStore journal;
    ASSERT_TRUE(journal.open(dir.filePath(QStringLiteral("queue.sqlite"))));
    const auto id = journal.insert(itemWithSecrets());
    ASSERT_TRUE(id);
    auto loaded = journal.load(id.value());
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->secretsRef, QStringLiteral("ref-1"));
    EXPECT_EQ(loaded->secretHeaders, (QStringList{QStringLiteral("Authorization"), QStringLiteral("X-Api-Key")}));

    // update() writes a snapshot: it must not take back secrets set since.
    ASSERT_TRUE(journal.setSecrets(id.value(), QStringLiteral("ref-2"), {QStringLiteral("Cookie")}));
    QueueItemInfo stale = loaded.value();
    stale.priority = 5;
    ASSERT_TRUE(journal.update(stale));
    loaded = journal.load(id.value());
    EXPECT_EQ(loaded->secretsRef, QStringLiteral("ref-2"));
    EXPECT_EQ(loaded->secretHeaders, QStringList{QStringLiteral("Cookie")});
    EXPECT_EQ(loaded->priority, 5);
    EXPECT_FALSE(journal.setSecrets(id.value() + 100, {}, {}));
}

TEST(JournalCredentials, SchemaOneJournalIsMigratedWithItsItems)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
    {
        // The schema of version 1, as earlier releases wrote it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL, title TEXT NOT NULL,"
            " scene_json TEXT NOT NULL, output_folder TEXT NOT NULL, layout TEXT NOT NULL,"
            " priority INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL, wish TEXT NOT NULL, state TEXT NOT NULL,"
            " error_class TEXT NOT NULL DEFAULT 'none', error_message TEXT NOT NULL DEFAULT '',"
            " attempts INTEGER NOT NULL DEFAULT 0, added TEXT NOT NULL, updated TEXT NOT NULL, next_poll TEXT, command TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE files (item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, idx INTEGER NOT NULL,"
            " url TEXT NOT NULL, relative_path TEXT NOT NULL, part_path TEXT NOT NULL, final_path TEXT NOT NULL,"
            " bytes_on_disk INTEGER NOT NULL DEFAULT 0, total_size INTEGER, etag BLOB, last_modified BLOB,"
            " checksums TEXT NOT NULL DEFAULT '{}', done INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (item_id, idx))")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO migrations VALUES (1, '2026-01-01T00:00:00Z')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO items (provider, title, scene_json, output_folder, layout, position, wish, state, added, updated)"
            " VALUES ('http', 'old.bin', '{\"scene_id\":\"old.bin\"}', '/tmp/out', 'flat', 1, 'queued', 'waiting',"
            " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        // A request another process had posted when the program stopped.
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE items SET command = 'pause'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    SqliteQueueStore journal;
    ASSERT_TRUE(journal.open(path));
    const auto items = journal.loadAll();
    ASSERT_TRUE(items);
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().title, QStringLiteral("old.bin"));
    EXPECT_TRUE(items->first().secretsRef.isEmpty());
    // The pending request survives the move to the commands table, once.
    const auto commands = journal.takeCommands({});
    ASSERT_TRUE(commands);
    ASSERT_EQ(commands->size(), 1);
    EXPECT_EQ(commands->first().first, items->first().id);
    EXPECT_EQ(commands->first().second, QStringLiteral("pause"));
    EXPECT_TRUE(journal.takeCommands({})->isEmpty());
    EXPECT_TRUE(journal.insert(itemWithSecrets()));
}
