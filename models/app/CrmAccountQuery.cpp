// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CrmAccountQuery.h"

#include "app/CacheSession.h"
#include "store/Database.h"

namespace dp {

sync::CrmAccount crmAccountOf(const CacheSession *session) {
    if (!session)
        return {};
    try {
        return sync::readCrmAccount(session->database());
    } catch (const StoreError &) {
        return {};
    }
}

} // namespace dp
