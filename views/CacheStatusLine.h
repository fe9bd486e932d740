// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's line about the open cache: its file, and when it was last synced (or that it is demo
// data), how old its figures are and the going-dark days they follow; or what is happening to it instead
// (being read, an error).

#include "items/CacheContent.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;

namespace dp {

class CacheStatusLine final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheStatusLine)

public:
    explicit CacheStatusLine(QWidget *parent = nullptr);

    // The open cache's file; empty: none is open.
    void setCache(const QString &path);
    // A sentence in place of the figures' line (plain text: errors quote SQLite and file names).
    void setMessage(const QString &text);
    void showFigures(const CacheContent &content, int goingDarkDays, const QTimeZone &zone);

private:
    QLabel *m_cache;
    QLabel *m_figures;
};

} // namespace dp
