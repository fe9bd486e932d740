#pragma once

#include <QString>

namespace dp {

// Where the cache lives when the user does not say: under the platform's application data folder.
QString defaultCachePath();
QString defaultDemoCachePath();

} // namespace dp
