// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageNavigator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <algorithm>

namespace dp {

PageNavigator::PageNavigator(QMenu *viewMenu, QWidget *parent)
    : QWidget(parent)
    , m_viewMenu(viewMenu)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("pageNavigator"));
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setAccessibleName(tr("Views"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setFocusPolicy(Qt::StrongFocus);
    // The list reads as a sidebar: the window's own colour, not a list's base colour.
    QPalette palette = m_list->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_list->setPalette(palette);
    QFont font = m_list->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_list->setFont(font);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            showPage(m_stack->widget(row));
    });
}

int PageNavigator::addPage(QWidget *page, const QString &title, const QKeySequence &shortcut) {
    // Pages in the list come first in the stack, in the same order, so a row is a page's index.
    const int index = m_list->count();
    m_stack->insertWidget(index, page);
    auto *item = new QListWidgetItem(title);
    item->setSizeHint(QSize(0, m_list->fontMetrics().height() * 2));
    if (!shortcut.isEmpty())
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    m_list->addItem(item);
    QAction *action = m_viewMenu->addAction(title);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    return index;
}

void PageNavigator::addUnlistedPage(QWidget *page) {
    m_stack->addWidget(page);
}

void PageNavigator::setTitle(QWidget *page, const QString &title) {
    if (QListWidgetItem *item = m_list->item(m_stack->indexOf(page)))
        item->setText(title);
}

void PageNavigator::fitListWidth() {
    // 13 em, or wider when a page's name needs it in the user's language ("Centralizare pe echipe").
    const QFontMetrics metrics = m_list->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    int width = em * 13;
    for (int row = 0; row < m_list->count(); ++row)
        width = std::max(width, metrics.horizontalAdvance(m_list->item(row)->text()) + em * 2);
    m_list->setFixedWidth(width);
}

void PageNavigator::setStandIn(QWidget *page, QWidget *standIn) {
    m_standInFor = page;
    m_standIn = standIn;
    addUnlistedPage(standIn);
}

QWidget *PageNavigator::inSlot() const {
    return m_standInShown ? m_standIn : m_standInFor;
}

void PageNavigator::showStandIn(bool shown) {
    m_standInShown = shown;
    QWidget *current = m_stack->currentWidget();
    if (isStandInSlot(current) && current != inSlot())
        showPage(inSlot());
}

void PageNavigator::showPage(QWidget *page) {
    if (isStandInSlot(page))
        page = inSlot();
    QWidget *current = m_stack->currentWidget();
    if (current != page && current && !(isStandInSlot(current) && isStandInSlot(page)) &&
        m_stack->indexOf(page) >= 0) {
        m_history.removeAll(page);
        m_history.append(current);
    }
    setCurrent(page);
}

void PageNavigator::goBack() {
    while (!m_history.isEmpty()) {
        QWidget *previous = m_history.takeLast();
        if (isStandInSlot(previous))
            previous = inSlot();
        if (previous != m_stack->currentWidget()) {
            setCurrent(previous);
            return;
        }
    }
}

void PageNavigator::setCurrent(QWidget *page) {
    m_stack->setCurrentWidget(page);
    const int row = m_stack->indexOf(page == m_standIn ? m_standInFor : page);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row < m_list->count() ? row : -1);
    }
    QWidget *target = m_focusTargets.value(page, page);
    target->setFocus();
    emit pageShown(page);
}

QWidget *PageNavigator::currentPage() const {
    return m_stack->currentWidget();
}

} // namespace dp
