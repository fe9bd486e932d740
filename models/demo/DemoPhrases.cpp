// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPhrases.h"

namespace dp::demo {

DemoPhrases::DemoPhrases() {
    loadEmailText(*this);
    loadConversationText(*this);
    loadNames(*this);
}

} // namespace dp::demo
