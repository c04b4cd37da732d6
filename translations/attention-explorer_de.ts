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
        <location filename="../qml/components/AttendsToChart.qml" line="89"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="122"/>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Wählen Sie ein Token, um zu sehen, worauf es achtet – das Stärkste zuerst.</translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <location filename="../qml/components/DiscussionCard.qml" line="19"/>
        <source>Discussion questions</source>
        <translation type="unfinished">Diskussionsfragen</translation>
    </message>
    <message>
        <location filename="../qml/components/DiscussionCard.qml" line="22"/>
        <source>Why must &quot;it&quot; attend to &quot;cat&quot; for a model to continue the sentence correctly? What would go wrong if it attended to &quot;mat&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DiscussionCard.qml" line="24"/>
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DiscussionCard.qml" line="26"/>
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/DiscussionCard.qml" line="44"/>
        <source>Open this sentence in Explore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="30"/>
        <location filename="../qml/components/EntropyChart.qml" line="39"/>
        <source>Entropy of the row against temperature</source>
        <translation>Entropie der Zeile abhängig von der Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="96"/>
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation>log₁₀ T   (−1 = T 0,1 scharf, 0 = T 1, 1 = T 10 flach)</translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="85"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../qml/pages/ExplorePage.qml" line="77"/>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model &quot;%1&quot;. Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model&apos;s name, e.g. &quot;Designed heads&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadListModel</name>
    <message>
        <location filename="../core/models/headlistmodel.cpp" line="78"/>
        <source>All heads (average)</source>
        <translation type="unfinished">Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../core/models/headlistmodel.cpp" line="79"/>
        <source>The mean of every head&apos;s weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <source>All heads (average)</source>
        <translation type="vanished">Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="24"/>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="25"/>
        <source>Attention head</source>
        <translation>Attention-Kopf</translation>
    </message>
    <message>
        <source>The average of all heads&apos; attention</source>
        <translation type="vanished">Der Mittelwert der Aufmerksamkeit aller Köpfe</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="57"/>
        <source>All heads: each head looks for a different relation in &quot;%1&quot;. Tap one to explore it.</source>
        <translation>Alle Köpfe: Jeder Kopf sucht in „%1“ eine andere Beziehung. Tippe einen an, um ihn zu erkunden.</translation>
    </message>
    <message>
        <source>All heads (average)</source>
        <translation type="vanished">Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <source>The mean of every head&apos;s weights.</source>
        <translation type="vanished">Der Mittelwert der Gewichte aller Köpfe.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="145"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3 %</source>
        <extracomment>a cell of a head&apos;s heatmap: from-token → to-token: weight</extracomment>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="77"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>„%1“ → „%2“: maskiert (darf nicht beachtet werden)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="79"/>
        <source>&apos;%1&apos; → &apos;%2&apos;: %3 %</source>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="85"/>
        <source>Attention heatmap, rows attend to columns</source>
        <translation>Aufmerksamkeits-Heatmap, Zeilen beachten Spalten</translation>
    </message>
    <message>
        <source>Rows attend to columns; each row sums to 100 %. Tap a cell for its value.</source>
        <translation type="vanished">Zeilen achten auf Spalten; jede Zeile ergibt 100 %. Tippen Sie auf eine Zelle für ihren Wert.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="318"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="328"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="264"/>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="254"/>
        <source>Row → column; rows sum to 100 %. Tap a cell.</source>
        <extracomment>the heatmap&apos;s readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Zeile → Spalte; jede Zeile ergibt 100 %. Zelle antippen.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="290"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="290"/>
        <source>row max</source>
        <extracomment>the colour scale&apos;s top: 100 % or each row&apos;s maximum</extracomment>
        <translation>Zeilenmax.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="292"/>
        <source>Colour scale: 0 to each row&apos;s largest weight. Show 0 to 100 %</source>
        <translation>Farbskala: 0 bis zum größten Gewicht jeder Zeile. 0 bis 100 % zeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="293"/>
        <source>Colour scale: 0 to 100 %. Scale each row to its largest weight</source>
        <translation>Farbskala: 0 bis 100 %. Jede Zeile auf ihr größtes Gewicht skalieren</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="306"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="35"/>
        <source>What you will learn</source>
        <translation>Was Sie lernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="38"/>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="39"/>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="40"/>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity 1 · Pattern discovery</source>
        <translation type="vanished">Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="vanished">Öffnen</translation>
    </message>
    <message>
        <source>Activity 2 · Linguistic analysis</source>
        <translation type="vanished">Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="vanished">Geöffnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Öffnen</translation>
    </message>
    <message>
        <source>Activity 3 · The temperature experiment</source>
        <translation type="vanished">Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <source>Open the sentence with &quot;it&quot; selected</source>
        <translation type="vanished">Den Satz mit ausgewähltem „it“ öffnen</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation type="vanished">T = %1</translation>
    </message>
    <message>
        <source>Activity 4 · Encoder or decoder</source>
        <translation type="vanished">Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Nein</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="84"/>
        <source>Clear my activity answers</source>
        <translation>Meine Antworten zu den Aktivitäten löschen</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation type="vanished">Diskussionsfragen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <location filename="../qml/Main.qml" line="36"/>
        <source>Explore</source>
        <extracomment>page names on a phone&apos;s bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>Inside the math</source>
        <translation>Die Rechnung</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <source>All heads</source>
        <translation>Alle Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34"/>
        <location filename="../qml/Main.qml" line="36"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="36"/>
        <source>Math</source>
        <translation>Mathe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="36"/>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="43"/>
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139"/>
        <source>Use the light theme</source>
        <translation>Helles Design verwenden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="139"/>
        <source>Use the dark theme</source>
        <translation>Dunkles Design verwenden</translation>
    </message>
</context>
<context>
    <name>MaskActivity</name>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="39"/>
        <source>Activity 4 · Encoder or decoder</source>
        <translation type="unfinished">Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="43"/>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open &quot;%1&quot; and switch on the causal mask. Can &quot;%2&quot; still attend to &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="52"/>
        <source>Open with the causal mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="66"/>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="74"/>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="85"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="85"/>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/MaskActivity.qml" line="86"/>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so &quot;%1&quot; cannot use &quot;%2&quot;. An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="45"/>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="64"/>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="65"/>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="78"/>
        <source>Show every step</source>
        <translation>Alle Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="86"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="95"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="102"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="131"/>
        <source>The input vector x of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="133"/>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="134"/>
        <source>The token&apos;s features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="147"/>
        <source>The query: what &apos;%1&apos; looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="148"/>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="150"/>
        <source>Each named dimension is something this head&apos;s query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="151"/>
        <source>Each named dimension is something this head&apos;s query looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="165"/>
        <source>Every token&apos;s key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="166"/>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="167"/>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="171"/>
        <source>K (one row per token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="180"/>
        <source>Scores: how well each key matches the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="181"/>
        <source>score_j = q · k_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="184"/>
        <source>&apos;%1&apos; scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="201"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="202"/>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="204"/>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="218"/>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="219"/>
        <source>score_j = −∞ for every j after &apos;%1&apos; (causal: a decoder cannot look ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="220"/>
        <source>no mask: an encoder lets every token see every token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="236"/>
        <source>Softmax: the attention weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="237"/>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="239"/>
        <source>Entropy %1 bits: &apos;%2&apos; spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="263"/>
        <source>Output: what &apos;%1&apos; receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="264"/>
        <source>output = Σ_j a_j · v_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="265"/>
        <source>The weighted average of the values: the features of the tokens &apos;%1&apos; attends to now flow into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="279"/>
        <source>The whole matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="280"/>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="281"/>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of &apos;%1&apos; are outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="285"/>
        <source>Q — queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="290"/>
        <source>V — values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="295"/>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="301"/>
        <source>A — attention weights (each row sums to 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternActivity</name>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="18"/>
        <source>Activity 2 · Linguistic analysis</source>
        <translation type="unfinished">Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="22"/>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="63"/>
        <source>%1: which token does &quot;%2&quot; attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="72"/>
        <source>Opened</source>
        <translation type="unfinished">Geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="72"/>
        <source>Open</source>
        <translation type="unfinished">Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="96"/>
        <source>Right: the model&apos;s strongest link from &quot;%1&quot; is &quot;%2&quot; (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model&apos;s answer, %3 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternActivity.qml" line="99"/>
        <source>You chose &quot;%1&quot; (%2 %); the model&apos;s strongest link from &quot;%3&quot; is &quot;%4&quot; (%5 %), marked ✓.</source>
        <extracomment>%1 the student&apos;s token, %2 its weight in %, %3 the token asked about, %4 the model&apos;s answer, %5 its weight in %</extracomment>
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
        <location filename="../qml/components/PatternCard.qml" line="47"/>
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence&apos;s note is about, %2 the head on screen</extracomment>
        <translation>Dieser Hinweis gilt dem Kopf „%1“; angezeigt wird %2.</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="49"/>
        <source>the average of all heads</source>
        <translation>der Mittelwert aller Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="59"/>
        <source>Show %1</source>
        <extracomment>%1 a head&apos;s name</extracomment>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="67"/>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="77"/>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head&apos;s name, %2 what it looks for</extracomment>
        <translation>Kopf „%1“: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="79"/>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;All heads (average)&quot;, %2 what the average is</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictActivity</name>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="53"/>
        <source>Activity 1 · Pattern discovery</source>
        <translation type="unfinished">Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="57"/>
        <source>Open &quot;%1&quot; in the %2 head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="66"/>
        <source>Open it</source>
        <translation type="unfinished">Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="72"/>
        <source>Select &quot;%1&quot; — here or on the Explore page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="85"/>
        <source>Predict: which token will &quot;%1&quot; attend to most? Tap your prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="105"/>
        <source>4. Reveal what the model computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="118"/>
        <source>Right: the model&apos;s strongest link from &quot;%1&quot; is &quot;%2&quot; (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model&apos;s token, %3 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="120"/>
        <source>You predicted &quot;%1&quot; (%2 %); the model&apos;s strongest link from &quot;%3&quot; is &quot;%4&quot; (%5 %).</source>
        <extracomment>%1 the student&apos;s token, %2 its weight in %, %3 the token asked about, %4 the model&apos;s token, %5 its weight in %</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="123"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="129"/>
        <source>See the arcs in Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PredictActivity.qml" line="138"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="20"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="39"/>
        <source>The quiz pack could not be used, so the built-in quiz is shown: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="48"/>
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="80"/>
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="80"/>
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="105"/>
        <source>Show the sentence</source>
        <translation>Satz anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="126"/>
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="126"/>
        <source>Not quite — the answer is marked ✓.</source>
        <translation>Nicht ganz – die Antwort ist mit ✓ markiert.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="132"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="139"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="157"/>
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation>Du hast %1 von %2 Punkten. Bisher am besten: %3.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="165"/>
        <source>Review the ones you missed:</source>
        <translation>Sieh dir die falsch beantworteten noch einmal an:</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="176"/>
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="187"/>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="193"/>
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
        <source>Sentence: %1</source>
        <extracomment>%1 is the title of the chosen sentence</extracomment>
        <translation type="vanished">Satz: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="22"/>
        <location filename="../qml/components/SentenceMenu.qml" line="63"/>
        <source>Choose a sentence</source>
        <translation>Satz wählen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="108"/>
        <source>Your sentences</source>
        <translation>Eigene Sätze</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="181"/>
        <source>Your own sentence…</source>
        <translation>Eigener Satz …</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="194"/>
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="196"/>
        <source>Your own sentence</source>
        <translation>Dein eigener Satz</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="203"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="207"/>
        <source>This text cannot be shown: %1.</source>
        <translation>Dieser Text kann nicht gezeigt werden: %1.</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="226"/>
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="42"/>
        <source>T %1 · causal</source>
        <extracomment>a button that shows the softmax settings: T and the mask (&quot;T 1.00&quot;, &quot;T 0.50 · causal&quot;)</extracomment>
        <translation>T %1 · kausal</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="42"/>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="44"/>
        <source>Softmax settings</source>
        <translation>Softmax-Einstellungen</translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="28"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="44"/>
        <source>Softmax temperature</source>
        <translation>Softmax-Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="45"/>
        <source>Left sharpens the attention, right flattens it</source>
        <translation>Links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="48"/>
        <source>Softmax temperature: left sharpens the attention, right flattens it</source>
        <translation>Softmax-Temperatur: links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="54"/>
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="67"/>
        <source>Decoder: causal mask</source>
        <translation>Decoder: kausale Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="67"/>
        <source>Encoder: no mask</source>
        <translation>Encoder: keine Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="70"/>
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Decoder: jedes Token sieht nur sich und frühere Tokens</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="71"/>
        <source>Encoder: every token sees every token</source>
        <translation>Encoder: jedes Token sieht jedes Token</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="69"/>
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="80"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="83"/>
        <source>Temperature 1, no mask</source>
        <translation>Temperatur 1, keine Maske</translation>
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
        <location filename="../core/items/targetbars.cpp" line="91"/>
        <source>%1. %2  %3 %</source>
        <extracomment>beside a bar of the chart: rank, token and weight in %, e.g. &quot;1. cat 56.9 %&quot;</extracomment>
        <translation>%1. %2  %3 %</translation>
    </message>
</context>
<context>
    <name>TemperatureActivity</name>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="39"/>
        <source>Activity 3 · The temperature experiment</source>
        <translation type="unfinished">Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="43"/>
        <source>With &quot;%1&quot; selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does &quot;%1&quot; focus on a single token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="51"/>
        <source>Open the sentence with &quot;%1&quot; selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="64"/>
        <source>T = %1</source>
        <translation type="unfinished">T = %1</translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="80"/>
        <source>Right.</source>
        <extracomment>%1 the token, %2 its row&apos;s entropy at the first temperature %3, %4 at the last temperature %5, in bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="80"/>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/TemperatureActivity.qml" line="81"/>
        <source>The entropy of &quot;%1&quot;&apos;s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenChoice</name>
    <message>
        <location filename="../qml/components/TokenChoice.qml" line="39"/>
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <location filename="../qml/components/TokenChoice.qml" line="39"/>
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="63"/>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="65"/>
        <source>%1, receives under 1 %</source>
        <translation>%1, erhält unter 1 %</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="67"/>
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
        <location filename="../qml/components/TokenRow.qml" line="133"/>
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Wählen Sie ein Token – antippen, anklicken oder mit Tab hinspringen und Enter drücken –, um zu sehen, worauf es achtet.</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="225"/>
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
        <location filename="../app/main.cpp" line="72"/>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="36"/>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="40"/>
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="44"/>
        <source>Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="54"/>
        <source>One head by name, or &quot;all&quot; for the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="58"/>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="59"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="41"/>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="48"/>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="51"/>
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="56"/>
        <source>With --export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="61"/>
        <source>Open with the curated sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="62"/>
        <source>Open with token N (from 0) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="65"/>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="68"/>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="70"/>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="72"/>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="74"/>
        <source>Language of the window, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandline.cpp" line="64"/>
        <source>light or dark, for this window only (default: the theme chosen last).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
