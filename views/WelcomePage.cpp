// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace dp {

bool isFirstRun(bool crmConfigured, qsizetype cachedDeals) {
    return !crmConfigured && cachedDeals == 0;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(tr("Welcome to Dealpulse"), this))
    , m_lead(new QLabel(tr("See which deals are going dark, how buyers sound and where the forecast stands, "
                           "from the emails, meetings and calls already in your CRM."),
                        this))
    , m_hubSpot(new QCommandLinkButton(
          tr("Connect HubSpot"), tr("Set up the connection to your HubSpot account, then sync its deals."),
          this))
    , m_salesforce(new QCommandLinkButton(
          tr("Connect Salesforce"),
          tr("Set up the connection to your Salesforce org, then sync its opportunities."), this))
    , m_demo(new QCommandLinkButton(tr("Explore the demo pipeline"),
                                    tr("A sample sales team with three months of activity, to look around "
                                       "first. Your own cache is left as it is."),
                                    this))
    , m_privacy(new QLabel(this)) {
    setObjectName(QStringLiteral("welcomePage"));
    m_hubSpot->setObjectName(QStringLiteral("welcomeConnectHubSpot"));
    m_salesforce->setObjectName(QStringLiteral("welcomeConnectSalesforce"));
    m_demo->setObjectName(QStringLiteral("welcomeExploreDemo"));
    m_privacy->setObjectName(QStringLiteral("welcomePrivacy"));

    const QIcon icon = QApplication::windowIcon();
    m_icon->setPixmap(icon.pixmap(96, 96));
    m_icon->setVisible(!icon.isNull());
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    QFont leadFont = font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.15);
    m_lead->setFont(leadFont);
    m_lead->setAlignment(Qt::AlignCenter);
    m_lead->setWordWrap(true);
    // The privacy line names a file path the user chose: never markup.
    m_privacy->setTextFormat(Qt::PlainText);
    m_privacy->setWordWrap(true);
    m_privacy->setAlignment(Qt::AlignCenter);
    m_privacy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QCommandLinkButton *button : {m_hubSpot, m_salesforce, m_demo})
        button->setAccessibleDescription(button->description());

    auto *column = new QVBoxLayout;
    column->setSpacing(6);
    column->addWidget(m_icon);
    column->addSpacing(8);
    column->addWidget(m_title);
    column->addSpacing(4);
    column->addWidget(m_lead);
    column->addSpacing(24);
    // The three choices on a card of their own, the base colour of lists and fields.
    auto *choices = new QFrame(this);
    choices->setObjectName(QStringLiteral("welcomeChoices"));
    choices->setFrameShape(QFrame::StyledPanel);
    choices->setBackgroundRole(QPalette::Base);
    choices->setAutoFillBackground(true);
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(12, 12, 12, 12);
    choicesLayout->setSpacing(4);
    choicesLayout->addWidget(m_hubSpot);
    choicesLayout->addWidget(m_salesforce);
    choicesLayout->addWidget(m_demo);
    column->addWidget(choices);
    column->addSpacing(20);
    column->addWidget(m_privacy);

    // A readable column in the middle, however wide the window.
    auto *middle = new QWidget(this);
    middle->setLayout(column);
    middle->setMaximumWidth(fontMetrics().averageCharWidth() * 96);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(middle, 4);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_hubSpot, &QCommandLinkButton::clicked, this, &WelcomePage::connectHubSpotRequested);
    connect(m_salesforce, &QCommandLinkButton::clicked, this, &WelcomePage::connectSalesforceRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::exploreDemoRequested);
    setFocusProxy(m_hubSpot);
    updatePalette();
    setCachePath(QString());
}

void WelcomePage::setCachePath(const QString &path) {
    // The path on a line of its own: it breaks badly inside a sentence.
    QString text = tr("Dealpulse reads deals, emails, meetings, calls and notes from your CRM, read-only: it "
                      "never changes anything there. It keeps them on this computer, in a file only your "
                      "user account can open:");
    if (!path.isEmpty())
        text += QLatin1Char('\n') + QDir::toNativeSeparators(path);
    m_privacy->setText(text);
}

void WelcomePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        updatePalette();
    QWidget::changeEvent(event);
}

void WelcomePage::updatePalette() {
    // The lead and the privacy line are quieter than the choices, in light and dark palettes alike.
    for (QLabel *label : {m_lead, m_privacy}) {
        QPalette quiet = label->palette();
        quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        label->setPalette(quiet);
    }
}

} // namespace dp
