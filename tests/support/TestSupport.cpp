// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/TimeFormat.h"

#include <QtTest>

namespace dp::test {

TempCache::TempCache() {
    m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
    reopen();
}

void TempCache::reopen() {
    m_db.reset();
    OpenResult result = Database::open(m_path);
    if (!result.ok())
        qFatal("cannot open test cache: %s", qPrintable(result.error));
    m_db = std::move(result.database);
}

Millis at(const char *isoUtc) {
    const auto parsed = parseIsoInstant(QString::fromLatin1(isoUtc));
    if (!parsed)
        qFatal("bad instant in test: %s", isoUtc);
    return *parsed;
}

QString picturePath(const QString &fileName) {
    const QString chosen = qEnvironmentVariable("DEALPULSE_SCREENSHOTS");
    const QDir folder(chosen.isEmpty() ? QDir::temp().filePath(QStringLiteral("dealpulse-screenshots"))
                                       : chosen);
    QDir().mkpath(folder.path());
    return folder.filePath(fileName);
}

} // namespace dp::test

namespace QTest {

template <> char *toString(const dp::DealField &field) {
    return qstrdup(qPrintable(dp::toKey(field)));
}
template <> char *toString(const dp::Direction &direction) {
    return qstrdup(qPrintable(dp::toKey(direction)));
}
template <> char *toString(const dp::InteractionKind &kind) {
    return qstrdup(qPrintable(dp::toKey(kind)));
}
template <> char *toString(const dp::HealthBand &band) {
    return qstrdup(qPrintable(dp::toKey(band)));
}

template <> char *toString(const dp::HealthReason &reason) {
    return qstrdup(qPrintable(QStringLiteral("%1(%2, %3)")
                                  .arg(dp::reasonCodeName(reason.code))
                                  .arg(reason.value)
                                  .arg(reason.other)));
}

} // namespace QTest
