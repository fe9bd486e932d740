// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/sentiment/LexiconDigest.h"

#include "analytics/sentiment/Learner.h"

#include <QCryptographicHash>
#include <algorithm>

namespace dp::sentiment {
namespace {

QByteArray exact(double value) {
    return QByteArray::number(value, 'g', 17);
}

} // namespace

QString lexiconDigest(const Learner &learner) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (Language language : {Language::English, Language::Romanian}) {
        hash.addData(languageCode(language).toUtf8() + '\n');
        hash.addData(exact(learner.slope(language)) + ' ' + exact(learner.bias(language)) + ' ' +
                     (learner.adaptiveActive(language) ? "1" : "0") + '\n');
        const QHash<QString, double> &weights = learner.weights(language);
        QStringList terms = weights.keys();
        std::sort(terms.begin(), terms.end());
        for (const QString &term : std::as_const(terms))
            hash.addData(term.toUtf8() + '\t' + exact(weights.value(term)) + '\n');
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dp::sentiment
