#pragma once

#include <EOCollector/Scene.h>

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace EOCollector {

enum class Layout {
    Flat,          // <output>/<file>; two scenes' files of the same name go into scene folders
    SceneFolder,   // <output>/<scene id>/<file>
    DataCube,      // the Brazil Data Cube tree (Layout.h's collectionPath)
};

struct DownloadRequest {
    QString outputFolder;
    Layout layout = Layout::SceneFolder;
    // Asset keys to fetch ("red", "SR_B4"); empty: the provider's default (every data file).
    QStringList assets;
    // The journal that makes downloads resumable: a second call with the same scenes after a
    // crash continues where the first stopped. Empty: <outputFolder>/.eo-collector-queue.sqlite.
    QString journalPath;
    int connections = 4;               // transfers at once
};

// The seed's triple: what is on disk and verified, what a provider must bring online first
// (ordered; a later call with the same journal picks it up), and what failed with why.
struct DownloadOutcome {
    struct Done {
        QString sceneId;
        QString folder;                // where its files are
        QStringList files;             // absolute paths
    };
    QList<Done> done;
    QStringList scheduled;             // scene ids
    QMap<QString, QString> failed;     // scene id -> why
    // Set when nothing could start (an output folder that cannot be written, a scene that is
    // not a search result of this library).
    QString error;
    bool ok() const { return error.isEmpty() && failed.isEmpty(); }
};

// A running download of a list of scenes. Emits progress and exactly one finished().
class DownloadTask : public QObject
{
    Q_OBJECT
public:
    ~DownloadTask() override;
    // Stops every transfer; their partial data is kept for a later call. finished() follows.
    void cancel();
    bool isFinished() const;
    DownloadOutcome outcome() const;   // valid once finished

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);   // bytesTotal -1 when unknown
    void finished(const EOCollector::DownloadOutcome &outcome);

private:
    friend class Session;
    DownloadTask();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace EOCollector
