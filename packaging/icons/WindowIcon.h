// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's icon for its windows: the PNGs rendered from packaging/icons/io.dealpulse.Dealpulse.svg
// at build time and embedded, so the window shows it even where no icon theme is installed.

#include <QIcon>

namespace dp {

QIcon windowIcon();

} // namespace dp
