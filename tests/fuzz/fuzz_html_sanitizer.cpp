// Email HTML from anyone: the sanitizer must finish, bounded, on every body, and what it returns must be
// safe to hand to a rich-text widget (nothing that loads or runs, whatever the input spelled).

#include "FuzzInput.h"

#include "text/HtmlSanitizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString html = dp::fuzz::utf8(data, size);
    dp::SanitizeOptions options;
    options.positiveWords = {QStringLiteral("great"), QStringLiteral("thanks")};
    options.negativeWords = {QStringLiteral("cancel"), QStringLiteral("no")};
    const QString safe = dp::sanitizeEmailHtml(html, options);
    const QString lower = safe.toLower();
    DP_FUZZ_CHECK(!lower.contains(QLatin1String("<img")));
    DP_FUZZ_CHECK(!lower.contains(QLatin1String("<script")));
    DP_FUZZ_CHECK(!lower.contains(QLatin1String("<style")));
    DP_FUZZ_CHECK(!lower.contains(QLatin1String("javascript:")));
    DP_FUZZ_CHECK(!lower.contains(QLatin1String(" src=")));
    DP_FUZZ_CHECK(!lower.contains(QLatin1String(" style=")));
    // What we made must read back to text without trouble (the reader's preview and search do this).
    (void)dp::htmlToPlainText(safe);
    (void)dp::htmlToPlainText(html);
    return 0;
}
