#pragma once

#include "core/provider/RequestPlanJob.h"

#include <QPointer>

namespace eoc::onda {

class OndaProvider;

// Resolves a result of an ONDA-compatible catalogue: the product is read again (its `offline`
// flag changes once an order is fulfilled), an offline one gives a plan marked offline so the
// queue orders it, an online one the $value URL with the account's Basic authentication.
class OndaResolveJob final : public RequestPlanJob
{
    Q_OBJECT
public:
    OndaResolveJob(OndaProvider *provider, SceneResult scene);
    void start() override;

private:
    QPointer<OndaProvider> m_provider;
    SceneResult m_scene;
};

// Orders an offline product (POST Products(<id>)/Ens.Order): the plan comes back `ordered`, and
// the queue polls it through OndaResolveJob until it is online.
class OndaOrderJob final : public RequestPlanJob
{
    Q_OBJECT
public:
    OndaOrderJob(OndaProvider *provider, SceneResult scene);
    void start() override;

private:
    QPointer<OndaProvider> m_provider;
    SceneResult m_scene;
};

} // namespace eoc::onda
