// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → CRM connection: "Sign in with the browser". The refresh token the sign-in brings goes to the
// keychain under the same key a pasted one does, and the connection is saved with it, so a sync (and a
// later "Test connection") uses it as it would a pasted one.

#include "sync/CrmConnectionsPage.h"
#include "sync/SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dp {

void CrmConnectionsPage::signIn() {
    const sync::CrmConnection connection = connectionFromFields();
    // Both CRMs' refresh grant (every sync) needs the app's secret as well as its id.
    if (connection.clientId.isEmpty() || connection.clientSecret.isEmpty()) {
        showStatus(false, tr("Enter the client ID and the client secret of your app first."));
        emit signInFinished(false, m_status->text());
        return;
    }
    auto *dialog = new SignInDialog(connection, m_openBrowser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &SignInDialog::signedIn, this,
        [this, source = connection.source](const sync::SignInResult &result) { keepSignIn(source, result); });
    connect(dialog, &SignInDialog::signInFailed, this, [this](const QString &message) {
        showStatus(false, message);
        emit signInFinished(false, message);
    });
    m_signIn->setEnabled(false);
    connect(dialog, &QDialog::finished, this, [this] { m_signIn->setEnabled(true); });
    dialog->open();
    dialog->start();
}

void CrmConnectionsPage::keepSignIn(sync::CrmConnection::Source source, const sync::SignInResult &result) {
    QString error;
    if (!m_secrets.write(refreshTokenKey(source), result.refreshToken, &error)) {
        const QString message =
            tr("You are signed in, but the keychain refused to store the sign-in: %1").arg(error);
        showStatus(false, message);
        emit signInFinished(false, message);
        return;
    }
    // A token pasted before is replaced by the one just issued.
    m_refreshToken->clear();
    m_pasteRefreshToken->setChecked(false);
    if (!result.instanceUrl.isEmpty())
        m_baseUrl->setText(result.instanceUrl);
    if (!save()) {
        emit signInFinished(false, m_status->text());
        return;
    }
    const QString message =
        source == sync::CrmConnection::Source::Salesforce
            ? tr("Signed in to Salesforce. The connection is saved; the sign-in is in the keychain.")
            : tr("Signed in to HubSpot. The connection is saved; the sign-in is in the keychain.");
    showStatus(true, message);
    emit signInFinished(true, message);
}

} // namespace dp
