// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "deal/SafeTextBrowser.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QVBoxLayout>

namespace dp {

AboutDialog::AboutDialog(const QString &version, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Dealpulse"));

    auto *title = new QLabel(tr("Dealpulse %1").arg(version));
    title->setObjectName(QStringLiteral("aboutVersion"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *summary =
        new QLabel(tr("Deal activity, going-dark alerts and forecast health for sales managers."));
    summary->setWordWrap(true);

    auto *licence = new QLabel(tr(
        "Licence: GPL-3.0-or-later\n\nDealpulse is free software: you can redistribute it and/or modify it "
        "under the terms of the GNU General Public License as published by the Free Software Foundation, "
        "either version 3 of the License, or (at your option) any later version. It is distributed in the "
        "hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of "
        "MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more "
        "details."));
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *noticesTitle = new QLabel(tr("Third-party software:"));
    // The notices are our own file, yet shown as a mail body is: nothing they name is loaded.
    auto *notices = new SafeTextBrowser;
    notices->setObjectName(QStringLiteral("aboutThirdParty"));
    notices->setAccessibleName(tr("Third-party software"));
    notices->setMarkdown(thirdPartyNotices());
    noticesTitle->setBuddy(notices);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(licence);
    layout->addWidget(noticesTitle);
    layout->addWidget(notices, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString AboutDialog::thirdPartyNotices() {
    QFile file(QStringLiteral(":/about/THIRD-PARTY.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace dp
