#pragma once

#include "core/auth/CredentialSource.h"

#include <QString>

class QWidget;

namespace eoc::ui {

// Asks the user for a two-factor one-time code in a small window-modal dialog, without blocking
// the event loop: transfers and searches go on while it is open. `callback` gets the code, or a
// Cancelled error when the user closes the dialog; it runs once, and not at all when `context` is
// gone by then.
void askOneTimeCode(QWidget *parent, const QString &providerTitle, const QString &account, QObject *context,
                    CredentialSource::CodeCallback callback);

} // namespace eoc::ui
