#pragma once
// A text browser for content from outside (email HTML): it loads no resource of any kind, local or remote,
// and follows no link itself. The content is sanitized before it gets here; this is the second wall.

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace dp {

class SafeTextBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // Every resource the document asked for (none is ever given), so tests can see what was attempted.
    const QList<QUrl> &requestedResources() const { return m_requested; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_requested;
};

} // namespace dp
