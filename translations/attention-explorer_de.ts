<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number is computed: A = softmax(Q·Kᵀ/√d_k), then A·V. The default model&apos;s heads are &lt;i&gt;designed&lt;/i&gt; from grammar features (coreference, subject–verb, modifier, previous token, question) — not trained on text. Tiny BERT is a small model this project trained on public-domain text, to compare with. A BERT or GPT-2 folder you open is used as it is; the app never downloads anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The app: GNU GPL 3.0 or later. Qt: LGPL 3.0. The word list: Princeton WordNet 3.0 licence. First names: Moby Word II (public domain; PDDL 1.0 / CC0 1.0). Tiny BERT&apos;s training text: Moby-Dick and the US State of the Union addresses (public domain). Colour maps: viridis and cividis (CC0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendsToChart</name>
    <message>
        <source>What &apos;%1&apos; attends to</source>
        <translation>Worauf „%1“ achtet</translation>
    </message>
    <message>
        <source>What the selected token attends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Wählen Sie ein Token, um zu sehen, worauf es achtet – das Stärkste zuerst.</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <source>%1 attends to %2: %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionSession</name>
    <message>
        <source>The text has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model reads at most %1 tokens; the text has %2, so only the first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareActivity</name>
    <message>
        <source>Activity · Designed vs learned attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same sentence in both models: “%1”. Below, the designed %2 head, then the %3 × %4 heads of Tiny BERT, which learned its attention from text. 1. Which trained head looks most like the designed one? Tap it.</source>
        <extracomment>%1 the sentence, %2 a designed head&apos;s name, %3 layers, %4 heads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each square, rows are the words attending (from) and columns the words attended to, in the sentence&apos;s order; Tiny BERT&apos;s squares also have [CLS] first, [SEP] last and a row for each piece of a split word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sentence from Explore instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designed %1 head&apos;s attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny BERT: rows are layers, columns heads</source>
        <extracomment>rows are layers, columns heads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes. </source>
        <extracomment>%1, %2 layer and head; %3 a share; %4 a designed head; %5, %6 layer and head; %7 a share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2 makes %3 of the designed %4 head&apos;s links, measured on the built-in sentences. The closest is layer %5, head %6 (%7): it has learned the same pattern without being told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Where they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained head resembles the designed %1 head: the closest makes only %2 of its links. A model learns what helps it guess hidden words, not the relations a linguist would name.</source>
        <extracomment>%1 a designed head, %2 a share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this sentence, the closest trained heads link every word as the designed heads do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Raw attention or rollout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designed Coreference head links “%1” to “%2”. </source>
        <extracomment>%1 a word, %2 the word the designed head links it to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Tiny BERT&apos;s last layer, raw attention from “%1” (averaged over the heads) is strongest to “%2” (%3); the rollout to the last layer (Abnar &amp; Zuidema 2020), which follows attention through every layer, is strongest to “%4” (%5), itself left out. The two can disagree: which one says what the model used?</source>
        <extracomment>%1 a word; %2, %3 a word and its weight; %4, %5 a word and its weight</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Discuss: is attention an explanation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jain &amp; Wallace (2019, “Attention is not Explanation”) found that attention weights often disagree with other measures of which words matter, and that very different weights can give the same prediction. Wiegreffe &amp; Pinter (2019, “Attention is not not Explanation”) answered that this depends on what counts as an explanation, and that attention is not arbitrary either. If a Tiny BERT head attends to the previous word, does that tell you why it guessed “whale” for “The cat sat on the [MASK]”? What would you need to know besides the weights?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <source>Discussion questions</source>
        <translation type="unfinished">Diskussionsfragen</translation>
    </message>
    <message>
        <source>Open this sentence in Explore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <source>Entropy of the row against temperature</source>
        <translation>Entropie der Zeile abhängig von der Temperatur</translation>
    </message>
    <message>
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation>log₁₀ T   (−1 = T 0,1 scharf, 0 = T 1, 1 = T 10 flach)</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model &quot;%1&quot;. Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model&apos;s name, e.g. &quot;Designed heads&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) in the trained model &quot;%1&quot;, layer by layer from its weights. Attention weights show where a head looks, not why the model predicts what it does.</source>
        <extracomment>%1 is the model&apos;s name, e.g. &quot;bert-base-uncased (BERT, 12 layers × 12 heads)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadListModel</name>
    <message>
        <source>All heads (average)</source>
        <translation type="unfinished">Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <source>The mean of every head&apos;s weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <source>Attention head</source>
        <translation>Attention-Kopf</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <source>All heads: each head looks for a different relation in &quot;%1&quot;. Tap one to explore it.</source>
        <translation>Alle Köpfe: Jeder Kopf sucht in „%1“ eine andere Beziehung. Tippe einen an, um ihn zu erkunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3 %</source>
        <extracomment>a cell of a head&apos;s heatmap: from-token → to-token: weight</extracomment>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <source>Every layer and head: %1 layers × %2 heads of the trained model on &quot;%3&quot;. Tap one to explore it.</source>
        <extracomment>%1 layers, %2 heads, %3 the sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: layers 1 to %1. Columns: heads 1 to %2, then the layer&apos;s average (avg). The outlined tile is the one Explore shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, head %2 is selected; arrow keys move, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: layer %1&apos;s attention, averaged over its heads. Right: the rollout to layer %1 (Abnar &amp; Zuidema 2020), which follows attention through every layer up to it, counting the residual connection as half of each step. Rollout is an estimate of how information mixes, not an explanation: attention weights alone do not say why a model predicts what it does (Jain &amp; Wallace 2019).</source>
        <extracomment>%1 is a layer number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw attention, layer %1 (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout to layer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>&apos;%1&apos; → &apos;%2&apos;: masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>„%1“ → „%2“: maskiert (darf nicht beachtet werden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3 %</source>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <source>Attention heatmap, rows attend to columns</source>
        <translation>Aufmerksamkeits-Heatmap, Zeilen beachten Spalten</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>Row → column; rows sum to 100 %. Tap a cell.</source>
        <extracomment>the heatmap&apos;s readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Zeile → Spalte; jede Zeile ergibt 100 %. Zelle antippen.</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>row max</source>
        <extracomment>the colour scale&apos;s top: 100 % or each row&apos;s maximum</extracomment>
        <translation>Zeilenmax.</translation>
    </message>
    <message>
        <source>Colour scale: 0 to each row&apos;s largest weight. Show 0 to 100 %</source>
        <translation>Farbskala: 0 bis zum größten Gewicht jeder Zeile. 0 bis 100 % zeigen</translation>
    </message>
    <message>
        <source>Colour scale: 0 to 100 %. Scale each row to its largest weight</source>
        <translation>Farbskala: 0 bis 100 %. Jede Zeile auf ihr größtes Gewicht skalieren</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>Layer %1 of %2</source>
        <extracomment>the layer shown, of how many (&quot;Layer 3 of 12&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>What you will learn</source>
        <translation>Was Sie lernen</translation>
    </message>
    <message>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my activity answers</source>
        <translation>Meine Antworten zu den Aktivitäten löschen</translation>
    </message>
    <message>
        <source>The activities and discussion questions are about the designed heads. Choose Model ▾ → Designed heads to do them; the quiz below is about attention in general.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Explore</source>
        <extracomment>page names on a phone&apos;s bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Inside the math</source>
        <translation>Die Rechnung</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Alle Köpfe</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>Mathe</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Helles Design verwenden</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Dunkles Design verwenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskActivity</name>
    <message>
        <source>Activity 4 · Encoder or decoder</source>
        <translation type="unfinished">Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open &quot;%1&quot; and switch on the causal mask. Can &quot;%2&quot; still attend to &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the causal mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so &quot;%1&quot; cannot use &quot;%2&quot;. An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskedWordCard</name>
    <message>
        <source>What it was trained to do: guess the hidden word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During training, words were hidden as [MASK] and the model learned to guess them from the words around — its attention heads are whatever made that guessing easier. Type a sentence with [MASK] and see its five best guesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence with [MASK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert [MASK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts [MASK] at the cursor, for keyboards without brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every step</source>
        <translation>Alle Schritte zeigen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The input vector x of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query: what &apos;%1&apos; looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each named dimension is something this head&apos;s query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each named dimension is something this head&apos;s query looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token&apos;s key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K (one row per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: how well each key matches the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score_j = q · k_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score_j = −∞ for every j after &apos;%1&apos; (causal: a decoder cannot look ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mask: an encoder lets every token see every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax: the attention weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy %1 bits: &apos;%2&apos; spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: what &apos;%1&apos; receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output = Σ_j a_j · v_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted average of the values: the features of the tokens &apos;%1&apos; attends to now flow into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of &apos;%1&apos; are outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q — queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V — values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — attention weights (each row sums to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = the hidden state entering layer %2   (d_model = %1)</source>
        <extracomment>%1 = d_model, %2 = the layer (from 1)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a trained model the %1 numbers of x have no names: they were learned, and position is already mixed in. The twelve largest are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query&apos;s dimensions have no names either; the twelve largest are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to. In a trained model neither has named columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; scores highest: %2. Below the scores: the products q[c]·k[c] that add up to it, largest first.</source>
        <extracomment>%1 token, %2 score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted average of the values: what the tokens &apos;%1&apos; attends to pass on flows into it (the twelve first entries are listed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>“%1”: the designed %2 head links it to “%3”; Tiny BERT&apos;s closest head (layer %4, head %5) to “%6”.</source>
        <extracomment>%1 a word; %2 a designed head&apos;s name; %3 the word it links to; %4, %5 layer and head numbers; %6 a word</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Model: designed heads ▾</source>
        <extracomment>the button that chooses the model; %1 its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: Tiny BERT (trained here) ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed heads (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny BERT (trained here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated sentences (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sentence pack…</source>
        <extracomment>%1 is the title of the sentence pack in use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sentence pack… (now: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder (config.json, model.safetensors, tokenizer files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sentence pack (see docs/sentence-packs.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What you had stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelWorkspace</name>
    <message>
        <source>This model has no masked-word head: open Tiny BERT or another BERT masked-language model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put [MASK] where the model should guess a word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternActivity</name>
    <message>
        <source>Activity 2 · Linguistic analysis</source>
        <translation type="unfinished">Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which token does &quot;%2&quot; attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished">Geöffnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Öffnen</translation>
    </message>
    <message>
        <source>Right: the model&apos;s strongest link from &quot;%1&quot; is &quot;%2&quot; (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model&apos;s answer, %3 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot; (%2 %); the model&apos;s strongest link from &quot;%3&quot; is &quot;%4&quot; (%5 %), marked ✓.</source>
        <extracomment>%1 the student&apos;s token, %2 its weight in %, %3 the token asked about, %4 the model&apos;s answer, %5 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Your sentence</source>
        <translation>Ihr Satz</translation>
    </message>
    <message>
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence&apos;s note is about, %2 the head on screen</extracomment>
        <translation>Dieser Hinweis gilt dem Kopf „%1“; angezeigt wird %2.</translation>
    </message>
    <message>
        <source>the average of all heads</source>
        <translation>der Mittelwert aller Köpfe</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 a head&apos;s name</extracomment>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head&apos;s name, %2 what it looks for</extracomment>
        <translation>Kopf „%1“: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;All heads (average)&quot;, %2 what the average is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trained model: its heads were learned from text, so none of them is guaranteed to follow a grammatical relation. Look through the layers and heads for one that links a pronoun to a noun, or each word to the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictActivity</name>
    <message>
        <source>Activity 1 · Pattern discovery</source>
        <translation type="unfinished">Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in the %2 head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished">Öffnen</translation>
    </message>
    <message>
        <source>Select &quot;%1&quot; — here or on the Explore page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict: which token will &quot;%1&quot; attend to most? Tap your prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Reveal what the model computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: the model&apos;s strongest link from &quot;%1&quot; is &quot;%2&quot; (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model&apos;s token, %3 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You predicted &quot;%1&quot; (%2 %); the model&apos;s strongest link from &quot;%3&quot; is &quot;%4&quot; (%5 %).</source>
        <extracomment>%1 the student&apos;s token, %2 its weight in %, %3 the token asked about, %4 the model&apos;s token, %5 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the arcs in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
    <message>
        <source>Show the sentence</source>
        <translation>Satz anzeigen</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite — the answer is marked ✓.</source>
        <translation>Nicht ganz – die Antwort ist mit ✓ markiert.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation>Du hast %1 von %2 Punkten. Bisher am besten: %3.</translation>
    </message>
    <message>
        <source>Review the ones you missed:</source>
        <translation>Sieh dir die falsch beantworteten noch einmal an:</translation>
    </message>
    <message>
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Fortschritt löschen</translation>
    </message>
    <message>
        <source>Open quiz pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a quiz pack (see docs/quiz-packs.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz pack could not be used; the quiz stays as it was: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>No token selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. &apos;cat&apos; (41 %)</extracomment>
        <translation>„%1“ (%2 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like &apos;cat&apos; (41 %), &apos;mat&apos; (20 %)</extracomment>
        <translation>„%1“ achtet am meisten auf %2.</translation>
    </message>
</context>
<context>
    <name>SentenceMenu</name>
    <message>
        <source>Choose a sentence</source>
        <translation>Satz wählen</translation>
    </message>
    <message>
        <source>Your sentences</source>
        <translation>Eigene Sätze</translation>
    </message>
    <message>
        <source>Your own sentence…</source>
        <translation>Eigener Satz …</translation>
    </message>
    <message>
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own sentence</source>
        <translation>Dein eigener Satz</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>This text cannot be shown: %1.</source>
        <translation>Dieser Text kann nicht gezeigt werden: %1.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens; the model&apos;s own tokenizer splits words into sub-words it knows.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>T %1 · causal</source>
        <extracomment>a button that shows the softmax settings: T and the mask (&quot;T 1.00&quot;, &quot;T 0.50 · causal&quot;)</extracomment>
        <translation>T %1 · kausal</translation>
    </message>
    <message>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <source>Softmax settings</source>
        <translation>Softmax-Einstellungen</translation>
    </message>
    <message>
        <source>Computing every layer of the model for this text…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example sentences stay in English: the model&apos;s word list is English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cividis (for colour-blind readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyscale (for printing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours from 0 to 100 % (rows can be compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours from 0 to each row&apos;s largest weight (long sentences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change it from anywhere, Ctrl 0 sets it back to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a projector: text at least 140 %, arcs twice as thick, and the softmax controls and notes a class does not need hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion (arcs appear without animation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and quiz progress are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings file could not be read, so new settings were started; the old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read or moved aside, so nothing is saved until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 cannot be read, so nothing is saved until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Softmax temperature</source>
        <translation>Softmax-Temperatur</translation>
    </message>
    <message>
        <source>Left sharpens the attention, right flattens it</source>
        <translation>Links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <source>Softmax temperature: left sharpens the attention, right flattens it</source>
        <translation>Softmax-Temperatur: links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Decoder: causal mask</source>
        <translation>Decoder: kausale Maske</translation>
    </message>
    <message>
        <source>Encoder: no mask</source>
        <translation>Encoder: keine Maske</translation>
    </message>
    <message>
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Decoder: jedes Token sieht nur sich und frühere Tokens</translation>
    </message>
    <message>
        <source>Encoder: every token sees every token</source>
        <translation>Encoder: jedes Token sieht jedes Token</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Temperature 1, no mask</source>
        <translation>Temperatur 1, keine Maske</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetBars</name>
    <message>
        <source>%1. %2  %3 %</source>
        <extracomment>beside a bar of the chart: rank, token and weight in %, e.g. &quot;1. cat 56.9 %&quot;</extracomment>
        <translation>%1. %2  %3 %</translation>
    </message>
</context>
<context>
    <name>TemperatureActivity</name>
    <message>
        <source>Activity 3 · The temperature experiment</source>
        <translation type="unfinished">Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <source>With &quot;%1&quot; selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does &quot;%1&quot; focus on a single token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sentence with &quot;%1&quot; selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation type="unfinished">T = %1</translation>
    </message>
    <message>
        <source>Right.</source>
        <extracomment>%1 the token, %2 its row&apos;s entropy at the first temperature %3, %4 at the last temperature %5, in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entropy of &quot;%1&quot;&apos;s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenChoice</name>
    <message>
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>%1, receives under 1 %</source>
        <translation>%1, erhält unter 1 %</translation>
    </message>
    <message>
        <source>%1, receives %2 %</source>
        <translation>%1, erhält %2 %</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Wählen Sie ein Token – antippen, anklicken oder mit Tab hinspringen und Enter drücken –, um zu sehen, worauf es achtet.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueBars</name>
    <message>
        <source>−∞ masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the curated sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with token N (from 0) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One head by name (a checkpoint&apos;s by number, from 1), or &quot;all&quot; (the designed heads&apos; average; every head of a checkpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model: &quot;designed&quot; (the built-in designed heads, the default) or a HuggingFace model folder (config.json, model.safetensors, tokenizer files) of a BERT or GPT-2 checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --model DIR: the layer, from 1, or &quot;all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --model trained (or a BERT folder with its masked-word head): print the five most likely tokens for the [MASK] in TEXT, with their probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure what each head of --model attends to over the curated sentences (or --pack): where each row&apos;s strongest link goes, and how often it links the same words as each designed head. A Markdown table, or JSON with --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: csv or json; with --head-statistics: markdown or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or contrast (high contrast), for this window only (default: the theme chosen last).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
