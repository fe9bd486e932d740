// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text browser for content from outside (email HTML): it loads no resource of any kind, local or remote,
// and follows no link itself. The content is sanitized before it gets here; this is the second wall.

#include <QList>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

namespace dp {

// The document of an email body: every resource it asks for (image, style sheet, file, qrc:, data:,
// network) is answered with an empty value. QTextDocument reads the file system, qrc and data: URLs itself
// when a loader answers with a null QVariant, so the answer is never null, and the per-document resource
// provider (consulted before the loader) refuses too.
class SafeTextDocument final : public QTextDocument {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    // Every resource asked for (none is ever given), so tests can see what was attempted.
    const QList<QUrl> &requestedResources() const { return m_requested; }
    // The answer to every request: an empty byte array, which is not null.
    QVariant refuse(const QUrl &name);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QList<QUrl> m_requested;
};

class SafeTextBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    const QList<QUrl> &requestedResources() const { return m_document->requestedResources(); }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    SafeTextDocument *m_document;
};

} // namespace dp
