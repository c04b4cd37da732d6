// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionsession.h"

#include "languagechange.h"

#include "analyzer.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <numeric>

Q_LOGGING_CATEGORY(lcSession, "attention.session")

using namespace attention;

struct AttentionSession::Layer {
    LayerResult result;
    Matrix average; ///< (1/h)·Σ A_h of result's heads

    /// The weights of head `head`, or of the average for -1.
    const Matrix &weights(int head) const { return head < 0 ? average : result.heads[std::size_t(head)].weights; }
};

AttentionSession::AttentionSession(QObject *parent)
    : QObject(parent)
    , m_layer(std::make_unique<Layer>())
    , m_sentences(new SentenceListModel(this))
    , m_tokenModel(new TokenListModel(this))
    , m_targets(new TargetListModel(this))
    , m_matrix(new AttentionMatrixModel(this))
    , m_heads(new HeadListModel(this))
    , m_lessons(new LessonChecks(this))
{
    for (auto changed : { &AttentionSession::sentenceChanged, &AttentionSession::headIndexChanged,
             &AttentionSession::workspaceChanged })
        connect(this, changed, this, &AttentionSession::textsChanged);
    onLanguageChange(this, [this] { emit textsChanged(); });
    setWorkspace(new ModelWorkspace(this));
}

AttentionSession::~AttentionSession() = default;

void AttentionSession::setWorkspace(ModelWorkspace *workspace)
{
    if (!workspace || workspace == m_workspace)
        return;
    // The same model and sentences under a new handle (the window's built-in one replacing the session's own at
    // start-up) need no reload.
    const bool same = m_workspace && &m_workspace->get() == &workspace->get();
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        if (m_workspace->parent() == this)
            m_workspace->deleteLater();
    }
    m_workspace = workspace;
    m_lessons->setWorkspace(workspace);
    connect(m_workspace, &ModelWorkspace::changed, this, &AttentionSession::loadWorkspace);
    if (same)
        emit workspaceChanged();
    else
        loadWorkspace();
}

const AttentionModel &AttentionSession::model() const
{
    return *m_workspace->get().model;
}

void AttentionSession::loadWorkspace()
{
    const Workspace &w = m_workspace->get();
    m_heads->setHeads(w.model->heads());
    std::vector<SentenceListModel::Entry> entries;
    for (const Sentence &s : w.pack->sentences)
        entries.push_back({ s.id, s.title, s.pattern, s.text, false });
    m_sentences->setCurated(std::move(entries)); // (the learner's own sentences stay in the list)
    // The learner's own sentences are kept, read again by the new model.
    for (auto it = m_customTokens.begin(); it != m_customTokens.end(); ++it) {
        if (const SentenceListModel::Entry *entry = m_sentences->find(it.key())) {
            try {
                it.value() = model().tokenize(entry->text);
            } catch (const Error &) {
                // the new model cannot take it: it keeps the tokens it had
            }
        }
    }
    const int head = std::clamp(m_headIndex, -1, w.model->headCount() - 1);
    const bool headChanged = head != m_headIndex;
    m_headIndex = head;
    const bool layerChanged = m_layerIndex >= w.model->layerCount();
    if (layerChanged)
        m_layerIndex = 0;
    describeHeads();
    m_layer->result.heads.clear();
    m_sentenceId.clear();
    emit workspaceChanged();
    if (headChanged)
        emit headIndexChanged();
    if (layerChanged)
        emit layerIndexChanged();
    if (!w.pack->sentences.empty())
        setSentenceId(w.pack->sentences.front().id);
}

void AttentionSession::setSentenceId(const QString &id)
{
    if (id == m_sentenceId)
        return;
    if (const Sentence *s = m_workspace->get().sentence(id)) {
        m_title = s->title;
        m_pattern = s->pattern;
        m_explanation = s->explanation;
        m_text = s->text;
        m_custom = false;
        m_sentenceId = id;
        // A curated sentence opens in the head its lesson is about: the head of its first claim.
        m_lessonHead = s->expectations.empty() ? -2 : s->expectations.front().headIndex;
        const int head = m_lessonHead == -2 ? m_headIndex : m_lessonHead;
        const bool headChanged = head != m_headIndex;
        m_headIndex = head;
        showTokens(s->tokens);
        if (headChanged)
            emit headIndexChanged();
        return;
    }
    const auto custom = m_customTokens.constFind(id);
    const SentenceListModel::Entry *entry = m_sentences->find(id);
    if (custom == m_customTokens.constEnd() || !entry) {
        qCWarning(lcSession, "no sentence with the id \"%s\"", qPrintable(id));
        return;
    }
    m_title = entry->title;
    m_pattern.clear();
    m_explanation.clear();
    m_text = entry->text;
    m_custom = true;
    m_lessonHead = -2;
    m_sentenceId = id;
    showTokens(*custom);
}

std::vector<int> AttentionSession::claimedTokens() const
{
    std::vector<int> from;
    if (m_custom || !namedDimensions() || !m_workspace)
        return from;
    if (const Sentence *s = m_workspace->get().sentence(m_sentenceId)) {
        for (const Expectation &e : s->expectations) {
            if (e.headIndex == m_headIndex)
                from.push_back(e.from);
        }
    }
    return from;
}

QString AttentionSession::useText(const QString &text)
{
    const QString trimmed = text.simplified();
    std::vector<Token> tokens;
    try {
        tokens = model().tokenize(trimmed);
    } catch (const Error &e) {
        return e.localized();
    }
    if (tokens.empty())
        return tr("The text has no tokens.");
    const QString id = m_sentences->addCustom(trimmed);
    m_customTokens.insert(id, tokens);
    setSentenceId(id);
    return {};
}

bool AttentionSession::computeInBackground(const std::vector<Token> &tokens, bool newSentence)
{
    if (model().hasNamedDimensions() || int(tokens.size()) < kBackgroundTokens)
        return false;
    const int generation = ++m_generation;
    setBusy(true);
    const std::shared_ptr<const AttentionModel> shared = m_workspace->get().model;
    const Mask mask = m_causal ? Mask::causal() : Mask::none();
    const double temperature = m_temperature;
    const int layer = m_layerIndex;
    auto *watcher = new QFutureWatcher<LayerResult>(this);
    connect(watcher, &QFutureWatcher<LayerResult>::finished, this, [=] {
        watcher->deleteLater();
        if (generation != m_generation || shared != m_workspace->get().model)
            return; // a newer request (or another model) took over
        m_layer->result = watcher->result();
        m_layer->average = averageWeights(m_layer->result.heads);
        if (newSentence) {
            finishTokens(tokens);
            publishAllHeads(true);
            publishTokens();
            emit resultChanged();
        } else {
            publishAllHeads(false);
            publishWeights(false);
            emit resultChanged();
        }
        setBusy(false); // last: whoever waits for it finds the new tokens and numbers in place
    });
    watcher->setFuture(QtConcurrent::run([=] { return shared->compute(tokens, mask, temperature, layer); }));
    return true;
}

void AttentionSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AttentionSession::showTokens(const std::vector<Token> &tokens)
{
    if (computeInBackground(tokens, true))
        return;
    ++m_generation; // anything still computing is out of date
    setBusy(false);
    finishTokens(tokens);
    recompute();
    publishTokens();
}

void AttentionSession::finishTokens(const std::vector<Token> &tokens)
{
    m_tokens = tokens;
    m_tokenTexts = tokensOf(m_tokens);
    m_tokenLabels = tokenLabels(m_tokens);
    m_selectedToken = -1;
    m_notice.clear();
    if (int(m_tokens.size()) >= model().maxTokens()) {
        const int all = model().countTokens(m_text);
        if (all > model().maxTokens())
            m_notice = tr("This model reads at most %1 tokens; the text has %2, so only the first %1 are shown.")
                           .arg(model().maxTokens())
                           .arg(all);
    }
}

void AttentionSession::publishTokens()
{
    QList<bool> continuations;
    for (const Token &t : m_tokens)
        continuations << t.continuation;
    m_tokenModel->setTokens(m_tokenTexts, m_tokenLabels, continuations);
    publishWeights(true);
    emit sentenceChanged();
    emit selectedTokenChanged();
}

void AttentionSession::setHeadIndex(int index)
{
    if (index < -1 || index >= model().headCount() || index == m_headIndex)
        return;
    m_headIndex = index;
    publishWeights(false);
    emit headIndexChanged();
}

void AttentionSession::setSelectedToken(int index)
{
    if (index < -1 || index >= int(m_tokens.size()))
        index = -1;
    if (index == m_selectedToken)
        return;
    m_selectedToken = index;
    publishSelection();
    emit selectedTokenChanged();
}

void AttentionSession::setTemperature(qreal t)
{
    t = std::clamp<qreal>(t, 0.1, 10);
    if (qFuzzyCompare(t, m_temperature))
        return;
    m_temperature = t;
    recompute();
    publishWeights(false);
    emit temperatureChanged();
}

void AttentionSession::setCausal(bool causal)
{
    if (causal == m_causal)
        return;
    m_causal = causal;
    recompute();
    publishWeights(false);
    emit causalChanged();
}

void AttentionSession::openLesson(const QString &sentenceId, const QString &head, const QString &token)
{
    resetSettings();
    setSentenceId(sentenceId);
    setHeadIndex(headNamed(head));
    setSelectedToken(token.isEmpty() ? -1 : m_lessons->tokenIndex(sentenceId, token));
}

int AttentionSession::headNamed(const QString &name) const
{
    return model().headIndex(name);
}

void AttentionSession::resetSettings()
{
    setTemperature(1);
    setCausal(false);
}

QString AttentionSession::modelName() const
{
    return attention::translatedText(model().name());
}

QString AttentionSession::modelNote() const
{
    return model().note();
}

int AttentionSession::maxTextLength() const
{
    return int(kMaxTextCharacters);
}

int AttentionSession::maxTokens() const
{
    return std::min(kMaxTokens, model().maxTokens());
}

void AttentionSession::describeHeads()
{
    const Workspace &w = m_workspace->get();
    QStringList descriptions;
    for (int h = 0; h < w.model->headCount(); ++h)
        descriptions << w.headDescription(m_layerIndex, h);
    m_heads->setDescriptions(descriptions);
}

void AttentionSession::setLayerIndex(int index)
{
    if (index < 0 || index >= model().layerCount() || index == m_layerIndex)
        return;
    m_layerIndex = index;
    emit layerIndexChanged();
    describeHeads();
    if (m_tokens.empty())
        return;
    recompute();
    publishWeights(false);
}

int AttentionSession::layerCount() const
{
    return model().layerCount();
}

bool AttentionSession::alwaysCausal() const
{
    return model().alwaysCausal();
}

bool AttentionSession::namedDimensions() const
{
    return model().hasNamedDimensions();
}

void AttentionSession::recompute()
{
    if (computeInBackground(m_tokens, false))
        return;
    const bool newSentence = m_layer->result.heads.empty()
        || m_layer->result.heads.front().weights.rows() != Eigen::Index(m_tokens.size())
        || m_heads->matrix(-1)->tokens() != m_tokenLabels;
    m_layer->result = model().compute(m_tokens, m_causal ? Mask::causal() : Mask::none(), m_temperature, m_layerIndex);
    m_layer->average = averageWeights(m_layer->result.heads);
    publishAllHeads(newSentence);
    emit resultChanged();
}

QStringList AttentionSession::tokensOf(const std::vector<Token> &tokens)
{
    QStringList texts;
    for (const Token &t : tokens)
        texts << t.label();
    return texts;
}

namespace {

/// Copies an attention matrix into a model: a reset for a new sentence, dataChanged otherwise.
void publish(AttentionMatrixModel *model, const QStringList &tokens, const Matrix &weights, const Matrix &masked,
    bool newSentence)
{
    const auto n = std::size_t(weights.rows());
    std::vector<double> values(n * n);
    std::vector<bool> maskedCells(n * n);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            values[i * n + j] = weights(Eigen::Index(i), Eigen::Index(j));
            maskedCells[i * n + j] = masked(Eigen::Index(i), Eigen::Index(j)) == kMasked;
        }
    }
    if (newSentence || model->size() != int(n))
        model->setMatrix(tokens, std::move(values), std::move(maskedCells));
    else
        model->updateWeights(std::move(values), std::move(maskedCells));
}

} // namespace

const LayerResult &AttentionSession::result() const
{
    return m_layer->result;
}

void AttentionSession::publishWeights(bool newSentence)
{
    publish(m_matrix, m_tokenLabels, m_layer->weights(m_headIndex), m_layer->result.heads.front().masked, newSentence);
    publishSelection();
}

void AttentionSession::publishAllHeads(bool newSentence)
{
    const Matrix &masked = m_layer->result.heads.front().masked;
    for (std::size_t h = 0; h < m_layer->result.heads.size(); ++h)
        publish(m_heads->matrix(int(h)), m_tokenLabels, m_layer->result.heads[h].weights, masked, newSentence);
    publish(m_heads->matrix(-1), m_tokenLabels, m_layer->average, masked, newSentence);
}

void AttentionSession::publishSelection()
{
    // The selected row and its order, strongest first (ties by position), sorted once for every view.
    std::vector<double> row;
    std::vector<int> order;
    if (m_selectedToken >= 0) {
        // (from the computed layer, not read back from the table the views show)
        const Matrix &w = m_layer->weights(m_headIndex);
        for (Eigen::Index j = 0; j < w.cols(); ++j)
            row.push_back(w(m_selectedToken, j));
        order.resize(row.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(
            order.begin(), order.end(), [&](int a, int b) { return row[std::size_t(a)] > row[std::size_t(b)]; });
    }
    m_selectedWeights = QList<qreal>(row.begin(), row.end());
    m_ranking = QList<int>(order.begin(), order.end());
    m_tokenModel->setSelection(m_selectedToken, row, order);
    m_targets->setRow(m_selectedToken, m_tokenLabels, row, order);
    emit weightsChanged();
}
