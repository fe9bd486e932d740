// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/http/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace dp::sync {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray pkceChallenge(const QByteArray &verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

PkcePair makePkcePair() {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    PkcePair pair;
    pair.verifier = random.toBase64(kBase64Url);
    pair.challenge = pkceChallenge(pair.verifier);
    return pair;
}

} // namespace dp::sync
