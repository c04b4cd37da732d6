// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonio.h"

#include <QFile>
#include <QJsonObject>

#include <cmath>

namespace attention::json {
namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

/// Reads a rectangular list of lists, converting each entry with `entry(value, where) → T`.
template<typename Result, typename Convert> Result toGrid(const QJsonValue &value, const QString &where, Convert entry)
{
    if (!value.isArray())
        fail(where, QT_TRANSLATE_NOOP("Error", "expected a list of rows, got %1"), { json::argText(kindOf(value)) });
    const QJsonArray rows = value.toArray();
    Eigen::Index cols = 0;
    if (!rows.isEmpty()) {
        if (!rows.first().isArray())
            fail(where, QT_TRANSLATE_NOOP("Error", "row 1: expected a list of numbers, got %1"),
                { json::argText(kindOf(rows.first())) });
        cols = rows.first().toArray().size();
    }
    if (Eigen::Index(rows.size()) * cols > kMaxEntries)
        fail(where, QT_TRANSLATE_NOOP("Error", "%1×%2 entries is more than the limit of %3"),
            { json::argText(rows.size()), json::argText(cols), json::argText(kMaxEntries) });
    Result out(rows.size(), cols);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows[r].isArray())
            fail(where, QT_TRANSLATE_NOOP("Error", "row %1: expected a list, got %2"),
                { json::argText(r + 1), json::argText(kindOf(rows[r])) });
        const QJsonArray row = rows[r].toArray();
        if (row.size() != cols)
            fail(where, QT_TRANSLATE_NOOP("Error", "row %1 has %2 entries, but row 1 has %3"),
                { json::argText(r + 1), json::argText(row.size()), json::argText(cols) });
        for (qsizetype c = 0; c < cols; ++c)
            out(r, c) = entry(row[c], QStringLiteral("%1: row %2, column %3").arg(where).arg(r + 1).arg(c + 1));
    }
    return out;
}

} // namespace

std::string text(const QString &s)
{
    return s.toStdString();
}

void fail(const QString &where, const QString &problem)
{
    throw Error(text(where + QStringLiteral(": ") + problem));
}

void fail(const QString &where, const char *problemTemplate, const QStringList &arguments)
{
    throw Error(where, problemTemplate, arguments);
}

QString requireText(const QJsonObject &o, const char *key, const QString &where, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(QStringLiteral("%1: field \"%2\"").arg(where, QLatin1String(key)),
            v.isUndefined() ? QT_TRANSLATE_NOOP("Error", "missing")
                            : QT_TRANSLATE_NOOP("Error", "expected a non-empty text"),
            {});
    return v.toString();
}

void requireFormat(const QJsonObject &o, const QString &source, const char *format)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String(format))
        fail(source, QT_TRANSLATE_NOOP("Error", "field \"format\": expected \"%1\""),
            { json::argText(QLatin1String(format)) });
    if (o.value(QLatin1String("version")).toInt() != 1)
        fail(source, QT_TRANSLATE_NOOP("Error", "field \"version\": only version 1 is understood"), {});
}

QByteArray readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, QT_TRANSLATE_NOOP("Error", "cannot open: %1"), { json::argText(file.errorString()) });
    if (file.size() > maxBytes)
        fail(path, QT_TRANSLATE_NOOP("Error", "the file is %1 bytes, more than the limit of %2"),
            { json::argText(file.size()), json::argText(maxBytes) });
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        fail(path, QT_TRANSLATE_NOOP("Error", "the file is more than the limit of %1 bytes"),
            { json::argText(maxBytes) });
    return bytes;
}

QJsonDocument parseObject(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const auto line = before.count('\n') + 1;
        const auto column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        fail(QStringLiteral("%1:%2:%3").arg(source).arg(line).arg(column),
            QT_TRANSLATE_NOOP("Error", "invalid JSON: %1"), { json::argText(error.errorString()) });
    }
    if (!doc.isObject())
        fail(source, QT_TRANSLATE_NOOP("Error", "expected a JSON object at the top level"), {});
    return doc;
}

double toNumber(const QJsonValue &value, const QString &where)
{
    if (!value.isDouble())
        fail(where, QT_TRANSLATE_NOOP("Error", "expected a number, got %1"), { json::argText(kindOf(value)) });
    const double d = value.toDouble();
    if (!std::isfinite(d))
        fail(where, QT_TRANSLATE_NOOP("Error", "the number is not finite"), {});
    return d;
}

Matrix toMatrix(const QJsonValue &value, const QString &where)
{
    return toGrid<Matrix>(value, where, toNumber);
}

Matrix toMatrixWithMinusInf(const QJsonValue &value, const QString &where)
{
    return toGrid<Matrix>(value, where, [](const QJsonValue &v, const QString &at) {
        if (v.isNull() || v.toString() == QLatin1String("-inf"))
            return kMasked;
        return toNumber(v, at);
    });
}

BoolMatrix toBoolMatrix(const QJsonValue &value, const QString &where)
{
    return toGrid<BoolMatrix>(value, where, [](const QJsonValue &v, const QString &at) {
        if (v.isBool())
            return v.toBool();
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() == 1;
        fail(at, QT_TRANSLATE_NOOP("Error", "expected true/false or 1/0, got %1"), { json::argText(kindOf(v)) });
    });
}

RowVector toRowVector(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        fail(where, QT_TRANSLATE_NOOP("Error", "expected a list of numbers, got %1"), { json::argText(kindOf(value)) });
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxEntries)
        fail(where, QT_TRANSLATE_NOOP("Error", "more than %1 entries"), { json::argText(kMaxEntries) });
    RowVector out(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        out(i) = toNumber(list[i], QStringLiteral("%1: entry %2").arg(where).arg(i + 1));
    return out;
}

QJsonArray fromRowVector(const RowVector &v)
{
    QJsonArray out;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        out.append(std::isinf(v(i)) && v(i) < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v(i)));
    return out;
}

QJsonArray fromMatrix(const Matrix &m)
{
    QJsonArray rows;
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        rows.append(fromRowVector(m.row(r)));
    return rows;
}

} // namespace attention::json
