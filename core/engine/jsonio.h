// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attention.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>

/// Reading and writing the engine's matrices as JSON, with errors that say where the problem is.
#include <type_traits>

namespace attention::json {

/// Largest input file the app reads (bytes); larger files are refused before parsing.
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
/// Largest number of entries in one matrix read from a file.
inline constexpr Eigen::Index kMaxEntries = 64LL * 1024 * 1024;

/// Reads a whole file; throws Error("FILE: problem") when it is missing, unreadable or larger than kMaxFileBytes.
QByteArray readFile(const QString &path, qint64 maxBytes = kMaxFileBytes);

/// Parses JSON text; throws Error("SOURCE:LINE:COLUMN: problem") when it is not valid JSON or not an object.
QJsonDocument parseObject(const QByteArray &bytes, const QString &source);

/// A list of equally long lists of finite numbers → Matrix [rows×cols]. `where` prefixes every error.
Matrix toMatrix(const QJsonValue &value, const QString &where);
/// A list of finite numbers → RowVector.
RowVector toRowVector(const QJsonValue &value, const QString &where);
/// Like toMatrix, but null or "-inf" entries read as −∞ (for additive masks).
Matrix toMatrixWithMinusInf(const QJsonValue &value, const QString &where);
/// A list of equally long lists of booleans (or 0/1) → BoolMatrix.
BoolMatrix toBoolMatrix(const QJsonValue &value, const QString &where);

/// Matrix → list of rows; −∞ is written as null (JSON has no infinity).
QJsonArray fromMatrix(const Matrix &m);
QJsonArray fromRowVector(const RowVector &v);

/// A finite number; throws when the value is not one.
double toNumber(const QJsonValue &value, const QString &where);

/// Converts for Error messages.
std::string text(const QString &s);

/// Throws Error("WHERE: PROBLEM").
[[noreturn]] void fail(const QString &where, const QString &problem);
/// Throws Error("WHERE: PROBLEM") with the problem as a translatable template (QT_TRANSLATE_NOOP("Error", …)) and its
/// arguments, so the window can show it in the user's language (Error::localized()).
[[noreturn]] void fail(const QString &where, const char *problemTemplate, const QStringList &arguments);

/// An argument of an error template as text.
inline QString argText(const QString &s)
{
    return s;
}
inline QString argText(QLatin1String s)
{
    return s;
}
template<typename Number> std::enable_if_t<std::is_integral_v<Number>, QString> argText(Number n)
{
    return QString::number(n);
}
inline QString argText(double n)
{
    return QString::number(n, 'g', QLocale::FloatingPointShortest);
}

/// The non-empty text in field `key` of `o`; throws naming `where` and the field when it is missing (and `required`)
/// or not a non-empty text. Returns an empty string for a missing optional field.
QString requireText(const QJsonObject &o, const char *key, const QString &where, bool required = true);

/// Checks that `o` declares `"format": FORMAT` and `"version": 1`.
void requireFormat(const QJsonObject &o, const QString &source, const char *format);

} // namespace attention::json
