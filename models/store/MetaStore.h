// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small facts about the cache itself (when it was generated or last synced, for which "now").

#include <QString>
#include <optional>

namespace dp {

class Database;

class MetaStore final {
public:
    explicit MetaStore(Database &db)
        : m_db(db) {}

    std::optional<QString> value(const QString &key);
    void setValue(const QString &key, const QString &value);

    // The instant the demo generator's story ends (ISO 8601); none in a cache synced from a CRM.
    std::optional<QString> demoNow() { return value(kDemoNowKey); }
    void setDemoNow(const QString &isoInstant) { setValue(kDemoNowKey, isoInstant); }
    // The demo pipeline holds invented deals and is made anew once old: it is never synced with a CRM,
    // and its judgments are never shared with a team.
    bool isDemo() { return demoNow().has_value(); }

private:
    static inline const QString kDemoNowKey = QStringLiteral("demo_now");
    Database &m_db;
};

} // namespace dp
