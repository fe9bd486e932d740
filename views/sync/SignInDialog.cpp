// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SignInDialog.h"

#include "BandColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp {

SignInDialog::SignInDialog(const sync::CrmConnection &connection,
                           sync::BrowserSignIn::OpenBrowser openBrowser, QWidget *parent)
    : QDialog(parent)
    , m_signIn(new sync::BrowserSignIn(connection, std::move(openBrowser), this))
    , m_status(new QLabel(this))
    , m_reopen(new QPushButton(tr("Open the browser again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("signInDialog"));
    const bool salesforce = connection.source == sync::CrmConnection::Source::Salesforce;
    const QString crm = salesforce ? QStringLiteral("Salesforce") : QStringLiteral("HubSpot");
    setWindowTitle(tr("Sign in to %1").arg(crm));

    auto *heading = new QLabel(tr("Sign in to %1").arg(crm), this);
    QFont bigger = heading->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    heading->setFont(bigger);
    m_intro = new QLabel(tr("Dealpulse opened the %1 sign-in page in your web browser. Sign in there and "
                            "allow access; this window closes by itself when %1 answers.")
                             .arg(crm),
                         this);
    m_intro->setWordWrap(true);

    // The scopes, named as the CRM's consent page names them, so the user recognises what they allow.
    const sync::SignInEndpoints &endpoints = m_signIn->endpoints();
    QStringList lines;
    for (const QString &scope : endpoints.scopes)
        lines.append(QStringLiteral("• %1 — %2").arg(scope, describeScope(scope)));
    for (const QString &scope : endpoints.optionalScopes)
        lines.append(QStringLiteral("• %1 — %2").arg(scope, describeScope(scope)) + QLatin1Char(' ') +
                     tr("(optional)"));
    auto *asking =
        new QLabel(tr("Dealpulse asks %1 to read (it never changes anything there):").arg(crm), this);
    asking->setWordWrap(true);
    auto *scopes = new QLabel(lines.join(QLatin1Char('\n')), this);
    scopes->setObjectName(QStringLiteral("signInScopes"));
    scopes->setTextFormat(Qt::PlainText);
    scopes->setWordWrap(true);
    scopes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scopes->setContentsMargins(12, 0, 0, 0);
    auto *keychain = new QLabel(tr("The sign-in is kept in the system keychain, never in a file. No password "
                                   "passes through Dealpulse."),
                                this);
    keychain->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setTextFormat(Qt::PlainText); // may quote the CRM's own words
    m_status->setWordWrap(true);
    m_status->setText(tr("Waiting for %1…").arg(crm));
    m_reopen->setObjectName(QStringLiteral("signInReopen"));
    m_cancel->setObjectName(QStringLiteral("signInCancel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(asking);
    layout->addWidget(scopes);
    layout->addSpacing(6);
    layout->addWidget(keychain);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(520);
    fitHeight();

    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (!m_signIn->openBrowserAgain())
            m_status->setText(tr("No web browser could be opened. Set a default browser for this computer."));
    });
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_signIn, &sync::BrowserSignIn::succeeded, this, [this](const sync::SignInResult &result) {
        emit signedIn(result);
        accept();
    });
    connect(m_signIn, &sync::BrowserSignIn::failed, this, &SignInDialog::showFailure);
}

QString SignInDialog::describeScope(const QString &scope) {
    if (scope == u"crm.objects.deals.read")
        return tr("deals and their pipelines");
    if (scope == u"crm.objects.contacts.read")
        return tr("contacts, calls, meetings and notes");
    if (scope == u"crm.objects.companies.read")
        return tr("companies");
    if (scope == u"sales-email-read")
        return tr("emails logged on deals and contacts");
    if (scope == u"crm.objects.owners.read")
        return tr("the users who own deals");
    if (scope == u"crm.extensions_calling_transcripts.read")
        return tr("call transcripts");
    if (scope == u"api")
        return tr("your data through the REST API, with your own permissions");
    if (scope == u"refresh_token")
        return tr("stay signed in, so syncs need no new sign-in");
    return scope;
}

void SignInDialog::reject() {
    // Closing while waiting stops the sign-in (the local port closes with it).
    if (!m_signIn->isFinished())
        m_signIn->cancel();
    QDialog::reject();
}

void SignInDialog::fitHeight() {
    // Wrapped labels ask for the height they would need when narrow: size for the width actually used.
    const int width = std::max(this->width(), minimumWidth());
    resize(width, std::max(heightForWidth(width), minimumSizeHint().height()));
}

void SignInDialog::showFailure(const QString &message) {
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(bandColor(HealthBand::Dark, palette()).name()));
    m_reopen->hide();
    m_cancel->setText(tr("Close"));
    m_intro->setText(tr("The sign-in did not complete; the reason is below. Nothing was saved."));
    fitHeight(); // the reason may take more lines than the waiting message
    emit signInFailed(message);
}

} // namespace dp
