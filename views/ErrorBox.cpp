// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBox.h"

#include "tasks/FailureText.h"

#include <QMessageBox>

namespace dp {

QMessageBox *showError(QWidget *parent, const QString &title, const QString &message) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

bool guarded(QWidget *parent, const QString &title, const std::function<void()> &work) {
    QString failure;
    try {
        work();
        return true;
    } catch (const std::exception &error) {
        failure = failureText(error);
    } catch (...) {
        failure = unknownFailureText();
    }
    showError(parent, title, failure);
    return false;
}

} // namespace dp
