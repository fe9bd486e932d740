#include "store/CacheLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace dp {

static QString inAppData(const QString &fileName) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(fileName);
}

QString defaultCachePath() {
    return inAppData(QStringLiteral("cache.sqlite"));
}
QString defaultDemoCachePath() {
    return inAppData(QStringLiteral("demo.sqlite"));
}

} // namespace dp
