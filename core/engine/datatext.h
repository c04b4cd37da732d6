// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace attention {

/// Text of the built-in data (a head's name and description, a sentence's title, pattern and explanation, lesson
/// notes, the quiz) in the current language, from the "Data" context of the app's translations (extracted from the
/// JSON files by translations/CMakeLists.txt); a teacher's own text, which has no translation, as it is.
inline QString translatedText(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("Data", text.toUtf8().constData());
}

} // namespace attention
