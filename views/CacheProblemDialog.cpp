// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheProblemDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dp {

CacheProblemDialog::CacheProblemDialog(const QString &problem, const QString &cachePath, QWidget *parent)
    : QDialog(parent)
    , m_cachePath(cachePath) {
    setWindowTitle(tr("Dealpulse: the cache cannot be opened"));
    m_filePrompt = [](QWidget *parent, bool forNew, const QString &current) {
        const QString filter = tr("Dealpulse caches (*.sqlite);;All files (*)");
        const QString folder = QFileInfo(current).absolutePath();
        return forNew ? QFileDialog::getSaveFileName(parent, tr("Create a new cache"), folder, filter)
                      : QFileDialog::getOpenFileName(parent, tr("Open a cache"), folder, filter);
    };

    auto *message = new QLabel(problem);
    message->setObjectName(QStringLiteral("cacheProblem"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *advice = new QLabel(tr("The file was left as it is. You can open another cache, create a new one "
                                 "and sync it from your CRM, or look around the demo pipeline."));
    advice->setWordWrap(true);
    m_rebuildAdvice =
        new QLabel(tr("Rebuilding makes a new cache that keeps your ratings, coaching notes, alert "
                      "snoozes, snapshots and lexicon history; the next sync downloads the CRM's "
                      "records again. The damaged file is kept as a backup."));
    m_rebuildAdvice->setObjectName(QStringLiteral("cacheRebuildAdvice"));
    m_rebuildAdvice->setWordWrap(true);
    m_rebuildAdvice->hide();

    auto *buttons = m_buttons = new QDialogButtonBox;
    const auto add = [&](const QString &text, const char *name, QDialogButtonBox::ButtonRole role) {
        QPushButton *button = buttons->addButton(text, role);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    QPushButton *another = add(tr("Open another cache…"), "cacheOpenAnother", QDialogButtonBox::ActionRole);
    QPushButton *create = add(tr("Create a new cache…"), "cacheCreateNew", QDialogButtonBox::ActionRole);
    QPushButton *demo = add(tr("Open the demo"), "cacheOpenDemo", QDialogButtonBox::ActionRole);
    QPushButton *quit = add(tr("Quit"), "cacheQuit", QDialogButtonBox::RejectRole);
    another->setDefault(true);

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *text = new QVBoxLayout;
    text->addWidget(message);
    text->addWidget(advice);
    text->addWidget(m_rebuildAdvice);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(another, &QPushButton::clicked, this, [this] { choose(Choice::OpenAnother); });
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::CreateNew); });
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::OpenDemo); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
}

void CacheProblemDialog::offerRebuild(CacheRescue::Confirm confirm) {
    m_confirmRebuild = std::move(confirm);
    if (m_buttons->findChild<QPushButton *>(QStringLiteral("cacheRebuild")))
        return;
    // Added only now: the button box shows every button it lays out.
    QPushButton *rebuild = m_buttons->addButton(tr("Rebuild the cache…"), QDialogButtonBox::ActionRole);
    rebuild->setObjectName(QStringLiteral("cacheRebuild"));
    rebuild->setDefault(true);
    connect(rebuild, &QPushButton::clicked, this, [this] { choose(Choice::Rebuild); });
    m_rebuildAdvice->show();
}

void CacheProblemDialog::choose(Choice choice) {
    if (choice == Choice::Rebuild && !m_confirmRebuild(this, m_cachePath))
        return;
    if (choice == Choice::OpenAnother || choice == Choice::CreateNew) {
        const QString path = m_filePrompt(this, choice == Choice::CreateNew, m_cachePath);
        if (path.isEmpty())
            return;
        m_chosenPath = path;
    }
    m_choice = choice;
    accept();
}

} // namespace dp
