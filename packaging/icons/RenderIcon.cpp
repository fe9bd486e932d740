// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the SVG icon to the PNG sizes of the hicolor theme and of the window icon.
// Usage: dealpulse_render_icon ICON.svg SIZE OUT.png [SIZE OUT.png ...]

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[]) {
    // A build machine has no display; the offscreen platform is enough to paint.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4 || arguments.size() % 2 != 0) {
        QTextStream(stderr) << "usage: dealpulse_render_icon ICON.svg SIZE OUT.png [SIZE OUT.png ...]\n";
        return 2;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        QTextStream(stderr) << "dealpulse_render_icon: cannot read " << arguments[1] << '\n';
        return 1;
    }
    for (qsizetype i = 2; i + 1 < arguments.size(); i += 2) {
        const int size = arguments[i].toInt();
        const QString out = arguments[i + 1];
        if (size <= 0) {
            QTextStream(stderr) << "dealpulse_render_icon: bad size " << arguments[i] << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (!image.save(out, "PNG")) {
            QTextStream(stderr) << "dealpulse_render_icon: cannot write " << out << '\n';
            return 1;
        }
    }
    return 0;
}
