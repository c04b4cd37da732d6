// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetensors.h"

#include "attention.h"
#include "jsonio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace attention {
namespace {

constexpr qint64 kMaxHeaderBytes = 100LL * 1024 * 1024;
constexpr qint64 kMaxDimension = qint64(1) << 31;

[[noreturn]] void fail(const QString &path, const char *problemTemplate, const QStringList &arguments)
{
    throw Error(path, problemTemplate, arguments);
}

[[noreturn]] void failTensor(const QString &path, const QString &name, const QString &problem)
{
    fail(path, QT_TRANSLATE_NOOP("Error", "tensor \"%1\": %2"), { json::argText(name), json::argText(problem) });
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (const qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

float halfToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000) << 16;
    quint32 exponent = (h >> 10) & 0x1f;
    quint32 mantissa = h & 0x3ff;
    quint32 bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else { // subnormal: normalise
            int e = -1;
            do {
                ++e;
                mantissa <<= 1;
            } while ((mantissa & 0x400) == 0);
            bits = sign | quint32(127 - 15 - e) << 23 | (mantissa & 0x3ff) << 13;
        }
    } else if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | mantissa << 13;
    } else {
        bits = sign | (exponent + 127 - 15) << 23 | mantissa << 13;
    }
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

float bfloat16ToFloat(quint16 b)
{
    const quint32 bits = quint32(b) << 16;
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

SafeTensors::~SafeTensors()
{
    if (m_map && m_buffer.isEmpty())
        m_file.unmap(const_cast<uchar *>(m_map));
}

std::shared_ptr<const SafeTensors> SafeTensors::open(const QString &path)
{
    std::shared_ptr<SafeTensors> st(new SafeTensors);
    st->m_path = path;
    st->m_file.setFileName(path);
    if (!st->m_file.open(QIODevice::ReadOnly))
        fail(path, QT_TRANSLATE_NOOP("Error", "cannot open: %1"), { json::argText(st->m_file.errorString()) });
    st->m_size = st->m_file.size();
    if (st->m_size < 8)
        fail(path,
            QT_TRANSLATE_NOOP("Error", "not a safetensors file: %1 bytes, shorter than its 8-byte header length"),
            { json::argText(st->m_size) });
    st->m_map = st->m_file.map(0, st->m_size);
    if (!st->m_map) {
        // not mappable (a compressed resource compiled into the app): read it instead
        st->m_buffer = st->m_file.readAll();
        if (st->m_buffer.size() != st->m_size)
            fail(path, QT_TRANSLATE_NOOP("Error", "cannot read the file: %1"),
                { json::argText(st->m_file.errorString()) });
        st->m_map = reinterpret_cast<const uchar *>(st->m_buffer.constData());
    }
    const quint64 headerLength = qFromLittleEndian<quint64>(st->m_map);
    if (headerLength > quint64(kMaxHeaderBytes))
        fail(path, QT_TRANSLATE_NOOP("Error", "the header claims %1 bytes; the limit is %2"),
            { json::argText(headerLength), json::argText(kMaxHeaderBytes) });
    if (qint64(headerLength) > st->m_size - 8)
        fail(path, QT_TRANSLATE_NOOP("Error", "the header claims %1 bytes but the file has only %2 after its length"),
            { json::argText(headerLength), json::argText(st->m_size - 8) });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(st->m_map + 8), qsizetype(headerLength)), &error);
    if (error.error != QJsonParseError::NoError)
        fail(path, QT_TRANSLATE_NOOP("Error", "the header is not valid JSON at byte %1: %2"),
            { json::argText(error.offset), json::argText(error.errorString()) });
    if (!doc.isObject())
        fail(path, QT_TRANSLATE_NOOP("Error", "the header is not a JSON object"), {});
    st->m_data = st->m_map + 8 + headerLength;
    const qint64 dataSize = st->m_size - 8 - qint64(headerLength);

    const QJsonObject header = doc.object();
    std::vector<std::pair<qint64, QString>> order;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("__metadata__"))
            continue;
        if (!it.value().isObject())
            failTensor(path, name, QStringLiteral("expected an object with dtype, shape and data_offsets"));
        const QJsonObject o = it.value().toObject();
        Tensor t;
        t.dtypeName = o.value(QLatin1String("dtype")).toString();
        static const QHash<QString, std::pair<DType, int>> dtypes = {
            { QStringLiteral("F32"), { DType::F32, 4 } },
            { QStringLiteral("F16"), { DType::F16, 2 } },
            { QStringLiteral("BF16"), { DType::BF16, 2 } },
            { QStringLiteral("F64"), { DType::Other, 8 } },
            { QStringLiteral("I64"), { DType::Other, 8 } },
            { QStringLiteral("U64"), { DType::Other, 8 } },
            { QStringLiteral("I32"), { DType::Other, 4 } },
            { QStringLiteral("U32"), { DType::Other, 4 } },
            { QStringLiteral("I16"), { DType::Other, 2 } },
            { QStringLiteral("U16"), { DType::Other, 2 } },
            { QStringLiteral("I8"), { DType::Other, 1 } },
            { QStringLiteral("U8"), { DType::Other, 1 } },
            { QStringLiteral("BOOL"), { DType::Other, 1 } },
            { QStringLiteral("F8_E4M3"), { DType::Other, 1 } },
            { QStringLiteral("F8_E5M2"), { DType::Other, 1 } },
        };
        if (!dtypes.contains(t.dtypeName))
            failTensor(path, name, QStringLiteral("unknown dtype \"%1\"").arg(t.dtypeName));
        const auto [dtype, itemSize] = dtypes.value(t.dtypeName);
        t.dtype = dtype;
        const QJsonValue shape = o.value(QLatin1String("shape"));
        if (!shape.isArray())
            failTensor(path, name, QStringLiteral("\"shape\" must be a list of sizes"));
        qint64 elements = 1;
        for (const QJsonValue &d : shape.toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v > double(kMaxDimension) || v != std::floor(v))
                failTensor(path, name, QStringLiteral("\"shape\" must be a list of sizes from 0 to 2^31"));
            t.shape.push_back(qint64(v));
            if (t.shape.back() != 0 && elements > std::numeric_limits<qint64>::max() / 8 / t.shape.back())
                failTensor(path, name, QStringLiteral("shape %1 is too large").arg(shapeText(t.shape)));
            elements *= t.shape.back();
        }
        const QJsonArray offsets = o.value(QLatin1String("data_offsets")).toArray();
        if (offsets.size() != 2 || !offsets[0].isDouble() || !offsets[1].isDouble())
            failTensor(path, name, QStringLiteral("\"data_offsets\" must be [begin, end]"));
        const double b = offsets[0].toDouble(), e = offsets[1].toDouble();
        if (b < 0 || e < b || b != std::floor(b) || e != std::floor(e) || e > double(dataSize))
            failTensor(path, name,
                QStringLiteral("data_offsets [%1, %2] lie outside the %3 bytes of data")
                    .arg(b, 0, 'f', 0)
                    .arg(e, 0, 'f', 0)
                    .arg(dataSize));
        t.begin = qint64(b);
        t.end = qint64(e);
        if (t.end - t.begin != elements * itemSize)
            failTensor(path, name,
                QStringLiteral("shape %1 of %2 needs %3 bytes, but data_offsets span %4")
                    .arg(shapeText(t.shape), t.dtypeName)
                    .arg(elements * itemSize)
                    .arg(t.end - t.begin));
        order.emplace_back(t.begin, name);
        st->m_tensors.insert(name, t);
    }
    // The tensors' spans must tile the data section: sorted by offset, each starts where the previous ended.
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        const Tensor &ta = st->m_tensors[a.second], &tb = st->m_tensors[b.second];
        return ta.begin != tb.begin ? ta.begin < tb.begin : ta.end < tb.end;
    });
    qint64 expected = 0;
    for (const auto &[begin, name] : order) {
        const Tensor &t = st->m_tensors[name];
        if (t.begin < expected)
            failTensor(
                path, name, QStringLiteral("its bytes [%1, %2) overlap another tensor's").arg(t.begin).arg(t.end));
        if (t.begin > expected)
            failTensor(
                path, name, QStringLiteral("bytes [%1, %2) before it belong to no tensor").arg(expected).arg(t.begin));
        expected = t.end;
    }
    if (expected != dataSize)
        fail(path, QT_TRANSLATE_NOOP("Error", "the last %1 bytes of data belong to no tensor"),
            { json::argText(dataSize - expected) });
    return st;
}

const SafeTensors::Tensor &SafeTensors::tensor(const QString &name) const
{
    const auto it = m_tensors.constFind(name);
    if (it == m_tensors.constEnd())
        failTensor(m_path, name, QStringLiteral("missing"));
    return *it;
}

RowVectorF SafeTensors::View::row(Eigen::Index i) const
{
    RowVectorF r(cols);
    if (owned.size() || !file->m_buffer.isEmpty())
        r = m().row(i);
    else
        file->readAt(reinterpret_cast<const uchar *>(data + i * cols) - file->m_map, r.data(), qint64(cols) * 4);
    if (!r.allFinite())
        failRow(i);
    return r;
}

void SafeTensors::readAt(qint64 offset, void *into, qint64 length) const
{
    const std::lock_guard<std::mutex> lock(m_readLock);
    QFile &f = m_file;
    if (!f.seek(offset) || f.read(static_cast<char *>(into), length) != length)
        fail(m_path, QT_TRANSLATE_NOOP("Error", "cannot read %1 bytes at %2: %3"),
            { json::argText(length), json::argText(offset), json::argText(f.errorString()) });
}

void SafeTensors::View::failRow(Eigen::Index i) const
{
    failTensor(file->m_path, name, QStringLiteral("row %1 contains NaN or infinity").arg(i));
}

SafeTensors::View SafeTensors::view(
    const std::shared_ptr<const SafeTensors> &file, const QString &name, const std::vector<qint64> &shape, Check check)
{
    const Tensor &t = file->tensor(name);
    View v;
    v.file = file;
    v.name = name;
    const uchar *p = file->data(t);
    if (t.dtype == DType::F32 && t.shape == shape && reinterpret_cast<quintptr>(p) % alignof(float) == 0) {
        v.rows = shape.size() == 2 ? Eigen::Index(shape[0]) : 1;
        v.cols = shape.size() == 2 ? Eigen::Index(shape[1]) : (shape.empty() ? 1 : Eigen::Index(shape[0]));
        v.data = reinterpret_cast<const float *>(p);
        if (check == Check::Now && !v.m().allFinite())
            failTensor(file->m_path, name, QStringLiteral("contains NaN or infinity"));
        return v;
    }
    v.owned = file->matrix(name, shape);
    v.rows = v.owned.rows();
    v.cols = v.owned.cols();
    return v;
}

MatrixF SafeTensors::matrix(const QString &name, const std::vector<qint64> &shape) const
{
    const Tensor &t = tensor(name);
    if (t.shape != shape)
        failTensor(m_path, name, QStringLiteral("has shape %1, expected %2").arg(shapeText(t.shape), shapeText(shape)));
    if (t.dtype == DType::Other)
        failTensor(m_path, name, QStringLiteral("dtype %1 is not supported (F32, F16 or BF16)").arg(t.dtypeName));
    const Eigen::Index rows = shape.size() == 2 ? Eigen::Index(shape[0]) : 1;
    const Eigen::Index cols = shape.size() == 2 ? Eigen::Index(shape[1]) : (shape.empty() ? 1 : Eigen::Index(shape[0]));
    MatrixF m(rows, cols);
    const uchar *p = data(t);
    const qint64 count = qint64(rows) * cols;
    switch (t.dtype) {
    case DType::F32:
        std::memcpy(m.data(), p, std::size_t(count) * 4); // little-endian on every platform the app targets
        break;
    case DType::F16:
        for (qint64 i = 0; i < count; ++i)
            m.data()[i] = halfToFloat(qFromLittleEndian<quint16>(p + 2 * i));
        break;
    case DType::BF16:
        for (qint64 i = 0; i < count; ++i)
            m.data()[i] = bfloat16ToFloat(qFromLittleEndian<quint16>(p + 2 * i));
        break;
    case DType::Other:
        break;
    }
    if (!m.allFinite())
        failTensor(m_path, name, QStringLiteral("contains NaN or infinity"));
    return m;
}

} // namespace attention
