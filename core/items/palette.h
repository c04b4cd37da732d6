// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRgb>
#include <QString>

/// Perceptually uniform sequential colour maps for attention weights: viridis, cividis (also for readers with a
/// red–green or blue–yellow colour vision deficiency) and greyscale (for printing: white paper for 0, black for 1).
enum class Palette { Viridis, Cividis, Greyscale };

/// The colour of `value` in [0, 1] (clamped; NaN as 0): viridis and cividis dark for 0 and bright for 1, greyscale
/// white for 0 and black for 1, in even steps of lightness (CIE L*).
QRgb paletteColor(Palette palette, double value);
/// "viridis", "cividis" or "greyscale"; any other name is viridis.
Palette paletteNamed(const QString &name);
QString paletteName(Palette palette);
