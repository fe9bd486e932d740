// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync module's logging category. Log lines name methods and paths only: never headers, bodies of
// token requests or query strings, so no token or secret can reach a log.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
