// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests: throwaway cache files and instants written the way people read them.

#include "domain/Clock.h"
#include "domain/Health.h"
#include "domain/Records.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace dp::test {

// A fresh cache in its own temporary folder, removed with the object.
class TempCache final {
public:
    TempCache();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file, as a later run of the app would.
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// "2026-03-29T01:30:00Z" → milliseconds; aborts the test run on a typo.
Millis at(const char *isoUtc);

// Where a test leaves a picture for people to look at: DEALPULSE_SCREENSHOTS when set, otherwise
// dealpulse-screenshots in the temporary folder (never the working directory: run from the repository, a
// test would litter it). The folder is made.
QString picturePath(const QString &fileName);

} // namespace dp::test

// Readable QCOMPARE failures for our enums and values.
namespace QTest {
template <> char *toString(const dp::DealField &field);
template <> char *toString(const dp::Direction &direction);
template <> char *toString(const dp::InteractionKind &kind);
template <> char *toString(const dp::HealthBand &band);
template <> char *toString(const dp::HealthReason &reason);
} // namespace QTest
