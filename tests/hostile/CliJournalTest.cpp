// A damaged download journal: the error names the file, and the file is left as it was.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using eoc::test::runCli;

namespace {

struct JournalHome {
    QTemporaryDir dir;
    QString journal;
    QProcessEnvironment env;

    explicit JournalHome(const QByteArray &content)
    {
        QDir(dir.path()).mkpath(QStringLiteral("eo-collector"));
        journal = dir.filePath(QStringLiteral("eo-collector/queue.sqlite"));
        QFile f(journal);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    }
    QByteArray content() const
    {
        QFile f(journal);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
};

} // namespace

TEST(CliJournal, CorruptJournalIsNamedAndKept)
{
    const QByteArray garbage = QByteArray("this is not an SQLite database ").repeated(200);
    JournalHome home(garbage);
    const auto run = runCli({QStringLiteral("queue"), QStringLiteral("list")}, home.env);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(home.journal.toUtf8())) << run.err.toStdString();
    EXPECT_EQ(home.content(), garbage);
}

TEST(CliJournal, EmptyJournalIsRefusedNotReadAsAnEmptyQueue)
{
    JournalHome home(QByteArray{});
    const auto run = runCli({QStringLiteral("queue"), QStringLiteral("list")}, home.env);
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("The queue is empty")) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(home.journal.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("empty (0 bytes)")) << run.err.toStdString();
    EXPECT_TRUE(home.content().isEmpty()) << "the file was written";
}
