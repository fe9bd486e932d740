// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainMenus.h"

#include "AboutDialog.h"
#include "MainWindow.h"
#include "PipelinePage.h"
#include "snapshots/SnapshotHistoryView.h"
#include "sync/SyncStatus.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>

namespace dp {

QMenu *buildMainMenus(MainWindow &window) {
    QMenu *file = window.menuBar()->addMenu(MainWindow::tr("&File"));
    QAction *settings = file->addAction(MainWindow::tr("&Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QObject::connect(settings, &QAction::triggered, &window, &MainWindow::openSettings);
    file->addSeparator();
    QAction *syncNow = file->addAction(MainWindow::tr("S&ync now"));
    syncNow->setShortcut(QKeySequence::Refresh);
    QObject::connect(syncNow, &QAction::triggered, &window, [&window] { window.syncStatus()->syncNow(); });
    QAction *snapshot = file->addAction(MainWindow::tr("&Take snapshot…"));
    snapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QObject::connect(snapshot, &QAction::triggered, &window, [&window] {
        SnapshotHistoryView *snapshots = window.snapshotsView();
        if (!snapshots)
            return;
        window.showPage(window.snapshotsPage());
        snapshots->setFilter(window.snapshotFilter());
        snapshots->takeSnapshot();
    });
    QAction *exportAction = file->addAction(MainWindow::tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QObject::connect(exportAction, &QAction::triggered, &window, &MainWindow::openExportDialog);
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    QObject::connect(quit, &QAction::triggered, &window, &QWidget::close);
    QMenu *view = window.menuBar()->addMenu(MainWindow::tr("&View"));
    QMenu *go = window.menuBar()->addMenu(MainWindow::tr("&Go"));
    QAction *back = go->addAction(MainWindow::tr("&Back"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QObject::connect(back, &QAction::triggered, &window, &MainWindow::goBack);
    QAction *search = go->addAction(MainWindow::tr("&Search the pipeline"));
    search->setShortcut(QKeySequence::Find);
    search->setShortcutContext(Qt::WidgetShortcut); // the window's Ctrl+F shortcut does the work
    QObject::connect(search, &QAction::triggered, &window, [&window] {
        window.showPage(window.pipelinePage());
        window.pipelinePage()->focusSearch();
    });
    QMenu *help = window.menuBar()->addMenu(MainWindow::tr("&Help"));
    QAction *about = help->addAction(MainWindow::tr("&About Dealpulse"));
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &window, [&window] {
        auto *dialog = new AboutDialog(QCoreApplication::applicationVersion(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(MainWindow::tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("helpAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    return view;
}

} // namespace dp
