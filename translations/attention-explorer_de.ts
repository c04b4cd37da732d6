<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendsToChart</name>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="29"/>
        <source>What &apos;%1&apos; attends to</source>
        <translation>Worauf „%1“ achtet</translation>
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="30"/>
        <source>What the selected token attends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="90"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="124"/>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Wählen Sie ein Token, um zu sehen, worauf es achtet – das Stärkste zuerst.</translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="30"/>
        <location filename="../qml/components/EntropyChart.qml" line="36"/>
        <source>Entropy of the row against temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="53"/>
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="61"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../qml/pages/ExplorePage.qml" line="99"/>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model &quot;%1&quot;. Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model&apos;s name, e.g. &quot;Designed heads&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="18"/>
        <source>All heads (average)</source>
        <translation>Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="25"/>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="26"/>
        <source>Attention head</source>
        <translation>Attention-Kopf</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="28"/>
        <source>The average of all heads&apos; attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="42"/>
        <source>All heads: each head looks for a different relation in &quot;%1&quot;. Tap one to explore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="72"/>
        <source>All heads (average)</source>
        <translation>Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="73"/>
        <source>The mean of every head&apos;s weights.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="48"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="50"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3 %</source>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="56"/>
        <source>Attention heatmap, rows attend to columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="221"/>
        <source>Rows attend to columns; each row sums to 100 %. Tap a cell for its value.</source>
        <translation>Zeilen achten auf Spalten; jede Zeile ergibt 100 %. Tippen Sie auf eine Zelle für ihren Wert.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="236"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="245"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="252"/>
        <source>0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="271"/>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="283"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="57"/>
        <source>What you will learn</source>
        <translation>Was Sie lernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="60"/>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="61"/>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="62"/>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="86"/>
        <source>Activity 1 · Pattern discovery</source>
        <translation>Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="90"/>
        <source>Open &quot;The cat sat on the mat because it was tired&quot; in the Coreference head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="99"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="105"/>
        <source>Select &quot;it&quot; — here or on the Explore page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="118"/>
        <source>Predict: which token will &quot;it&quot; attend to most? Tap your prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="138"/>
        <source>4. Reveal what the model computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="151"/>
        <source>Right: the model&apos;s strongest link from &quot;it&quot; is &quot;%1&quot; (%2 %).</source>
        <extracomment>%1 the model&apos;s token, %2 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="153"/>
        <source>You predicted &quot;%1&quot;; the model&apos;s strongest link from &quot;it&quot; is &quot;%2&quot; (%3 %).</source>
        <extracomment>%1 the student&apos;s token, %2 the model&apos;s token, %3 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="155"/>
        <source>Why: both &quot;cat&quot; and &quot;mat&quot; agree with &quot;it&quot; (singular, not human); the head prefers the subject, &quot;cat&quot;. It knows grammar, not that mats cannot be tired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="161"/>
        <source>See the arcs in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="167"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="182"/>
        <source>Activity 2 · Linguistic analysis</source>
        <translation>Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="186"/>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="193"/>
        <source>Coreference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="194"/>
        <source>Subject–verb agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="195"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="196"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="215"/>
        <source>%1: which token does &quot;%2&quot; attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="224"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="224"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="244"/>
        <location filename="../qml/pages/LearnPage.qml" line="306"/>
        <location filename="../qml/pages/LearnPage.qml" line="374"/>
        <source>Right.</source>
        <extracomment>%1 entropy at T = 0.1, %2 at T = 10, in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="244"/>
        <source>The model&apos;s strongest link is another token (marked ✓). Look at the heatmap row to see how close your choice was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="268"/>
        <source>Activity 3 · The temperature experiment</source>
        <translation>Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="272"/>
        <source>With &quot;it&quot; selected in the pronoun sentence, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does &quot;it&quot; focus on a single token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="279"/>
        <source>Open the sentence with &quot;it&quot; selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="293"/>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="306"/>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="307"/>
        <source>The entropy of &quot;it&quot;&apos;s row is %1 bits at T = 0.1 and %2 bits at T = 10: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="328"/>
        <source>Activity 4 · Encoder or decoder</source>
        <translation>Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="332"/>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open the pronoun sentence and switch on the causal mask. Can &quot;it&quot; still attend to &quot;tired&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="341"/>
        <source>Open with the causal mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="355"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="363"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="374"/>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="375"/>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so &quot;it&quot; cannot use &quot;tired&quot;. An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="382"/>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="385"/>
        <source>Why must &quot;it&quot; attend to &quot;cat&quot; for a model to continue the sentence correctly? What would go wrong if it attended to &quot;mat&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="387"/>
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="389"/>
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="407"/>
        <source>Open this sentence in Explore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Inside the math</source>
        <translation>Die Rechnung</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>All heads</source>
        <translation>Alle Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Use the light theme</source>
        <translation>Helles Design verwenden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="101"/>
        <source>Use the dark theme</source>
        <translation>Dunkles Design verwenden</translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="59"/>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="89"/>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="90"/>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="103"/>
        <source>Show every step</source>
        <translation>Alle Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="111"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="120"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="127"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="156"/>
        <source>The input vector x of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="158"/>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="159"/>
        <source>The token&apos;s features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="172"/>
        <source>The query: what &apos;%1&apos; looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="173"/>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="175"/>
        <source>Each named dimension is something this head&apos;s query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="176"/>
        <source>Each named dimension is something this head&apos;s query looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="190"/>
        <source>Every token&apos;s key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="191"/>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="192"/>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="196"/>
        <source>K (one row per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="205"/>
        <source>Scores: how well each key matches the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="206"/>
        <source>score_j = q · k_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="213"/>
        <source>&apos;%1&apos; scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="231"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="232"/>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="234"/>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="248"/>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="249"/>
        <source>score_j = −∞ for every j after &apos;%1&apos; (causal: a decoder cannot look ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="250"/>
        <source>no mask: an encoder lets every token see every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="266"/>
        <source>Softmax: the attention weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="267"/>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="269"/>
        <source>Entropy %1 bits: &apos;%2&apos; spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="293"/>
        <source>Output: what &apos;%1&apos; receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="294"/>
        <source>output = Σ_j a_j · v_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="295"/>
        <source>The weighted average of the values: the features of the tokens &apos;%1&apos; attends to now flow into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="309"/>
        <source>The whole matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="310"/>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="311"/>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of &apos;%1&apos; are outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="315"/>
        <source>Q — queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="320"/>
        <source>V — values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="325"/>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="331"/>
        <source>A — attention weights (each row sums to 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="30"/>
        <source>Your sentence</source>
        <translation>Ihr Satz</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="41"/>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="51"/>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head&apos;s name, %2 what it looks for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="52"/>
        <source>All heads (average): the mean of every head&apos;s weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="19"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="38"/>
        <source>The quiz pack could not be used, so the built-in quiz is shown: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="47"/>
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="95"/>
        <source>Show the sentence</source>
        <translation>Satz anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="113"/>
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="113"/>
        <source>Not quite — the answer is marked ✓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="119"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="126"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="143"/>
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="151"/>
        <source>Review the ones you missed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="162"/>
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="173"/>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="179"/>
        <source>Reset progress</source>
        <translation>Fortschritt löschen</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="18"/>
        <source>No token selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="22"/>
        <source>&apos;%1&apos; (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. &apos;cat&apos; (41 %)</extracomment>
        <translation>„%1“ (%2 %)</translation>
    </message>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="24"/>
        <source>&apos;%1&apos; attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like &apos;cat&apos; (41 %), &apos;mat&apos; (20 %)</extracomment>
        <translation>„%1“ achtet am meisten auf %2.</translation>
    </message>
</context>
<context>
    <name>SentenceMenu</name>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="22"/>
        <source>Sentence: %1</source>
        <extracomment>%1 is the title of the chosen sentence</extracomment>
        <translation>Satz: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="23"/>
        <location filename="../qml/components/SentenceMenu.qml" line="57"/>
        <source>Choose a sentence</source>
        <translation>Satz wählen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="91"/>
        <source>Your sentences</source>
        <translation>Eigene Sätze</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="144"/>
        <source>Your own sentence…</source>
        <translation>Eigener Satz …</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="157"/>
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="159"/>
        <source>Your own sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="166"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="170"/>
        <source>This text cannot be shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="189"/>
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="21"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="37"/>
        <source>Softmax temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="38"/>
        <source>Left sharpens the attention, right flattens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="44"/>
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="57"/>
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Decoder: jedes Token sieht nur sich und frühere Tokens</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="58"/>
        <source>Encoder: every token sees every token</source>
        <translation>Encoder: jedes Token sieht jedes Token</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="59"/>
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="71"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="74"/>
        <source>Temperature 1, no mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../qml/components/StepCard.qml" line="24"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/StepCard.qml" line="35"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetBars</name>
    <message>
        <source>%1  %2 %</source>
        <extracomment>beside a bar of the chart: the token and its weight in %</extracomment>
        <translation type="vanished">%1  %2 %</translation>
    </message>
    <message>
        <location filename="../core/models/targetbars.cpp" line="85"/>
        <source>%1. %2  %3 %</source>
        <extracomment>beside a bar of the chart: rank, token and weight in %, e.g. &quot;1. cat 56.9 %&quot;</extracomment>
        <translation>%1. %2  %3 %</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="52"/>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="59"/>
        <source>%1, receives under 1 %</source>
        <translation>%1, erhält unter 1 %</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="60"/>
        <source>%1, receives %2 %</source>
        <translation>%1, erhält %2 %</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <location filename="../qml/components/TokenPicker.qml" line="17"/>
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenPicker.qml" line="32"/>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="27"/>
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="131"/>
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Wählen Sie ein Token – antippen, anklicken oder mit Tab hinspringen und Enter drücken –, um zu sehen, worauf es achtet.</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="217"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueBars</name>
    <message>
        <location filename="../qml/components/ValueBars.qml" line="105"/>
        <source>−∞ masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ValueBars.qml" line="106"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Use the sentence pack FILE instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>With --export: analyse this text instead of a curated sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>With --export: one head by name, or &quot;all&quot; for the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>With --export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89"/>
        <source>Open with the curated sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="91"/>
        <source>Open with token N (from 0) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Language of the window, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <source>light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
