// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace attention {

bool isControlCharacter(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u < 0xa0);
}

QString hexEscape(char16_t u)
{
    return QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
}

QString csvField(const QString &text)
{
    QString s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        s += isControlCharacter(u) && u != u'\n' && u != u'\r' ? hexEscape(u) : QString(c);
    }
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    return QLatin1Char('"') + s.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QByteArray csvMatrix(const QStringList &labels, const std::function<QString(int, int)> &cell)
{
    QStringList header { QString() };
    for (const QString &label : labels)
        header << csvField(label);
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int i = 0; i < labels.size(); ++i) {
        QStringList row { csvField(labels[i]) };
        for (int j = 0; j < labels.size(); ++j)
            row << cell(i, j);
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

} // namespace attention
