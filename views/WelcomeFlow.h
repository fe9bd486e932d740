// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the welcome page's choices do in the window: Settings → CRM with HubSpot or Salesforce chosen, or
// the demo pipeline in its own cache (the one `dealpulse --demo` opens), made first when it is missing or
// old, with progress in the status bar. The user's own cache and its settings are left as they are.

namespace dp {

class MainWindow;
class WelcomePage;

void connectWelcome(MainWindow &window, WelcomePage &page);
// Opens the demo pipeline in `window`, making it on a worker first when needed.
void exploreDemo(MainWindow &window);

} // namespace dp
