#include "providers/earthdata/EarthdataPlanJob.h"

#include "providers/earthdata/UrsLoginJob.h"

#include "core/auth/CredentialSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace eoc::earthdata {

EarthdataPlanJob::EarthdataPlanJob(const ProviderContext &context, SceneResult scene, QUrl ursUrl,
                                   SessionFactory sessions)
    : m_context(context)
    , m_scene(std::move(scene))
    , m_ursUrl(std::move(ursUrl))
    , m_sessions(std::move(sessions))
{
}

void EarthdataPlanJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        QStringList selected;
        const QJsonArray selection = m_scene.attributes.value(QStringLiteral("selected_files")).toArray();
        for (const auto &s : selection)
            selected.append(s.toString());

        QList<SceneAsset> assets = m_scene.assets;
        if (assets.isEmpty() && !m_scene.link.isEmpty()) {
            SceneAsset main;
            main.href = m_scene.link;
            main.key = m_scene.link.fileName();
            main.size = m_scene.size;
            main.checksums = m_scene.checksums;
            assets.append(main);
        }
        for (const auto &asset : std::as_const(assets)) {
            if (!selected.isEmpty() && !selected.contains(asset.key) && !selected.contains(asset.href.fileName()))
                continue;
            DownloadFile file;
            file.url = asset.href;
            file.relativePath = asset.href.fileName();
            file.size = asset.size;
            file.checksums = asset.checksums;
            m_plan.files.append(file);
            if (!m_plan.trustedHosts.contains(asset.href.host()))
                m_plan.trustedHosts.append(asset.href.host());
        }
        if (m_plan.files.isEmpty()) {
            fail(Error(ErrorClass::NotFound,
                       selected.isEmpty()
                           ? QCoreApplication::translate("EarthdataProvider", "%1 has no https download link in CMR").arg(m_scene.sceneId)
                           : QCoreApplication::translate("EarthdataProvider", "None of the selected files (%1) belongs to %2")
                                 .arg(selected.join(QStringLiteral(", ")), m_scene.sceneId)));
            return;
        }
        m_plan.limitKey = QStringLiteral("earthdata");
        if (!m_context.credentials) {
            fail(Error(ErrorClass::Auth,
                       QCoreApplication::translate("EarthdataProvider", "NASA Earthdata downloads need an Earthdata Login: store a token (or user "
                                      "name and password) with `eo-collector-cli account`, or set "
                                      "EOC_EARTHDATA_TOKEN. Register at https://urs.earthdata.nasa.gov/users/new")));
            return;
        }
        m_context.credentials->credentials(QStringLiteral("earthdata"), m_context.account, this,
                                           [this](const Result<Credentials> &credentials) {
            if (m_done)
                return;
            if (!credentials)
                fail(credentials.error());
            else
                withCredentials(*credentials);
        });
    });
}

void EarthdataPlanJob::cancel()
{
    fail(Error(ErrorClass::Cancelled, QCoreApplication::translate("EarthdataProvider", "Cancelled")));
}

void EarthdataPlanJob::withCredentials(const Credentials &credentials)
{
    if (credentials.secret.isEmpty()) {
        fail(Error(ErrorClass::Auth, QCoreApplication::translate("EarthdataProvider", "The Earthdata Login account has no token or password stored")));
        return;
    }
    if (credentials.kind == QLatin1String("token")) {
        m_plan.auth = m_sessions(credentials.secret.toUtf8());
        m_done = true;
        Q_EMIT finished(m_plan);
        return;
    }
    if (credentials.account.isEmpty()) {
        fail(Error(ErrorClass::Auth, QCoreApplication::translate("EarthdataProvider", "Earthdata Login needs the user name with the password")));
        return;
    }
    // One login per data host; the cookie then serves every file of that host.
    QStringList hosts;
    for (const auto &file : std::as_const(m_plan.files)) {
        if (!hosts.contains(file.url.host()))
            hosts.append(file.url.host());
    }
    loginNextHost(credentials, hosts);
}

void EarthdataPlanJob::loginNextHost(const Credentials &credentials, QStringList hosts)
{
    if (hosts.isEmpty()) {
        m_done = true;
        Q_EMIT finished(m_plan);
        return;
    }
    const QString host = hosts.takeFirst();
    QUrl first;
    for (const auto &file : std::as_const(m_plan.files)) {
        if (file.url.host() == host) {
            first = file.url;
            break;
        }
    }
    auto *login = new UrsLoginJob(m_context.network, first, m_ursUrl, credentials.account, credentials.secret, this);
    connect(login, &UrsLoginJob::finished, this, [this, login, credentials, hosts](const Status &status) {
        login->deleteLater();
        if (m_done)
            return;
        if (!status) {
            fail(status.error());
            return;
        }
        loginNextHost(credentials, hosts);
    });
    login->start();
}

void EarthdataPlanJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
}

} // namespace eoc::earthdata
