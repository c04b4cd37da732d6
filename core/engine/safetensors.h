// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QString>

#include "attention.h"

#include <memory>
#include <mutex>
#include <vector>

namespace attention {

/// A .safetensors file, memory-mapped and validated before any tensor is used (format: an 8-byte little-endian
/// header length N ≤ 100 MB, N bytes of JSON {name: {"dtype", "shape", "data_offsets": [begin, end]}}, then the
/// data). Every tensor's shape × dtype size must equal its byte span, the spans must lie inside the file and cover
/// the data contiguously without overlapping. Tensors of dtype F32, F16 and BF16 can be read (as float); others
/// may be present but not read. Errors name the file and the tensor.
class SafeTensors
{
public:
    enum class DType { F32, F16, BF16, Other };
    struct Tensor {
        QString dtypeName;
        DType dtype = DType::Other;
        std::vector<qint64> shape;
        qint64 begin = 0; ///< byte offset in the data section
        qint64 end = 0;
    };

    /// Opens and validates; throws Error("FILE: problem") or Error("FILE: tensor \"NAME\": problem").
    static std::shared_ptr<const SafeTensors> open(const QString &path);
    ~SafeTensors();

    const QString &path() const { return m_path; }
    qint64 fileSize() const { return m_size; }
    bool contains(const QString &name) const { return m_tensors.contains(name); }
    /// The tensor's description; throws Error naming it when it is missing.
    const Tensor &tensor(const QString &name) const;
    QStringList names() const { return m_tensors.keys(); }

    /// A tensor as a float matrix of `rows` × `cols` (a vector is 1 × n); checks that its shape is exactly
    /// `shape`. F32 data is used in place (no copy) when it is aligned; F16 and BF16 are converted.
    /// Throws Error naming the file and the tensor.
    MatrixF matrix(const QString &name, const std::vector<qint64> &shape) const;
    /// A float matrix that uses the mapped file's bytes in place when the tensor is F32 (no copy: the weights of a
    /// 440 MB checkpoint take no memory beyond the file's pages) and a converted copy for F16 and BF16. Keeps the
    /// file mapped while it lives. Same checks as matrix().
    struct View {
        std::shared_ptr<const SafeTensors> file;
        QString name;
        MatrixF owned;
        const float *data = nullptr; ///< in the mapped file, when not owned
        Eigen::Index rows = 0, cols = 0;
        Eigen::Map<const MatrixF> m() const { return { owned.size() ? owned.data() : data, rows, cols }; }
        /// A copy of row `i`, checked for NaN and infinity (for a table checked row by row, see Check::RowsOnUse).
        /// A row of a table in a mapped file is read from the file rather than through the mapping, so the few rows
        /// a text uses do not bring the table's pages into the process's memory.
        RowVectorF row(Eigen::Index i) const;
        [[noreturn]] void failRow(Eigen::Index i) const;
    };
    /// When a view's values are checked for NaN and infinity: all at once when it is made, or row by row as they are
    /// used (a word-embedding table: a forward pass reads a few of its rows, so the rest of the file's pages are
    /// never read — opening stays fast and memory stays at the weights actually used).
    enum class Check { Now, RowsOnUse };
    static View view(const std::shared_ptr<const SafeTensors> &file, const QString &name,
        const std::vector<qint64> &shape, Check check = Check::Now);

    /// Reads `length` bytes at `offset` of the file (thread-safe); throws Error naming the file when it cannot.
    void readAt(qint64 offset, void *into, qint64 length) const;

    /// The raw bytes of a tensor (inside the mapped file).
    const uchar *data(const Tensor &t) const { return m_data + t.begin; }

private:
    SafeTensors() = default;
    QString m_path;
    mutable QFile m_file; ///< stays open: mapped, and read by readAt()
    mutable std::mutex m_readLock; ///< m_file's position, for readAt()
    QByteArray m_buffer; ///< the file's bytes when it cannot be mapped (a file compiled into the app)
    qint64 m_size = 0;
    const uchar *m_map = nullptr;
    const uchar *m_data = nullptr; ///< the data section
    QHash<QString, Tensor> m_tensors;
};

/// IEEE half and bfloat16 → float.
float halfToFloat(quint16 h);
float bfloat16ToFloat(quint16 b);

} // namespace attention
