// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

/// Calls `changed` (in `context`'s thread, while `context` lives) each time the application's translations change:
/// a language chosen in the settings. Models that show the built-in data's text (attention::translatedText) use it
/// to tell their views to read that text again.
void onLanguageChange(QObject *context, std::function<void()> changed);
