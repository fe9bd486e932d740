// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's pages and the way between them: the list on the left, the stack the pages show in, their
// entries in the View menu, and the way back (Esc, Alt+Left) through the pages seen before. A page may
// have a stand-in that takes its place while shown (the welcome page in the pipeline's, on a first run).

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QWidget>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace dp {

class PageNavigator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageNavigator)

public:
    // `viewMenu` gets an entry per listed page.
    PageNavigator(QMenu *viewMenu, QWidget *parent = nullptr);

    // A page in the list (and the View menu, with its shortcut); returns its position.
    int addPage(QWidget *page, const QString &title, const QKeySequence &shortcut = {});
    // A page in the stack only, reached some other way (the deal page, by opening a deal).
    void addUnlistedPage(QWidget *page);
    void setTitle(QWidget *page, const QString &title);
    // The list as wide as its longest title needs (13 em at least); after the pages are added.
    void fitListWidth();
    // Where the keyboard lands when `page` shows (its main list, where Enter opens and arrows move).
    void setFocusTarget(QWidget *page, QWidget *target) { m_focusTargets.insert(page, target); }

    // `standIn` is unlisted and takes `page`'s place while standInShown(): they take turns in one place,
    // and going back never leads from one to the other.
    void setStandIn(QWidget *page, QWidget *standIn);
    // Swaps to the one now wanted when the other is on screen (only a change moves the focus).
    void showStandIn(bool shown);
    bool standInShown() const { return m_standInShown; }

    void showPage(QWidget *page);
    // Back to the page shown before.
    void goBack();
    QWidget *currentPage() const;
    QListWidget *list() const { return m_list; }
    QMenu *viewMenu() const { return m_viewMenu; }

signals:
    void pageShown(QWidget *page);

private:
    bool isStandInSlot(const QWidget *page) const {
        return page && (page == m_standInFor || page == m_standIn);
    }
    // The page of the stand-in slot that is to be shown now.
    QWidget *inSlot() const;
    void setCurrent(QWidget *page);

    QMenu *m_viewMenu;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<QWidget *> m_history;
    QHash<QWidget *, QWidget *> m_focusTargets;
    QWidget *m_standInFor = nullptr;
    QWidget *m_standIn = nullptr;
    bool m_standInShown = false;
};

} // namespace dp
