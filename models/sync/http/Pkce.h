// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Proof Key for Code Exchange (RFC 7636), S256 method: the browser sign-in sends the challenge with the
// authorisation request and the verifier with the code, so a code caught on its way back to the loopback
// redirect is useless to anyone else.

#include <QByteArray>

namespace dp::sync {

struct PkcePair {
    QByteArray verifier;  // 43 characters of base64url (32 random bytes)
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding
};

// A new pair from the system's random source.
PkcePair makePkcePair();
// The S256 challenge for a verifier.
QByteArray pkceChallenge(const QByteArray &verifier);

} // namespace dp::sync
