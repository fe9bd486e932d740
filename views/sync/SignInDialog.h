// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Sign in with the browser": says what Dealpulse asks the CRM for (the scopes), waits while the user signs
// in in the browser, and shows how it ended. The protocol is sync::BrowserSignIn's; this only shows it.

#include "sync/http/BrowserSignIn.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace dp {

class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const sync::CrmConnection &connection, sync::BrowserSignIn::OpenBrowser openBrowser,
                 QWidget *parent = nullptr);

    // Opens the browser; call once the dialog is shown.
    void start() { m_signIn->start(); }
    sync::BrowserSignIn &signIn() { return *m_signIn; }

    // What a scope lets Dealpulse read, in the user's words.
    static QString describeScope(const QString &scope);

public slots:
    // Closing while waiting stops the sign-in.
    void reject() override;

signals:
    void signedIn(const dp::sync::SignInResult &result);
    void signInFailed(const QString &message);

private:
    void showFailure(const QString &message);
    void fitHeight();

    sync::BrowserSignIn *m_signIn;
    QLabel *m_intro;
    QLabel *m_status;
    QPushButton *m_reopen;
    QPushButton *m_cancel;
};

} // namespace dp
