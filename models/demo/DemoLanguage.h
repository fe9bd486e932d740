// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace dp::demo {

// The language a team sells in, and its buyers write in.
enum class Language : quint8 { English, Romanian };

} // namespace dp::demo
