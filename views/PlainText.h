// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text from the CRM, the mail or the user shown in a tooltip. Qt renders a tooltip as rich text whenever
// Qt::mightBeRichText() guesses so (a deal named "<img src=…>" would load that file), so such a tooltip is
// always rich text with the data escaped: it then reads exactly as written.

#include <QString>

namespace dp {

QString plainToolTip(const QString &text);

} // namespace dp
