// SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attentionmatrixmodel.h"
#include "datatext.h"
#include "headlistmodel.h"
#include "lessonchecks.h"
#include "modelworkspace.h"
#include "sentencelistmodel.h"
#include "targetlistmodel.h"
#include "tokenlistmodel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace attention {
class AttentionModel;
struct LayerResult;
struct Token;
} // namespace attention

/// The sentence, head, token and softmax settings a learner is looking at, and the attention the teaching model
/// computes for them. Everything shown in the app is read from here; nothing is computed in QML.
class AttentionSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The model and sentences (the built-in ones unless set).
    Q_PROPERTY(ModelWorkspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged FINAL)
    /// Questions the lessons and the quiz check answers with, about the same workspace.
    Q_PROPERTY(LessonChecks *lessons READ lessons CONSTANT FINAL)
    Q_PROPERTY(QString sentenceId READ sentenceId WRITE setSentenceId NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QString text READ text NOTIFY sentenceChanged FINAL)
    // the sentence's, the head's and the model's text, in the current language (textsChanged: also when it changes)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged FINAL)
    Q_PROPERTY(QString pattern READ pattern NOTIFY textsChanged FINAL)
    Q_PROPERTY(QString explanation READ explanation NOTIFY textsChanged FINAL)
    Q_PROPERTY(bool custom READ isCustom NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(int lessonHead READ lessonHead NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QList<QString> tokens READ tokens NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(QList<QString> labels READ labels NOTIFY sentenceChanged FINAL)
    Q_PROPERTY(SentenceListModel *sentences READ sentences CONSTANT FINAL)
    Q_PROPERTY(TokenListModel *tokenModel READ tokenModel CONSTANT FINAL)
    Q_PROPERTY(TargetListModel *targets READ targets CONSTANT FINAL)
    Q_PROPERTY(AttentionMatrixModel *matrix READ matrix CONSTANT FINAL)
    Q_PROPERTY(HeadListModel *heads READ heads CONSTANT FINAL)
    Q_PROPERTY(int headIndex READ headIndex WRITE setHeadIndex NOTIFY headIndexChanged FINAL)
    /// The name and description of the head shown ("All heads (average)" for the average).
    Q_PROPERTY(QString headName READ headName NOTIFY textsChanged FINAL)
    Q_PROPERTY(QString headDescription READ headDescription NOTIFY textsChanged FINAL)
    Q_PROPERTY(int selectedToken READ selectedToken WRITE setSelectedToken NOTIFY selectedTokenChanged FINAL)
    Q_PROPERTY(QList<qreal> selectedWeights READ selectedWeights NOTIFY weightsChanged FINAL)
    Q_PROPERTY(QList<int> ranking READ ranking NOTIFY weightsChanged FINAL)
    Q_PROPERTY(qreal temperature READ temperature WRITE setTemperature NOTIFY temperatureChanged FINAL)
    Q_PROPERTY(bool causal READ causal WRITE setCausal NOTIFY causalChanged FINAL)
    Q_PROPERTY(QString modelName READ modelName NOTIFY textsChanged FINAL)
    Q_PROPERTY(QString modelNote READ modelNote NOTIFY textsChanged FINAL)
    Q_PROPERTY(int maxTextLength READ maxTextLength CONSTANT FINAL)
    Q_PROPERTY(int maxTokens READ maxTokens NOTIFY workspaceChanged FINAL)
    /// The layer shown (from 0) and how many the model has (1 for the designed heads).
    Q_PROPERTY(int layerIndex READ layerIndex WRITE setLayerIndex NOTIFY layerIndexChanged FINAL)
    Q_PROPERTY(int layerCount READ layerCount NOTIFY workspaceChanged FINAL)
    /// true when the model's query and key dimensions have names (the designed heads), false for a checkpoint.
    Q_PROPERTY(bool namedDimensions READ namedDimensions NOTIFY workspaceChanged FINAL)
    /// true for a model that is a decoder by definition (GPT-2): always causal, whatever `causal` says.
    Q_PROPERTY(bool alwaysCausal READ alwaysCausal NOTIFY workspaceChanged FINAL)
    /// Something the learner should know about the text shown ("cut to the model's 512 positions"), or "".
    Q_PROPERTY(QString notice READ notice NOTIFY sentenceChanged FINAL)
    /// true while a long text in a trained model is computed off the GUI thread (the views keep showing what they
    /// showed; a newer request replaces an older one, whose result is dropped).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)

public:
    explicit AttentionSession(QObject *parent = nullptr);
    ~AttentionSession() override;

    ModelWorkspace *workspace() const { return m_workspace; }
    void setWorkspace(ModelWorkspace *workspace);
    LessonChecks *lessons() const { return m_lessons; }
    QString sentenceId() const { return m_sentenceId; }
    void setSentenceId(const QString &id);
    QString text() const { return m_text; }
    QString title() const { return m_custom ? m_title : attention::translatedText(m_title); }
    QString pattern() const { return attention::translatedText(m_pattern); }
    QString explanation() const { return attention::translatedText(m_explanation); }
    bool isCustom() const { return m_custom; }
    /// The head a curated sentence's explanation is about (the head of its first claim; it opens in it), or -2 for
    /// a typed sentence.
    int lessonHead() const { return m_lessonHead; }
    QStringList tokens() const { return m_tokenTexts; }
    /// The tokens as labels tell them apart: the text, with its position (from 1) as a subscript where the same text
    /// occurs more than once ("he₃", "he₁₁").
    QStringList labels() const { return m_tokenLabels; }
    SentenceListModel *sentences() const { return m_sentences; }
    TokenListModel *tokenModel() const { return m_tokenModel; }
    TargetListModel *targets() const { return m_targets; }
    AttentionMatrixModel *matrix() const { return m_matrix; }
    /// Every head and the average, each with its matrix for the current sentence.
    HeadListModel *heads() const { return m_heads; }
    /// The head shown, or -1 for the average of all heads.
    int headIndex() const { return m_headIndex; }
    void setHeadIndex(int index);
    QString headName() const { return m_heads->nameOf(m_headIndex); }
    QString headDescription() const { return m_heads->descriptionOf(m_headIndex); }
    /// The pinned token, or -1 when none is selected.
    int selectedToken() const { return m_selectedToken; }
    void setSelectedToken(int index);
    /// The selected token's attention row (one weight per token), empty without a selection.
    QList<qreal> selectedWeights() const { return m_selectedWeights; }
    /// Token indices of the selected row, strongest first; empty without a selection.
    QList<int> ranking() const { return m_ranking; }
    /// T in softmax(Q·Kᵀ/(T·√d_k)), from 0.1 to 10.
    qreal temperature() const { return m_temperature; }
    void setTemperature(qreal t);
    /// true: each token attends only to itself and earlier tokens (a decoder); false: to all (an encoder).
    bool causal() const { return m_causal; }
    void setCausal(bool causal);
    QString modelName() const;
    QString modelNote() const;
    int maxTextLength() const;
    int maxTokens() const;
    int layerIndex() const { return m_layerIndex; }
    void setLayerIndex(int index);
    int layerCount() const;
    bool namedDimensions() const;
    bool alwaysCausal() const;
    QString notice() const { return m_notice; }
    /// The tokens a curated sentence claims something about in the head shown (the designed model's own tokens;
    /// none for a typed sentence or a checkpoint).
    std::vector<int> claimedTokens() const;
    bool busy() const { return m_busy; }
    /// Texts at least this long in a model without named dimensions (a checkpoint) are computed off the GUI thread.
    static constexpr int kBackgroundTokens = 48;

    /// Analyses typed text and shows it (kept in the sentence list for this session). Returns an empty string on
    /// success, otherwise why the text cannot be used (and nothing changes).
    Q_INVOKABLE QString useText(const QString &text);
    /// Opens a curated sentence for a lesson: temperature 1 and no mask (the settings its claims are made for), the
    /// head named `head`, and the token with text `token` selected (none for an empty text).
    Q_INVOKABLE void openLesson(const QString &sentenceId, const QString &head, const QString &token = {});
    /// Head index by name or id (case, spaces and punctuation ignored), or -1.
    Q_INVOKABLE int headNamed(const QString &name) const;
    /// Temperature 1, no mask: the settings the curated claims are made for.
    Q_INVOKABLE void resetSettings();

    /// The computed layer for the current sentence and settings (for views that show intermediates).
    const attention::LayerResult &result() const;
    const std::vector<attention::Token> &analysedTokens() const { return m_tokens; }

signals:
    /// The title, pattern, explanation, head name or description, or model name changed, or their language did.
    void textsChanged();
    void workspaceChanged();
    void sentenceChanged();
    void headIndexChanged();
    void selectedTokenChanged();
    void weightsChanged();
    void temperatureChanged();
    void causalChanged();
    void layerIndexChanged();
    void busyChanged();
    /// The layer was recomputed (new sentence, temperature or mask).
    void resultChanged();

private:
    /// A new model or pack: the head matrices, the sentence list and the first sentence, afresh.
    void loadWorkspace();
    /// The head list's descriptions for the current layer (a checkpoint's measured patterns).
    void describeHeads();
    const attention::AttentionModel &model() const;
    void showTokens(const std::vector<attention::Token> &tokens);
    void recompute();
    /// Computes tokens' layer on a worker thread, then shows it (all of showTokens for a new sentence). Returns false
    /// when the text is short enough, or the model cheap enough, to compute right away.
    bool computeInBackground(const std::vector<attention::Token> &tokens, bool newSentence);
    /// A new sentence's tokens, labels and notice (before its layer is computed), then what the views show of them.
    void finishTokens(const std::vector<attention::Token> &tokens);
    void publishTokens();
    void setBusy(bool busy);
    void publishWeights(bool newSentence);
    void publishAllHeads(bool newSentence);
    static QStringList tokensOf(const std::vector<attention::Token> &tokens);
    void publishSelection();

    QString m_sentenceId;
    QString m_text;
    QString m_title;
    QString m_pattern;
    QString m_explanation;
    bool m_custom = false;
    int m_lessonHead = -2;
    std::vector<attention::Token> m_tokens;
    QStringList m_tokenTexts; ///< the texts of m_tokens, set together with them
    QStringList m_tokenLabels; ///< attention::tokenLabels(m_tokens)
    QHash<QString, std::vector<attention::Token>> m_customTokens;
    /// The computed layer and the average of its heads (computed once per recompute).
    struct Layer;
    std::unique_ptr<Layer> m_layer;
    int m_headIndex = 0;
    int m_layerIndex = 0;
    QString m_notice;
    bool m_busy = false;
    int m_generation = 0; ///< the newest background request; older results are dropped
    int m_selectedToken = -1;
    QList<qreal> m_selectedWeights;
    QList<int> m_ranking;
    qreal m_temperature = 1;
    bool m_causal = false;
    ModelWorkspace *m_workspace = nullptr;
    SentenceListModel *m_sentences;
    TokenListModel *m_tokenModel;
    TargetListModel *m_targets;
    AttentionMatrixModel *m_matrix;
    HeadListModel *m_heads;
    LessonChecks *m_lessons;
};
