// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRgb>

/// Perceptually uniform, colour-blind-safe sequential colour maps for attention weights.
enum class Palette { Viridis, Cividis };

/// The colour of `value` in [0, 1] (clamped): dark for 0, bright for 1.
QRgb paletteColor(Palette palette, double value);
