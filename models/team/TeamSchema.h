// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The team server's schema: numbered migrations (migrations/NNNN_*.sql, compiled into the resources under
// :/team/migrations) recorded in the table dealpulse_schema. `dealpulse team init` applies the missing ones
// in one transaction, so running it twice, or two admins at once, is harmless. A client refuses a server
// whose schema is newer than it understands.

namespace dp::team {

class PgConnection;

namespace TeamSchema {

int latestVersion();
// The server's version, 0 when it has none yet. Throws PgError when the server cannot be read.
int serverVersion(PgConnection &connection);
// Applies the missing migrations; returns how many ran. Throws TeamError for a newer server schema.
int apply(PgConnection &connection);
// Throws TeamError with a sentence for the user when the server is not initialised or is newer than us.
void requireCompatible(PgConnection &connection);

} // namespace TeamSchema
} // namespace dp::team
