#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace eoc::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The outputs as text (UTF-8), for tests that compare words.
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the built eo-collector-cli with `args` in a throw-away HOME/XDG environment (so the user's
// settings and journal are never touched) and waits for it.
CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv = {},
              const QByteArray &stdinData = {});

// The same with another copy of the program (to run it from a folder of the test's making).
CliRun runCliAt(const QString &program, const QStringList &args, const QProcessEnvironment &extraEnv = {},
                const QByteArray &stdinData = {});

} // namespace eoc::test
