// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shown instead of quitting when the cache cannot be opened (missing, not a cache, damaged, locked by
// another window, too new): says why and offers another cache, a new one or the demo, so the user always
// reaches the window (and its Settings). A damaged cache can also be rebuilt from what it still holds. The
// file prompts and the rebuild's question are injectable, so tests drive it offscreen.

#include "CacheRescue.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace dp {

class CacheProblemDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheProblemDialog)

public:
    enum class Choice { Quit, OpenAnother, CreateNew, OpenDemo, Rebuild };

    CacheProblemDialog(const QString &problem, const QString &cachePath, QWidget *parent = nullptr);

    // Asks for a file: an existing cache (forNew false) or where to create one (forNew true). An empty
    // answer means the user changed their mind and the dialog stays.
    using FilePrompt = std::function<QString(QWidget *parent, bool forNew, const QString &current)>;
    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }

    // For a damaged cache: shows "Rebuild the cache…", which asks first (confirm) and then chooses Rebuild.
    void offerRebuild(CacheRescue::Confirm confirm = &CacheRescue::ask);

    Choice choice() const { return m_choice; }
    // The cache chosen with OpenAnother or CreateNew.
    QString chosenPath() const { return m_chosenPath; }

private:
    void choose(Choice choice);

    QString m_cachePath;
    FilePrompt m_filePrompt;
    CacheRescue::Confirm m_confirmRebuild;
    QDialogButtonBox *m_buttons;
    QLabel *m_rebuildAdvice;
    Choice m_choice = Choice::Quit;
    QString m_chosenPath;
};

} // namespace dp
