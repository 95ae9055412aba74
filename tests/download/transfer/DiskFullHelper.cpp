// Runs one Transfer under a file size limit (RLIMIT_FSIZE), the way a full disk looks to the
// program: `eoc_transfer_diskfull_helper <url> <part path> <limit bytes>`. Prints the outcome as
// JSON on stdout. A separate process so the limit cannot touch the test runner's own files.
#include "core/download/Transfer.h"
#include "core/net/NetworkAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: eoc_transfer_diskfull_helper <url> <part path> <limit bytes>\n", stderr);
        return 2;
    }
    // Without this the kernel kills the process (SIGXFSZ) instead of failing the write (EFBIG).
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit {};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(args.at(3).toLongLong());
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        std::perror("setrlimit");
        return 2;
    }

    eoc::NetworkAccess network;
    eoc::TransferSpec spec;
    spec.url = QUrl(args.at(1));
    spec.partPath = args.at(2);
    eoc::Transfer transfer(&network, spec);
    QObject::connect(&transfer, &eoc::Transfer::finished, &app, [](const eoc::TransferOutcome &outcome) {
        QJsonObject json;
        json.insert(QStringLiteral("errorClass"), eoc::errorClassName(outcome.error.errorClass));
        json.insert(QStringLiteral("message"), outcome.error.message);
        json.insert(QStringLiteral("bytesOnDisk"), outcome.bytesOnDisk);
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
        QCoreApplication::exit(0);
    });
    transfer.start();
    return QCoreApplication::exec();
}
