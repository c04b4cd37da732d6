<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttendsToChart</name>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="29" />
        <source>What '%1' attends to</source>
        <translation>Worauf „%1“ achtet</translation>
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="30" />
        <source>What the selected token attends to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="89" />
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/AttendsToChart.qml" line="122" />
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Wählen Sie ein Token, um zu sehen, worauf es achtet – das Stärkste zuerst.</translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="30" />
        <location filename="../qml/components/EntropyChart.qml" line="39" />
        <source>Entropy of the row against temperature</source>
        <translation>Entropie der Zeile abhängig von der Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="96" />
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation>log₁₀ T   (−1 = T 0,1 scharf, 0 = T 1, 1 = T 10 flach)</translation>
    </message>
    <message>
        <location filename="../qml/components/EntropyChart.qml" line="85" />
        <source>bits</source>
        <translation>Bit</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../qml/pages/ExplorePage.qml" line="92" />
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model "%1". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model's name, e.g. "Designed heads"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="19" />
        <source>All heads (average)</source>
        <translation>Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="26" />
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="27" />
        <source>Attention head</source>
        <translation>Attention-Kopf</translation>
    </message>
    <message>
        <location filename="../qml/components/HeadSelector.qml" line="29" />
        <source>The average of all heads' attention</source>
        <translation>Der Mittelwert der Aufmerksamkeit aller Köpfe</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="73" />
        <source>All heads: each head looks for a different relation in "%1". Tap one to explore it.</source>
        <translation>Alle Köpfe: Jeder Kopf sucht in „%1“ eine andere Beziehung. Tippe einen an, um ihn zu erkunden.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="114" />
        <source>All heads (average)</source>
        <translation>Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="115" />
        <source>The mean of every head's weights.</source>
        <translation>Der Mittelwert der Gewichte aller Köpfe.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HeadsPage.qml" line="160" />
        <source>'%1' → '%2': %3 %</source>
        <extracomment>a cell of a head's heatmap: from-token → to-token: weight</extracomment>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="77" />
        <source>'%1' → '%2': masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>„%1“ → „%2“: maskiert (darf nicht beachtet werden)</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="79" />
        <source>'%1' → '%2': %3 %</source>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="85" />
        <source>Attention heatmap, rows attend to columns</source>
        <translation>Aufmerksamkeits-Heatmap, Zeilen beachten Spalten</translation>
    </message>
    <message>
        <source>Rows attend to columns; each row sums to 100 %. Tap a cell for its value.</source>
        <translation type="vanished">Zeilen achten auf Spalten; jede Zeile ergibt 100 %. Tippen Sie auf eine Zelle für ihren Wert.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="318" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="328" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="264" />
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="254" />
        <source>Row → column; rows sum to 100 %. Tap a cell.</source>
        <extracomment>the heatmap's readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Zeile → Spalte; jede Zeile ergibt 100 %. Zelle antippen.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="290" />
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="290" />
        <source>row max</source>
        <extracomment>the colour scale's top: 100 % or each row's maximum</extracomment>
        <translation>Zeilenmax.</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="292" />
        <source>Colour scale: 0 to each row's largest weight. Show 0 to 100 %</source>
        <translation>Farbskala: 0 bis zum größten Gewicht jeder Zeile. 0 bis 100 % zeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="293" />
        <source>Colour scale: 0 to 100 %. Scale each row to its largest weight</source>
        <translation>Farbskala: 0 bis 100 %. Jede Zeile auf ihr größtes Gewicht skalieren</translation>
    </message>
    <message>
        <location filename="../qml/components/HeatmapPanel.qml" line="306" />
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="64" />
        <source>What you will learn</source>
        <translation>Was Sie lernen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="67" />
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="68" />
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="69" />
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="106" />
        <source>Activity 1 · Pattern discovery</source>
        <translation>Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="110" />
        <source>Open "The cat sat on the mat because it was tired" in the Coreference head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="119" />
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="125" />
        <source>Select "it" — here or on the Explore page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="138" />
        <source>Predict: which token will "it" attend to most? Tap your prediction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="158" />
        <source>4. Reveal what the model computes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="171" />
        <source>Right: the model's strongest link from "it" is "%1" (%2 %).</source>
        <extracomment>%1 the model's token, %2 its weight in %</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="176" />
        <source>Why: both "cat" and "mat" agree with "it" (singular, not human); the head prefers the subject, "cat". It knows grammar, not that mats cannot be tired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="182" />
        <source>See the arcs in Explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="191" />
        <source>Start again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="208" />
        <source>Activity 2 · Linguistic analysis</source>
        <translation>Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="212" />
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="219" />
        <source>Coreference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="220" />
        <source>Subject–verb agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="221" />
        <source>Modifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="222" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="252" />
        <source>%1: which token does "%2" attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="261" />
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="261" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="356" />
        <location filename="../qml/pages/LearnPage.qml" line="425" />
        <source>Right.</source>
        <extracomment>%1 entropy at T = 0.1, %2 at T = 10, in bits</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="173" />
        <source>You predicted "%1" (%2 %); the model's strongest link from "it" is "%3" (%4 %).</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the model's token, %4 its weight in %</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="285" />
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's answer, %3 its weight in %</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="288" />
        <source>You chose "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %), marked ✓.</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="315" />
        <source>Activity 3 · The temperature experiment</source>
        <translation>Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="319" />
        <source>With "it" selected in the pronoun sentence, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does "it" focus on a single token?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="327" />
        <source>Open the sentence with "it" selected</source>
        <translation>Den Satz mit ausgewähltem „it“ öffnen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="340" />
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="356" />
        <source>Not quite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="357" />
        <source>The entropy of "it"'s row is %1 bits at T = 0.1 and %2 bits at T = 10: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="379" />
        <source>Activity 4 · Encoder or decoder</source>
        <translation>Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="383" />
        <source>A decoder (like a chatbot writing text) may not look ahead. Open the pronoun sentence and switch on the causal mask. Can "it" still attend to "tired"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="392" />
        <source>Open with the causal mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="406" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="414" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="425" />
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="426" />
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so "it" cannot use "tired". An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="431" />
        <source>Clear my activity answers</source>
        <translation>Meine Antworten zu den Aktivitäten löschen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="446" />
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="449" />
        <source>Why must "it" attend to "cat" for a model to continue the sentence correctly? What would go wrong if it attended to "mat"?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="451" />
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="453" />
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/LearnPage.qml" line="471" />
        <source>Open this sentence in Explore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <location filename="../qml/Main.qml" line="33" />
        <source>Explore</source>
        <extracomment>page names on a phone's bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Inside the math</source>
        <translation>Die Rechnung</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>All heads</source>
        <translation>Alle Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <location filename="../qml/Main.qml" line="33" />
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Math</source>
        <translation>Mathe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="40" />
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="124" />
        <source>Use the light theme</source>
        <translation>Helles Design verwenden</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="124" />
        <source>Use the dark theme</source>
        <translation>Dunkles Design verwenden</translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="59" />
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="78" />
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="79" />
        <source>Choose a token above to follow its query through the computation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="92" />
        <source>Show every step</source>
        <translation>Alle Schritte zeigen</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="100" />
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="109" />
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="116" />
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="145" />
        <source>The input vector x of '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="147" />
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="148" />
        <source>The token's features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="161" />
        <source>The query: what '%1' looks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="162" />
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="164" />
        <source>Each named dimension is something this head's query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="165" />
        <source>Each named dimension is something this head's query looks for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="179" />
        <source>Every token's key and value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="180" />
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="181" />
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="185" />
        <source>K (one row per token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="194" />
        <source>Scores: how well each key matches the query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="195" />
        <source>score_j = q · k_j</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="202" />
        <source>'%1' scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="220" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="221" />
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="223" />
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="237" />
        <source>Mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="238" />
        <source>score_j = −∞ for every j after '%1' (causal: a decoder cannot look ahead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="239" />
        <source>no mask: an encoder lets every token see every token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="255" />
        <source>Softmax: the attention weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="256" />
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="258" />
        <source>Entropy %1 bits: '%2' spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="282" />
        <source>Output: what '%1' receives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="283" />
        <source>output = Σ_j a_j · v_j</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="284" />
        <source>The weighted average of the values: the features of the tokens '%1' attends to now flow into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="298" />
        <source>The whole matrices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="299" />
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="300" />
        <source>Every token does steps 2–8 at once: one row per token. The row and column of '%1' are outlined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="304" />
        <source>Q — queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="309" />
        <source>V — values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="314" />
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/pages/MathPage.qml" line="320" />
        <source>A — attention weights (each row sums to 1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="30" />
        <source>Your sentence</source>
        <translation>Ihr Satz</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="47" />
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence's note is about, %2 the head on screen</extracomment>
        <translation>Dieser Hinweis gilt dem Kopf „%1“; angezeigt wird %2.</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="49" />
        <source>the average of all heads</source>
        <translation>der Mittelwert aller Köpfe</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="59" />
        <source>Show %1</source>
        <extracomment>%1 a head's name</extracomment>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="67" />
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="77" />
        <source>%1 head: %2</source>
        <extracomment>%1 is a head's name, %2 what it looks for</extracomment>
        <translation>Kopf „%1“: %2</translation>
    </message>
    <message>
        <location filename="../qml/components/PatternCard.qml" line="78" />
        <source>All heads (average): the mean of every head's weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="19" />
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="38" />
        <source>The quiz pack could not be used, so the built-in quiz is shown: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="47" />
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="79" />
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="79" />
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="104" />
        <source>Show the sentence</source>
        <translation>Satz anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="125" />
        <source>Correct.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="125" />
        <source>Not quite — the answer is marked ✓.</source>
        <translation>Nicht ganz – die Antwort ist mit ✓ markiert.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="131" />
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="138" />
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="156" />
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation>Du hast %1 von %2 Punkten. Bisher am besten: %3.</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="164" />
        <source>Review the ones you missed:</source>
        <translation>Sieh dir die falsch beantworteten noch einmal an:</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="175" />
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="186" />
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../qml/components/QuizCard.qml" line="192" />
        <source>Reset progress</source>
        <translation>Fortschritt löschen</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="18" />
        <source>No token selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="22" />
        <source>'%1' (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. 'cat' (41 %)</extracomment>
        <translation>„%1“ (%2 %)</translation>
    </message>
    <message>
        <location filename="../qml/components/SelectionSummary.qml" line="24" />
        <source>'%1' attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like 'cat' (41 %), 'mat' (20 %)</extracomment>
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
        <location filename="../qml/components/SentenceMenu.qml" line="22" />
        <location filename="../qml/components/SentenceMenu.qml" line="63" />
        <source>Choose a sentence</source>
        <translation>Satz wählen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="108" />
        <source>Your sentences</source>
        <translation>Eigene Sätze</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="181" />
        <source>Your own sentence…</source>
        <translation>Eigener Satz …</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="194" />
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="196" />
        <source>Your own sentence</source>
        <translation>Dein eigener Satz</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="203" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="207" />
        <source>This text cannot be shown: %1.</source>
        <translation>Dieser Text kann nicht gezeigt werden: %1.</translation>
    </message>
    <message>
        <location filename="../qml/components/SentenceMenu.qml" line="226" />
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="42" />
        <source>T %1 · causal</source>
        <extracomment>a button that shows the softmax settings: T and the mask ("T 1.00", "T 0.50 · causal")</extracomment>
        <translation>T %1 · kausal</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="42" />
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SessionControls.qml" line="44" />
        <source>Softmax settings</source>
        <translation>Softmax-Einstellungen</translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="28" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="44" />
        <source>Softmax temperature</source>
        <translation>Softmax-Temperatur</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="45" />
        <source>Left sharpens the attention, right flattens it</source>
        <translation>Links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="48" />
        <source>Softmax temperature: left sharpens the attention, right flattens it</source>
        <translation>Softmax-Temperatur: links schärft die Aufmerksamkeit, rechts glättet sie</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="54" />
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="67" />
        <source>Decoder: causal mask</source>
        <translation>Decoder: kausale Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="67" />
        <source>Encoder: no mask</source>
        <translation>Encoder: keine Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="70" />
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Decoder: jedes Token sieht nur sich und frühere Tokens</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="71" />
        <source>Encoder: every token sees every token</source>
        <translation>Encoder: jedes Token sieht jedes Token</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="69" />
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="80" />
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../qml/components/SoftmaxControls.qml" line="83" />
        <source>Temperature 1, no mask</source>
        <translation>Temperatur 1, keine Maske</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../qml/components/StepCard.qml" line="24" />
        <source>Step %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/StepCard.qml" line="35" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
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
        <location filename="../core/models/targetbars.cpp" line="91" />
        <source>%1. %2  %3 %</source>
        <extracomment>beside a bar of the chart: rank, token and weight in %, e.g. "1. cat 56.9 %"</extracomment>
        <translation>%1. %2  %3 %</translation>
    </message>
</context>
<context>
    <name>TokenChoice</name>
    <message>
        <location filename="../qml/components/TokenChoice.qml" line="39" />
        <source>right answer: </source>
        <translation>richtige Antwort: </translation>
    </message>
    <message>
        <location filename="../qml/components/TokenChoice.qml" line="39" />
        <source>your answer, wrong: </source>
        <translation>deine Antwort, falsch: </translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="63" />
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="65" />
        <source>%1, receives under 1 %</source>
        <translation>%1, erhält unter 1 %</translation>
    </message>
    <message>
        <location filename="../core/models/tokenlistmodel.cpp" line="67" />
        <source>%1, receives %2 %</source>
        <translation>%1, erhält %2 %</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <location filename="../qml/components/TokenPicker.qml" line="17" />
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenPicker.qml" line="32" />
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="27" />
        <source>Tokens of the sentence</source>
        <translation>Tokens des Satzes</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="129" />
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Wählen Sie ein Token – antippen, anklicken oder mit Tab hinspringen und Enter drücken –, um zu sehen, worauf es achtet.</translation>
    </message>
    <message>
        <location filename="../qml/components/TokenRow.qml" line="221" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueBars</name>
    <message>
        <location filename="../qml/components/ValueBars.qml" line="105" />
        <source>−∞ masked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../qml/components/ValueBars.qml" line="106" />
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="73" />
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="78" />
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="82" />
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="85" />
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="88" />
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="91" />
        <source>List the curated sentences: id, pattern, text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="93" />
        <source>Use the sentence pack FILE instead of the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="96" />
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="99" />
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="103" />
        <source>With --export: one head by name, or "all" for the average.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="106" />
        <source>With --export: csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="109" />
        <source>Open with the curated sentence ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="111" />
        <source>Open with token N (from 0) selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="113" />
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="116" />
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="119" />
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="122" />
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="125" />
        <source>Language of the window, e.g. de or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="128" />
        <source>light or dark, for this window only (default: the theme chosen last).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
