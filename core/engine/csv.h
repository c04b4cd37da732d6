// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace attention {

/// C0 and C1 control characters (and DEL): what a terminal may act on.
bool isControlCharacter(char16_t u);
/// `u` written as \xNN.
QString hexEscape(char16_t u);

/// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; other control characters (a
/// terminal's escape sequences) written as \xNN.
QString csvField(const QString &text);

/// An n×n matrix over `labels` as CSV: a header row of the labels (after an empty corner), then one row per label;
/// `cell(i, j)` writes a value.
QByteArray csvMatrix(const QStringList &labels, const std::function<QString(int, int)> &cell);

} // namespace attention
