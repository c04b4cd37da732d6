<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>Über Self-Attention Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;b&gt;Version %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every number is computed: A = softmax(Q·Kᵀ/√d_k), then A·V. The default model's heads are &lt;i&gt;designed&lt;/i&gt; from grammar features (coreference, subject–verb, modifier, previous token, question) — not trained on text. Tiny BERT is a small model this project trained on public-domain text, to compare with. A BERT or GPT-2 folder you open is used as it is; the app never downloads anything.</source>
        <translation>Jede Zahl wird berechnet: A = softmax(Q·Kᵀ/√d_k), dann A·V. Die Köpfe des Standardmodells sind aus grammatischen Merkmalen &lt;i&gt;entworfen&lt;/i&gt; (Koreferenz, Subjekt–Verb, Attribut, vorheriges Token, Frage) – nicht an Text trainiert. Tiny BERT ist ein kleines Modell, das dieses Projekt zum Vergleich an gemeinfreiem Text trainiert hat. Ein BERT- oder GPT-2-Ordner, den du öffnest, wird so verwendet, wie er ist; die App lädt nie etwas herunter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The app: GNU GPL 3.0 or later. Qt: LGPL 3.0. The word list: Princeton WordNet 3.0 licence. First names: Moby Word II (public domain; PDDL 1.0 / CC0 1.0). Tiny BERT's training text: Moby-Dick and the US State of the Union addresses (public domain). Colour maps: viridis and cividis (CC0).</source>
        <translation>&lt;b&gt;Lizenzen.&lt;/b&gt; Die App: GNU GPL 3.0 oder später. Qt: LGPL 3.0. Die Wortliste: Lizenz von Princeton WordNet 3.0. Vornamen: Moby Word II (gemeinfrei; PDDL 1.0 / CC0 1.0). Trainingstext von Tiny BERT: Moby-Dick und die Reden zur Lage der Nation der USA (gemeinfrei). Farbskalen: viridis und cividis (CC0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation>&lt;b&gt;Literatur&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AttendsToChart</name>
    <message>
        <source>What '%1' attends to</source>
        <translation>Worauf „%1“ achtet</translation>
    </message>
    <message>
        <source>What the selected token attends to</source>
        <translation>Worauf das gewählte Token achtet</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Wähle ein Token, um zu sehen, worauf es achtet – das Stärkste zuerst.</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <source>%1 attends to %2: %3 %</source>
        <translation>%1 achtet auf %2: %3 %</translation>
    </message>
</context>
<context>
    <name>AttentionSession</name>
    <message>
        <source>The text has no tokens.</source>
        <translation>Der Text enthält keine Tokens.</translation>
    </message>
    <message>
        <source>This model reads at most %1 tokens; the text has %2, so only the first %1 are shown.</source>
        <translation>Dieses Modell liest höchstens %1 Tokens; der Text hat %2, daher werden nur die ersten %1 gezeigt.</translation>
    </message>
</context>
<context>
    <name>CompareActivity</name>
    <message>
        <source>Activity · Designed vs learned attention</source>
        <translation>Aktivität · Entworfene und gelernte Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The same sentence in both models: “%1”. Below, the designed %2 head, then the %3 × %4 heads of Tiny BERT, which learned its attention from text. 1. Which trained head looks most like the designed one? Tap it.</source>
        <extracomment>%1 the sentence, %2 a designed head's name, %3 layers, %4 heads</extracomment>
        <translation>Derselbe Satz in beiden Modellen: „%1“. Unten der entworfene Kopf %2, dann die %3 × %4 Köpfe von Tiny BERT, das seine Aufmerksamkeit aus Text gelernt hat. 1. Welcher trainierte Kopf sieht dem entworfenen am ähnlichsten? Tippe ihn an.</translation>
    </message>
    <message>
        <source>In each square, rows are the words attending (from) and columns the words attended to, in the sentence's order; Tiny BERT's squares also have [CLS] first, [SEP] last and a row for each piece of a split word.</source>
        <translation>In jedem Quadrat sind die Zeilen die Wörter, die achten (von), und die Spalten die Wörter, auf die geachtet wird, in der Reihenfolge des Satzes; die Quadrate von Tiny BERT haben außerdem [CLS] am Anfang, [SEP] am Ende und eine Zeile für jedes Stück eines geteilten Wortes.</translation>
    </message>
    <message>
        <source>Use the sentence from Explore instead</source>
        <translation>Stattdessen den Satz aus „Erkunden“ verwenden</translation>
    </message>
    <message>
        <source>Designed: %1</source>
        <translation>Entworfen: %1</translation>
    </message>
    <message>
        <source>The designed %1 head's attention</source>
        <translation>Aufmerksamkeit des entworfenen Kopfes %1</translation>
    </message>
    <message>
        <source>Tiny BERT: rows are layers, columns heads</source>
        <extracomment>rows are layers, columns heads</extracomment>
        <translation>Tiny BERT: Zeilen sind Schichten, Spalten Köpfe</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Schicht %1, Kopf %2</translation>
    </message>
    <message>
        <source>Yes. </source>
        <extracomment>%1, %2 layer and head; %3 a share; %4 a designed head; %5, %6 layer and head; %7 a share</extracomment>
        <translation>Ja. </translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation>Nicht ganz. </translation>
    </message>
    <message>
        <source>Layer %1, head %2 makes %3 of the designed %4 head's links, measured on the built-in sentences. The closest is layer %5, head %6 (%7): it has learned the same pattern without being told.</source>
        <translation>Schicht %1, Kopf %2 bildet %3 der Verknüpfungen des entworfenen Kopfes %4, gemessen an den eingebauten Sätzen. Am nächsten kommt Schicht %5, Kopf %6 (%7): Er hat dasselbe Muster gelernt, ohne dass es ihm gesagt wurde.</translation>
    </message>
    <message>
        <source>2. Where they differ</source>
        <translation>2. Wo sie sich unterscheiden</translation>
    </message>
    <message>
        <source>No trained head resembles the designed %1 head: the closest makes only %2 of its links. A model learns what helps it guess hidden words, not the relations a linguist would name.</source>
        <extracomment>%1 a designed head, %2 a share</extracomment>
        <translation>Kein trainierter Kopf ähnelt dem entworfenen Kopf %1: Der nächste bildet nur %2 seiner Verknüpfungen. Ein Modell lernt, was ihm hilft, verdeckte Wörter zu erraten, nicht die Beziehungen, die eine Linguistin benennen würde.</translation>
    </message>
    <message>
        <source>On this sentence, the closest trained heads link every word as the designed heads do.</source>
        <translation>In diesem Satz verknüpfen die nächsten trainierten Köpfe jedes Wort so wie die entworfenen Köpfe.</translation>
    </message>
    <message>
        <source>3. Raw attention or rollout?</source>
        <translation>3. Rohe Aufmerksamkeit oder Rollout?</translation>
    </message>
    <message>
        <source>The designed Coreference head links “%1” to “%2”. </source>
        <extracomment>%1 a word, %2 the word the designed head links it to</extracomment>
        <translation>Der entworfene Koreferenz-Kopf verknüpft „%1“ mit „%2“. </translation>
    </message>
    <message>
        <source>In Tiny BERT's last layer, raw attention from “%1” (averaged over the heads) is strongest to “%2” (%3); the rollout to the last layer (Abnar &amp; Zuidema 2020), which follows attention through every layer, is strongest to “%4” (%5), itself left out. The two can disagree: which one says what the model used?</source>
        <extracomment>%1 a word; %2, %3 a word and its weight; %4, %5 a word and its weight</extracomment>
        <translation>In der letzten Schicht von Tiny BERT ist die rohe Aufmerksamkeit von „%1“ (über die Köpfe gemittelt) am stärksten zu „%2“ (%3); der Rollout bis zur letzten Schicht (Abnar &amp; Zuidema 2020), der der Aufmerksamkeit durch alle Schichten folgt, ist am stärksten zu „%4“ (%5), das Wort selbst ausgenommen. Beide können sich widersprechen: Welcher sagt, was das Modell benutzt hat?</translation>
    </message>
    <message>
        <source>4. Discuss: is attention an explanation?</source>
        <translation>4. Diskutiert: Ist Aufmerksamkeit eine Erklärung?</translation>
    </message>
    <message>
        <source>Jain &amp; Wallace (2019, “Attention is not Explanation”) found that attention weights often disagree with other measures of which words matter, and that very different weights can give the same prediction. Wiegreffe &amp; Pinter (2019, “Attention is not not Explanation”) answered that this depends on what counts as an explanation, and that attention is not arbitrary either. If a Tiny BERT head attends to the previous word, does that tell you why it guessed “whale” for “The cat sat on the [MASK]”? What would you need to know besides the weights?</source>
        <translation>Jain &amp; Wallace (2019, „Attention is not Explanation“) fanden, dass Aufmerksamkeitsgewichte oft anderen Maßen dafür widersprechen, welche Wörter wichtig sind, und dass sehr verschiedene Gewichte dieselbe Vorhersage liefern können. Wiegreffe &amp; Pinter (2019, „Attention is not not Explanation“) antworteten, dass dies davon abhängt, was als Erklärung gilt, und dass Aufmerksamkeit auch nicht beliebig ist. Wenn ein Kopf von Tiny BERT auf das vorherige Wort achtet, sagt dir das, warum es für „The cat sat on the [MASK]“ „whale“ geraten hat? Was müsstest du außer den Gewichten noch wissen?</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Designed heads</source>
        <translation>Entworfene Köpfe</translation>
    </message>
    <message>
        <source>Coreference</source>
        <translation>Koreferenz</translation>
    </message>
    <message>
        <source>A pronoun looks back for a noun phrase that agrees with it in person, number, humanness and gender; a reflexive (himself) takes the subject of its own clause, an object pronoun (them) never does; among the rest it prefers a subject, then the nearest.</source>
        <translation>Ein Pronomen sucht rückwärts nach einer Nominalphrase, die in Person, Numerus, Menschsein und Genus zu ihm passt; ein Reflexivpronomen (himself) nimmt das Subjekt seines eigenen Satzes, ein Objektpronomen (them) nie; unter den übrigen bevorzugt es ein Subjekt, dann das nächste.</translation>
    </message>
    <message>
        <source>Subject–verb</source>
        <translation>Subjekt–Verb</translation>
    </message>
    <message>
        <source>A verb looks for the subject of its own clause, skipping the subjects of clauses nested inside.</source>
        <translation>Ein Verb sucht das Subjekt seines eigenen Teilsatzes und überspringt die Subjekte eingebetteter Teilsätze.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>A modifier looks for the word it modifies: a determiner, adjective or noun modifier the noun of its own noun phrase; a predicative adjective ("was calm") the subject; an adverb the adjective or adverb right after it, or else the verb.</source>
        <translation>Ein Attribut sucht das Wort, das es bestimmt: Artikel, Adjektiv oder Nomen-Attribut das Nomen der eigenen Nominalphrase; ein prädikatives Adjektiv („was calm“) das Subjekt; ein Adverb das Adjektiv oder Adverb direkt danach, sonst das Verb.</translation>
    </message>
    <message>
        <source>Previous token</source>
        <translation>Vorheriges Token</translation>
    </message>
    <message>
        <source>Every token looks at the token just before it, using only the position encoding.</source>
        <translation>Jedes Token schaut auf das Token direkt davor und nutzt dafür nur die Positionskodierung.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The question mark looks back for what makes its sentence a question: the wh-word that opens it, or else the auxiliary before the subject (Is the museum open?, …, aren't you?); the wh-word looks for its question mark. Only inside one sentence.</source>
        <translation>Das Fragezeichen sucht rückwärts, was seinen Satz zur Frage macht: das Fragewort am Anfang oder sonst das Hilfsverb vor dem Subjekt (Is the museum open?, …, aren't you?); das Fragewort sucht sein Fragezeichen. Nur innerhalb eines Satzes.</translation>
    </message>
    <message>
        <source>Curated English sentences</source>
        <translation>Ausgewählte englische Sätze</translation>
    </message>
    <message>
        <source>Who was tired?</source>
        <translation>Wer war müde?</translation>
    </message>
    <message>
        <source>Select "it" in the Coreference head. Both "cat" and "mat" are singular and not human, so both agree with "it"; "cat" wins because it is the subject of the sentence (without the head's preference for subjects, the nearer "mat" would win). The model does not know that mats cannot be tired: it follows grammar, not meaning.</source>
        <translation>Wähle „it“ im Koreferenz-Kopf. „cat“ und „mat“ sind beide Singular und nicht menschlich, passen also beide zu „it“; „cat“ gewinnt, weil es das Subjekt des Satzes ist (ohne die Vorliebe des Kopfes für Subjekte würde das nähere „mat“ gewinnen). Das Modell weiß nicht, dass Matten nicht müde sein können: Es folgt der Grammatik, nicht der Bedeutung.</translation>
    </message>
    <message>
        <source>The animal and the street</source>
        <translation>Das Tier und die Straße</translation>
    </message>
    <message>
        <source>"it" could be the animal or the street. The Coreference head links it to "animal", the subject, the reading every English speaker picks. Swap "tired" for "wide" and a person would change their mind; this head would not.</source>
        <translation>„it“ könnte das Tier oder die Straße sein. Der Koreferenz-Kopf verknüpft es mit „animal“, dem Subjekt – die Lesart, die jeder englische Muttersprachler wählt. Tausche „tired“ gegen „wide“, und ein Mensch würde umdenken; dieser Kopf nicht.</translation>
    </message>
    <message>
        <source>The bored dog</source>
        <translation>Der gelangweilte Hund</translation>
    </message>
    <message>
        <source>"it" agrees with both "dog" and "ball" (singular, not human). The head prefers the subject, "dog"; among equals it would take the nearest, "ball".</source>
        <translation>„it“ passt zu „dog“ und zu „ball“ (Singular, nicht menschlich). Der Kopf bevorzugt das Subjekt, „dog“; unter Gleichen nähme er das nächste, „ball“.</translation>
    </message>
    <message>
        <source>He and her</source>
        <translation>Er und sie</translation>
    </message>
    <message>
        <source>Gender does the work here. In the second half, "he" can only be the man: it skips "She" and "her" and finds "him". The second "her" finds "She". Two clauses, two subjects: each "gave" finds its own.</source>
        <translation>Hier entscheidet das Genus. In der zweiten Hälfte kann „he“ nur der Mann sein: Es überspringt „She“ und „her“ und findet „him“. Das zweite „her“ findet „She“. Zwei Teilsätze, zwei Subjekte: Jedes „gave“ findet sein eigenes.</translation>
    </message>
    <message>
        <source>They were hungry</source>
        <translation>Sie hatten Hunger</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree with it, although it is nearer. "children" agrees in number and is the subject too: two reasons point the same way.</source>
        <translation>„they“ ist Plural, daher passt das singularische „dog“ nicht, obwohl es näher ist. „children“ passt im Numerus und ist auch das Subjekt: Zwei Gründe zeigen in dieselbe Richtung.</translation>
    </message>
    <message>
        <source>She and the ball</source>
        <translation>Sie und der Ball</translation>
    </message>
    <message>
        <source>"she" must be a female person. "ball" is the subject, which the head usually prefers, but it is not human, so "she" finds "girl".</source>
        <translation>„she“ muss eine weibliche Person sein. „ball“ ist das Subjekt, das der Kopf meist bevorzugt, aber es ist nicht menschlich, also findet „she“ „girl“.</translation>
    </message>
    <message>
        <source>Who passed?</source>
        <translation>Wer hat bestanden?</translation>
    </message>
    <message>
        <source>Select "passed" in the Subject–verb head. Its subject, "students", is four tokens back, across the clause "who studied hard". The head skips "who", the subject of the inner clause, because it looks for a subject in its own clause.</source>
        <translation>Wähle „passed“ im Subjekt–Verb-Kopf. Sein Subjekt, „students“, steht vier Tokens zurück, jenseits des Teilsatzes „who studied hard“. Der Kopf überspringt „who“, das Subjekt des inneren Teilsatzes, weil er ein Subjekt in seinem eigenen Teilsatz sucht.</translation>
    </message>
    <message>
        <source>The keys to the cabinet</source>
        <translation>Die Schlüssel zum Schrank</translation>
    </message>
    <message>
        <source>"were" finds "keys", across the phrase "to the old cabinet" — the long-range link that simple language models get wrong. What decides is structure: the noun inside a prepositional phrase cannot be the subject, so the analyser marks "keys" as the subject and the head looks for its clause's subject. Number agrees too (plural "were", plural "keys"), but it is not needed: in the ungrammatical "The key to the old cabinets were …" the head still picks "key".</source>
        <translation>„were“ findet „keys“ über die Phrase „to the old cabinet“ hinweg – die weite Verknüpfung, an der einfache Sprachmodelle scheitern. Entscheidend ist die Struktur: Das Nomen in einer Präpositionalphrase kann nicht Subjekt sein, also markiert der Analysator „keys“ als Subjekt, und der Kopf sucht das Subjekt seines Teilsatzes. Auch der Numerus passt (Plural „were“, Plural „keys“), wird aber nicht gebraucht: Im ungrammatischen „The key to the old cabinets were …“ wählt der Kopf trotzdem „key“.</translation>
    </message>
    <message>
        <source>The author of the books</source>
        <translation>Der Autor der Bücher</translation>
    </message>
    <message>
        <source>"lives" finds its subject "author", not the nearer "books": "books" sits inside the phrase "of the famous books", and a noun in a prepositional phrase is not a subject. Number agrees as well (singular "lives", singular "author"), but structure decides.</source>
        <translation>„lives“ findet sein Subjekt „author“, nicht das nähere „books“: „books“ steht in der Phrase „of the famous books“, und ein Nomen in einer Präpositionalphrase ist kein Subjekt. Auch der Numerus passt (Singular „lives“, Singular „author“), aber die Struktur entscheidet.</translation>
    </message>
    <message>
        <source>The dog that the boy saw</source>
        <translation>Der Hund, den der Junge sah</translation>
    </message>
    <message>
        <source>Two verbs, two subjects. "saw" belongs to the inner clause and finds "boy"; "was" belongs to the main clause and finds "dog", five tokens back.</source>
        <translation>Zwei Verben, zwei Subjekte. „saw“ gehört zum inneren Teilsatz und findet „boy“; „was“ gehört zum Hauptsatz und findet „dog“, fünf Tokens zurück.</translation>
    </message>
    <message>
        <source>The quick brown fox</source>
        <translation>Der schnelle braune Fuchs</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Select "quick" or "lazy" in the Modifier head. Each adjective finds the noun it describes: "quick" and "brown" find "fox", "lazy" finds "dog" — not "fox", which comes before it.</source>
        <translation>Wähle „quick“ oder „lazy“ im Attribut-Kopf. Jedes Adjektiv findet das Nomen, das es beschreibt: „quick“ und „brown“ finden „fox“, „lazy“ findet „dog“ – nicht „fox“, das davor steht.</translation>
    </message>
    <message>
        <source>A small red house</source>
        <translation>Ein kleines rotes Haus</translation>
    </message>
    <message>
        <source>Determiners and adjectives look for the noun of their own noun phrase: "A", "small" and "red" find "house"; "the" and "old" find "church".</source>
        <translation>Artikel und Adjektive suchen das Nomen ihrer eigenen Nominalphrase: „A“, „small“ und „red“ finden „house“; „the“ und „old“ finden „church“.</translation>
    </message>
    <message>
        <source>What is the capital?</source>
        <translation>Was ist die Hauptstadt?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>In the Question head, "What" and "?" find each other: the question word and the mark that closes its sentence belong together, however far apart they are in that sentence.</source>
        <translation>Im Frage-Kopf finden sich „What“ und „?“ gegenseitig: Das Fragewort und das Zeichen, das seinen Satz schließt, gehören zusammen, egal wie weit sie im Satz auseinanderstehen.</translation>
    </message>
    <message>
        <source>Where did the children go?</source>
        <translation>Wohin sind die Kinder gegangen?</translation>
    </message>
    <message>
        <source>"Where" opens the question and "?" closes it; the Question head links them across the whole sentence.</source>
        <translation>„Where“ eröffnet die Frage und „?“ schließt sie; der Frage-Kopf verknüpft beide über den ganzen Satz.</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Ein Schritt zurück</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>The Previous token head uses no word features at all, only the position encoding: every token attends to the one just before it. Heads like this one help real models follow word order.</source>
        <translation>Der Kopf „Vorheriges Token“ nutzt gar keine Wortmerkmale, nur die Positionskodierung: Jedes Token achtet auf das direkt davor. Solche Köpfe helfen echten Modellen, der Wortfolge zu folgen.</translation>
    </message>
    <message>
        <source>Position in a long sentence</source>
        <translation>Position in einem langen Satz</translation>
    </message>
    <message>
        <source>The Previous token head works the same at token 20 as at token 2: the sinusoidal position encoding lets q·k depend only on the distance between two tokens. The Coreference head links "his" to "man" across the whole sentence.</source>
        <translation>Der Kopf „Vorheriges Token“ arbeitet bei Token 20 genauso wie bei Token 2: Die sinusförmige Positionskodierung lässt q·k nur vom Abstand zweier Tokens abhängen. Der Koreferenz-Kopf verknüpft „his“ über den ganzen Satz mit „man“.</translation>
    </message>
    <message>
        <source>The trophy was too big</source>
        <translation>Der Pokal war zu groß</translation>
    </message>
    <message>
        <source>Where designed heads fail</source>
        <translation>Wo entworfene Köpfe scheitern</translation>
    </message>
    <message>
        <source>Here the head is right: "it" is the trophy, and the trophy is the subject. Now open the next sentence, where one word changes.</source>
        <translation>Hier hat der Kopf recht: „it“ ist der Pokal, und der Pokal ist das Subjekt. Öffne nun den nächsten Satz, in dem sich ein Wort ändert.</translation>
    </message>
    <message>
        <source>The suitcase was too small</source>
        <translation>Der Koffer war zu klein</translation>
    </message>
    <message>
        <source>A person reads "it" as the suitcase: things do not fit into containers that are too small. The Coreference head still picks "trophy", because all it sees is grammar — person, number, humanness, gender and which noun is the subject — and "big" and "small" have the same grammar. No single head of this kind can get both sentences right. Trained models resolve such Winograd pairs, when they do, by combining many heads over many layers with knowledge of the world learned from text.</source>
        <translation>Ein Mensch liest „it“ als den Koffer: Dinge passen nicht in Behälter, die zu klein sind. Der Koreferenz-Kopf wählt trotzdem „trophy“, weil er nur Grammatik sieht – Person, Numerus, Menschsein, Genus und welches Nomen das Subjekt ist –, und „big“ und „small“ haben dieselbe Grammatik. Kein einzelner Kopf dieser Art kann beide Sätze richtig lösen. Trainierte Modelle lösen solche Winograd-Paare, wenn überhaupt, indem sie viele Köpfe über viele Schichten mit aus Text gelerntem Weltwissen verbinden.</translation>
    </message>
    <message>
        <source>Both "cat" and "mat" agree with "it" (singular, not human); the head prefers the subject, "cat". It knows grammar, not that mats cannot be tired.</source>
        <translation>„cat“ und „mat“ passen beide zu „it“ (Singular, nicht menschlich); der Kopf bevorzugt das Subjekt, „cat“. Er kennt Grammatik, weiß aber nicht, dass Matten nicht müde sein können.</translation>
    </message>
    <message>
        <source>Why must "it" attend to "cat" for a model to continue the sentence correctly? What would go wrong if it attended to "mat"?</source>
        <translation>Warum muss „it“ auf „cat“ achten, damit ein Modell den Satz richtig fortsetzen kann? Was ginge schief, wenn es auf „mat“ achtete?</translation>
    </message>
    <message>
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation>Wie geht Aufmerksamkeit mit weiten Abhängigkeiten um, etwa einem Verb und seinem Subjekt, die mehrere Wörter auseinanderstehen? Vergleiche mit dem Lesen Wort für Wort.</translation>
    </message>
    <message>
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation>Was sollte geschehen, wenn ein Pronomen mehrere mögliche Bezugswörter hat? Probiere den Pokal und den Koffer: Was nutzt ein Mensch, das diesem Kopf fehlt?</translation>
    </message>
    <message>
        <source>Self-attention quiz</source>
        <translation>Quiz zur Self-Attention</translation>
    </message>
    <message>
        <source>What is the main purpose of self-attention?</source>
        <translation>Was ist der Hauptzweck von Self-Attention?</translation>
    </message>
    <message>
        <source>To drop the words that matter least from a sentence</source>
        <translation>Die unwichtigsten Wörter aus einem Satz zu streichen</translation>
    </message>
    <message>
        <source>To let each token gather information from the tokens that matter to it</source>
        <translation>Jedes Token Information von den Tokens sammeln zu lassen, die für es wichtig sind</translation>
    </message>
    <message>
        <source>To translate every word into a word of another language</source>
        <translation>Jedes Wort in ein Wort einer anderen Sprache zu übersetzen</translation>
    </message>
    <message>
        <source>To count how often each word appears in the texts the model was trained on</source>
        <translation>Zu zählen, wie oft jedes Wort in den Trainingstexten des Modells vorkommt</translation>
    </message>
    <message>
        <source>Each token computes how relevant every other token is (its attention weights) and takes a weighted mix of their values, so its representation now carries context.</source>
        <translation>Jedes Token berechnet, wie relevant jedes andere Token ist (seine Aufmerksamkeitsgewichte), und nimmt eine gewichtete Mischung ihrer Werte, sodass seine Darstellung nun Kontext trägt.</translation>
    </message>
    <message>
        <source>In the attention heatmap, what do the rows and columns mean?</source>
        <translation>Was bedeuten Zeilen und Spalten in der Aufmerksamkeits-Heatmap?</translation>
    </message>
    <message>
        <source>Rows are the heads of the model and columns are the layers each head is in</source>
        <translation>Zeilen sind die Köpfe des Modells, Spalten die Schichten, in denen sie liegen</translation>
    </message>
    <message>
        <source>Rows are the words and columns are the letters of each word in the sentence</source>
        <translation>Zeilen sind die Wörter, Spalten die Buchstaben jedes Wortes im Satz</translation>
    </message>
    <message>
        <source>Rows: the tokens attending (queries); columns: the tokens attended to (keys)</source>
        <translation>Zeilen: die Tokens, die achten (Anfragen); Spalten: die Tokens, auf die geachtet wird (Schlüssel)</translation>
    </message>
    <message>
        <source>Rows are the layers of the network and columns are the positions in the sentence</source>
        <translation>Zeilen sind die Schichten des Netzes, Spalten die Positionen im Satz</translation>
    </message>
    <message>
        <source>Row i is token i's query; cell (i, j) is how much token i attends to token j. Each row sums to 1 because it comes out of a softmax.</source>
        <translation>Zeile i ist die Anfrage von Token i; Zelle (i, j) ist, wie sehr Token i auf Token j achtet. Jede Zeile ergibt 1, weil sie aus einer Softmax kommt.</translation>
    </message>
    <message>
        <source>What are Q, K and V?</source>
        <translation>Was sind Q, K und V?</translation>
    </message>
    <message>
        <source>Query: what a token looks for; Key: what it offers; Value: what it passes on</source>
        <translation>Query (Anfrage): wonach ein Token sucht; Key (Schlüssel): was es anbietet; Value (Wert): was es weitergibt</translation>
    </message>
    <message>
        <source>Three copies of the sentence, one for each direction of reading it</source>
        <translation>Drei Kopien des Satzes, eine für jede Leserichtung</translation>
    </message>
    <message>
        <source>Quality, Knowledge and Vocabulary: three scores the model gives to every word</source>
        <translation>Qualität, Wissen und Wortschatz: drei Punktzahlen, die das Modell jedem Wort gibt</translation>
    </message>
    <message>
        <source>The first, second and third layers that every transformer network has</source>
        <translation>Die erste, zweite und dritte Schicht, die jedes Transformer-Netz hat</translation>
    </message>
    <message>
        <source>Every token is projected three ways. q_i·k_j measures how well token j's key matches token i's query; the softmax of those scores weights the values v_j.</source>
        <translation>Jedes Token wird auf drei Arten projiziert. q_i·k_j misst, wie gut der Schlüssel von Token j zur Anfrage von Token i passt; die Softmax dieser Punktzahlen gewichtet die Werte v_j.</translation>
    </message>
    <message>
        <source>In "The cat sat on the mat because it was tired", why does "it" attend most to "cat" in the Coreference head?</source>
        <translation>Warum achtet „it“ in „The cat sat on the mat because it was tired“ im Koreferenz-Kopf am meisten auf „cat“?</translation>
    </message>
    <message>
        <source>The model has learned from text that a mat cannot be tired</source>
        <translation>Das Modell hat aus Texten gelernt, dass eine Matte nicht müde sein kann</translation>
    </message>
    <message>
        <source>The weights are random, and this time they just happened to favour "cat"</source>
        <translation>Die Gewichte sind zufällig und bevorzugten diesmal zufällig „cat“</translation>
    </message>
    <message>
        <source>"cat" is the noun closest to "it", and the head prefers the nearest noun</source>
        <translation>„cat“ ist das Nomen, das „it“ am nächsten ist, und der Kopf bevorzugt das nächste Nomen</translation>
    </message>
    <message>
        <source>Both agree with "it" (singular, not human); the head prefers the subject</source>
        <translation>Beide passen zu „it“ (Singular, nicht menschlich); der Kopf bevorzugt das Subjekt</translation>
    </message>
    <message>
        <source>"mat" is closer, and the head knows nothing about tiredness. Its query looks for a singular, non-human noun phrase and adds a bonus for the subject — that is why "cat" wins.</source>
        <translation>„mat“ ist näher, und der Kopf weiß nichts über Müdigkeit. Seine Anfrage sucht eine singularische, nicht menschliche Nominalphrase und gibt dem Subjekt einen Bonus – deshalb gewinnt „cat“.</translation>
    </message>
    <message>
        <source>Why was self-attention a breakthrough over earlier recurrent networks?</source>
        <translation>Warum war Self-Attention ein Durchbruch gegenüber früheren rekurrenten Netzen?</translation>
    </message>
    <message>
        <source>It needs no training data, so a model can be built without any text</source>
        <translation>Sie braucht keine Trainingsdaten, also lässt sich ein Modell ganz ohne Text bauen</translation>
    </message>
    <message>
        <source>Any token reaches any other directly, and a whole text is encoded in parallel</source>
        <translation>Jedes Token erreicht jedes andere direkt, und ein ganzer Text wird parallel kodiert</translation>
    </message>
    <message>
        <source>It reads a sentence strictly one word at a time, so it never loses track of order</source>
        <translation>Sie liest einen Satz streng Wort für Wort und verliert so nie die Reihenfolge</translation>
    </message>
    <message>
        <source>It uses fewer numbers than any other method, so it always runs faster</source>
        <translation>Sie nutzt weniger Zahlen als jede andere Methode und läuft daher immer schneller</translation>
    </message>
    <message>
        <source>A recurrent network passes information along one token at a time, so distant tokens reach each other only through many steps. In self-attention every token reaches every other in one step, and all the tokens of a text are encoded (or trained on) at the same time. Generating text is still one new token at a time.</source>
        <translation>Ein rekurrentes Netz reicht Information Token für Token weiter, sodass weit entfernte Tokens einander nur über viele Schritte erreichen. Bei Self-Attention erreicht jedes Token jedes andere in einem Schritt, und alle Tokens eines Textes werden gleichzeitig kodiert (oder trainiert). Text erzeugen geht weiterhin ein neues Token nach dem anderen.</translation>
    </message>
    <message>
        <source>Tap the token that "were" attends to most in the Subject–verb head.</source>
        <translation>Tippe das Token an, auf das „were“ im Subjekt–Verb-Kopf am meisten achtet.</translation>
    </message>
    <message>
        <source>"were" looks for the subject of its own clause. That is "keys", at the start, not the nearer "cabinet".</source>
        <translation>„were“ sucht das Subjekt seines eigenen Teilsatzes. Das ist „keys“ am Anfang, nicht das nähere „cabinet“.</translation>
    </message>
    <message>
        <source>Tap the token that "small" attends to most in the Modifier head.</source>
        <translation>Tippe das Token an, auf das „small“ im Attribut-Kopf am meisten achtet.</translation>
    </message>
    <message>
        <source>An adjective looks for the head noun of its own noun phrase: "small" skips "red", another adjective, and finds "house".</source>
        <translation>Ein Adjektiv sucht das Kernnomen seiner eigenen Nominalphrase: „small“ überspringt „red“, ein weiteres Adjektiv, und findet „house“.</translation>
    </message>
    <message>
        <source>Tap the token that "?" attends to most in the Question head.</source>
        <translation>Tippe das Token an, auf das „?“ im Frage-Kopf am meisten achtet.</translation>
    </message>
    <message>
        <source>The question mark looks back for the question word that opened its question: "Where", at the other end of the sentence.</source>
        <translation>Das Fragezeichen sucht rückwärts das Fragewort, das seine Frage eröffnet hat: „Where“, am anderen Ende des Satzes.</translation>
    </message>
    <message>
        <source>Tap the token that "they" attends to most in the Coreference head.</source>
        <translation>Tippe das Token an, auf das „they“ im Koreferenz-Kopf am meisten achtet.</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree; "children" does.</source>
        <translation>„they“ ist Plural, also passt das singularische „dog“ nicht; „children“ schon.</translation>
    </message>
    <message>
        <source>What does every row of the attention matrix add up to?</source>
        <translation>Was ergibt jede Zeile der Aufmerksamkeitsmatrix zusammen?</translation>
    </message>
    <message>
        <source>It depends on the sentence</source>
        <translation>Das hängt vom Satz ab</translation>
    </message>
    <message>
        <source>1, that is 100 %</source>
        <translation>1, also 100 %</translation>
    </message>
    <message>
        <source>0, the weights cancel out</source>
        <translation>0, die Gewichte heben sich auf</translation>
    </message>
    <message>
        <source>The number of tokens</source>
        <translation>Die Anzahl der Tokens</translation>
    </message>
    <message>
        <source>Each row is a softmax: positive numbers that add up to 1, a distribution over the tokens.</source>
        <translation>Jede Zeile ist eine Softmax: positive Zahlen, die zusammen 1 ergeben, eine Verteilung über die Tokens.</translation>
    </message>
    <message>
        <source>Why are the scores divided by √d_k before the softmax?</source>
        <translation>Warum werden die Punktzahlen vor der Softmax durch √d_k geteilt?</translation>
    </message>
    <message>
        <source>To make every score negative before the softmax is applied</source>
        <translation>Um jede Punktzahl vor der Softmax negativ zu machen</translation>
    </message>
    <message>
        <source>Their spread grows with √d_k; dividing keeps the softmax from saturating</source>
        <translation>Ihre Streuung wächst mit √d_k; die Division verhindert, dass die Softmax sättigt</translation>
    </message>
    <message>
        <source>It has no effect on the result at all; it only makes the numbers look smaller</source>
        <translation>Es hat keinerlei Wirkung auf das Ergebnis; die Zahlen sehen nur kleiner aus</translation>
    </message>
    <message>
        <source>To count the tokens, so that longer sentences get larger scores</source>
        <translation>Um die Tokens zu zählen, damit längere Sätze größere Punktzahlen bekommen</translation>
    </message>
    <message>
        <source>A dot product of d_k random components has a standard deviation that grows like √d_k. Without the division, wider heads would give ever larger differences between scores, the softmax would put almost all weight on one token, and its gradients would vanish.</source>
        <translation>Ein Skalarprodukt aus d_k zufälligen Komponenten hat eine Standardabweichung, die wie √d_k wächst. Ohne die Division gäben breitere Köpfe immer größere Unterschiede zwischen den Punktzahlen, die Softmax legte fast das ganze Gewicht auf ein Token, und ihre Gradienten verschwänden.</translation>
    </message>
    <message>
        <source>What happens to a token's attention when the softmax temperature T goes from 1 down to 0.1?</source>
        <translation>Was passiert mit der Aufmerksamkeit eines Tokens, wenn die Softmax-Temperatur T von 1 auf 0,1 sinkt?</translation>
    </message>
    <message>
        <source>It becomes sharper: the top token gets almost all weight, the entropy falls</source>
        <translation>Sie wird schärfer: Das oberste Token bekommt fast das ganze Gewicht, die Entropie sinkt</translation>
    </message>
    <message>
        <source>It becomes flatter: every token gets about the same weight, the entropy rises</source>
        <translation>Sie wird flacher: Jedes Token bekommt etwa gleich viel Gewicht, die Entropie steigt</translation>
    </message>
    <message>
        <source>Nothing changes: the temperature only changes the colours of the heatmap</source>
        <translation>Nichts ändert sich: Die Temperatur ändert nur die Farben der Heatmap</translation>
    </message>
    <message>
        <source>The rows stop adding up to 1, because the scores are divided by a small T</source>
        <translation>Die Zeilen ergeben nicht mehr 1, weil die Punktzahlen durch ein kleines T geteilt werden</translation>
    </message>
    <message>
        <source>Dividing the scores by a small T stretches their differences, so the softmax concentrates on the largest. Try it on the Inside the math page and watch the entropy.</source>
        <translation>Teilt man die Punktzahlen durch ein kleines T, werden ihre Unterschiede gestreckt, und die Softmax konzentriert sich auf die größte. Probiere es auf der Seite „Die Rechnung“ aus und beobachte die Entropie.</translation>
    </message>
    <message>
        <source>In a decoder (causal mask), what can the token "it" attend to?</source>
        <translation>Worauf kann das Token „it“ in einem Decoder (kausale Maske) achten?</translation>
    </message>
    <message>
        <source>Nothing at all: a causal mask hides every token from it</source>
        <translation>Auf gar nichts: Eine kausale Maske verbirgt jedes Token vor ihm</translation>
    </message>
    <message>
        <source>Only itself and the tokens that come before it</source>
        <translation>Nur auf sich selbst und die Tokens davor</translation>
    </message>
    <message>
        <source>Only the tokens that come after it in the sentence</source>
        <translation>Nur auf die Tokens, die im Satz danach kommen</translation>
    </message>
    <message>
        <source>Every token in the sentence, with weights unchanged</source>
        <translation>Auf jedes Token im Satz, mit unveränderten Gewichten</translation>
    </message>
    <message>
        <source>A decoder generates text left to right, so a token may not look ahead: scores for later tokens are set to −∞ and get weight exactly 0.</source>
        <translation>Ein Decoder erzeugt Text von links nach rechts, also darf ein Token nicht vorausschauen: Punktzahlen für spätere Tokens werden auf −∞ gesetzt und erhalten genau das Gewicht 0.</translation>
    </message>
    <message>
        <source>Why do transformers use several attention heads?</source>
        <translation>Warum nutzen Transformer mehrere Aufmerksamkeitsköpfe?</translation>
    </message>
    <message>
        <source>Each head handles a different sentence of the text at the same time</source>
        <translation>Jeder Kopf bearbeitet gleichzeitig einen anderen Satz des Textes</translation>
    </message>
    <message>
        <source>Heads are exact copies that must all give the same attention weights</source>
        <translation>Köpfe sind genaue Kopien, die alle dieselben Aufmerksamkeitsgewichte liefern müssen</translation>
    </message>
    <message>
        <source>Each head can look for another relation (coreference, position…) at once</source>
        <translation>Jeder Kopf kann gleichzeitig nach einer anderen Beziehung suchen (Koreferenz, Position …)</translation>
    </message>
    <message>
        <source>Adding heads makes the computation slower, and slower computation is more accurate</source>
        <translation>Mehr Köpfe machen die Rechnung langsamer, und langsamere Rechnung ist genauer</translation>
    </message>
    <message>
        <source>Heads have their own W_Q, W_K, W_V. Compare them on the All heads page: one links pronouns, one verbs and subjects, one adjacent tokens.</source>
        <translation>Köpfe haben ihre eigenen W_Q, W_K, W_V. Vergleiche sie auf der Seite „Alle Köpfe“: Einer verknüpft Pronomen, einer Verben und Subjekte, einer benachbarte Tokens.</translation>
    </message>
    <message>
        <source>In "The trophy didn't fit in the suitcase because it was too small", the Coreference head links "it" to "trophy". Why is that wrong, and why does the head do it?</source>
        <translation>In „The trophy didn't fit in the suitcase because it was too small“ verknüpft der Koreferenz-Kopf „it“ mit „trophy“. Warum ist das falsch, und warum tut der Kopf es?</translation>
    </message>
    <message>
        <source>It is the suitcase, but the head sees only grammar and prefers the subject</source>
        <translation>Gemeint ist der Koffer, aber der Kopf sieht nur Grammatik und bevorzugt das Subjekt</translation>
    </message>
    <message>
        <source>The head is right: it really was the trophy that was too small to fit inside</source>
        <translation>Der Kopf hat recht: Es war wirklich der Pokal, der zu klein war</translation>
    </message>
    <message>
        <source>The sentence is ungrammatical, so no head can find a referent for "it"</source>
        <translation>Der Satz ist ungrammatisch, also kann kein Kopf ein Bezugswort für „it“ finden</translation>
    </message>
    <message>
        <source>The head always picks the last noun before the pronoun, here "suitcase"</source>
        <translation>Der Kopf wählt immer das letzte Nomen vor dem Pronomen, hier „suitcase“</translation>
    </message>
    <message>
        <source>Deciding needs knowledge of the world (things do not fit into containers that are too small). Trained models combine many heads and layers, and still sometimes fail on such Winograd pairs.</source>
        <translation>Die Entscheidung braucht Weltwissen (Dinge passen nicht in zu kleine Behälter). Trainierte Modelle kombinieren viele Köpfe und Schichten und scheitern trotzdem manchmal an solchen Winograd-Paaren.</translation>
    </message>
    <message>
        <source>After the softmax, what does a token's output contain?</source>
        <translation>Was enthält die Ausgabe eines Tokens nach der Softmax?</translation>
    </message>
    <message>
        <source>Only the value vector of the one token it attends to most strongly of all</source>
        <translation>Nur den Wertvektor des einen Tokens, auf das es am stärksten achtet</translation>
    </message>
    <message>
        <source>The sum of all the key vectors, each multiplied by its query</source>
        <translation>Die Summe aller Schlüsselvektoren, jeder mit seiner Anfrage multipliziert</translation>
    </message>
    <message>
        <source>The same vector it started with, since attention changes nothing</source>
        <translation>Denselben Vektor wie zu Beginn, da Aufmerksamkeit nichts ändert</translation>
    </message>
    <message>
        <source>The average of all tokens' value vectors, weighted by its attention</source>
        <translation>Den Mittelwert der Wertvektoren aller Tokens, gewichtet mit seiner Aufmerksamkeit</translation>
    </message>
    <message>
        <source>output_i = Σ_j a_ij · v_j. With the designed heads the values are the tokens' features, so "it" receives "animate" from "cat".</source>
        <translation>Ausgabe_i = Σ_j a_ij · v_j. Bei den entworfenen Köpfen sind die Werte die Merkmale der Tokens, also erhält „it“ von „cat“ das Merkmal „animate“.</translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>Open this sentence in Explore</source>
        <translation>Diesen Satz in „Erkunden“ öffnen</translation>
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
    <name>Error</name>
    <message>
        <source>the text has %1 characters; the limit is %2</source>
        <translation>der Text hat %1 Zeichen; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the text has more than %1 tokens; the limit is %1</source>
        <translation>der Text hat mehr als %1 Tokens; die Grenze liegt bei %1</translation>
    </message>
    <message>
        <source>the text has no words or symbols to attend to</source>
        <translation>der Text enthält keine Wörter oder Zeichen, auf die geachtet werden kann</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the limit is %2</source>
        <translation>der Text hat %1 Tokens; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the model has %2 positions</source>
        <translation>der Text hat %1 Tokens; das Modell hat %2 Positionen</translation>
    </message>
    <message>
        <source>the text has no [MASK] to fill</source>
        <translation>der Text enthält kein [MASK] zum Füllen</translation>
    </message>
    <message>
        <source>expected a list of rows, got %1</source>
        <translation>erwartet wurde eine Liste von Zeilen, gefunden: %1</translation>
    </message>
    <message>
        <source>row 1: expected a list of numbers, got %1</source>
        <translation>Zeile 1: erwartet wurde eine Liste von Zahlen, gefunden: %1</translation>
    </message>
    <message>
        <source>%1×%2 entries is more than the limit of %3</source>
        <translation>%1×%2 Einträge sind mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>row %1: expected a list, got %2</source>
        <translation>Zeile %1: erwartet wurde eine Liste, gefunden: %2</translation>
    </message>
    <message>
        <source>row %1 has %2 entries, but row 1 has %3</source>
        <translation>Zeile %1 hat %2 Einträge, Zeile 1 aber %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>erwartet wurde ein nicht leerer Text</translation>
    </message>
    <message>
        <source>field "format": expected "%1"</source>
        <translation>Feld "format": erwartet wurde "%1"</translation>
    </message>
    <message>
        <source>field "version": only version 1 is understood</source>
        <translation>Feld "version": nur Version 1 wird verstanden</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the file is more than the limit of %1 bytes</source>
        <translation>die Datei ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>erwartet wurde ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>erwartet wurde eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <source>expected true/false or 1/0, got %1</source>
        <translation>erwartet wurde true/false oder 1/0, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of numbers, got %1</source>
        <translation>erwartet wurde eine Liste von Zahlen, gefunden: %1</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>field "tasks": expected a list of 1 to %1 tasks</source>
        <translation>Feld "tasks": erwartet wurde eine Liste von 1 bis %1 Aufgaben</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>expected one of %1, got "%2"</source>
        <translation>erwartet wurde eines von %1, gefunden: "%2"</translation>
    </message>
    <message>
        <source>no such token in "%1"</source>
        <translation>kein solches Token in "%1"</translation>
    </message>
    <message>
        <source>expected a list of 2 to %1 temperatures</source>
        <translation>erwartet wurde eine Liste von 2 bis %1 Temperaturen</translation>
    </message>
    <message>
        <source>each temperature must be from 0.1 to 10, got %1</source>
        <translation>jede Temperatur muss zwischen 0.1 und 10 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>field "questions": expected a list of 1 to %1 questions</source>
        <translation>Feld "questions": erwartet wurde eine Liste von 1 bis %1 Fragen</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>die ID wird zweimal verwendet</translation>
    </message>
    <message>
        <source>expected a list of 2 to 8 answers</source>
        <translation>erwartet wurde eine Liste von 2 bis 8 Antworten</translation>
    </message>
    <message>
        <source>every answer must be a non-empty text</source>
        <translation>jede Antwort muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>expected the index of one of the %1 options (from 0)</source>
        <translation>erwartet wurde der Index einer der %1 Antworten (ab 0)</translation>
    </message>
    <message>
        <source>expected "choice" or "tap-token", got "%1"</source>
        <translation>erwartet wurde "choice" oder "tap-token", gefunden: "%1"</translation>
    </message>
    <message>
        <source>field "sentences": expected a list of 1 to %1 sentences</source>
        <translation>Feld "sentences": erwartet wurde eine Liste von 1 bis %1 Sätzen</translation>
    </message>
    <message>
        <source>expected an object of token → features</source>
        <translation>erwartet wurde ein Objekt Token → Merkmale</translation>
    </message>
    <message>
        <source>there is no such token in the text</source>
        <translation>dieses Token kommt im Text nicht vor</translation>
    </message>
    <message>
        <source>expected an object of feature → number</source>
        <translation>erwartet wurde ein Objekt Merkmal → Zahl</translation>
    </message>
    <message>
        <source>"clause" must be a whole number from 0 to 100</source>
        <translation>"clause" muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>"phrase" must be a whole number from -1 to 1000</source>
        <translation>"phrase" muss eine ganze Zahl von -1 bis 1000 sein</translation>
    </message>
    <message>
        <source>unknown feature "%1"</source>
        <translation>unbekanntes Merkmal "%1"</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>erwartet wurde eine Zahl von %1 bis %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <source>unknown head "%1"</source>
        <translation>unbekannter Kopf "%1"</translation>
    </message>
    <message>
        <source>no token %1 in "%2"</source>
        <translation>kein Token %1 in "%2"</translation>
    </message>
    <message>
        <source>no sentence "%1" in the sentence pack</source>
        <translation>kein Satz "%1" im Satzpaket</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>"%1" muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" fehlt</translation>
    </message>
    <message>
        <source>"%1" must be a number between 0 and 1</source>
        <translation>"%1" muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>not a folder (a model folder has config.json, model.safetensors and tokenizer files)</source>
        <translation>kein Ordner (ein Modellordner enthält config.json, model.safetensors und Tokenizer-Dateien)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>keine config.json</translation>
    </message>
    <message>
        <source>model_type "%1" is not supported: this app opens "bert" (BERT encoders) and "gpt2" (GPT-2 decoders)</source>
        <translation>model_type "%1" wird nicht unterstützt: Diese App öffnet "bert" (BERT-Encoder) und "gpt2" (GPT-2-Decoder)</translation>
    </message>
    <message>
        <source>%1 attention heads do not divide the width %2</source>
        <translation>%1 Aufmerksamkeitsköpfe teilen die Breite %2 nicht</translation>
    </message>
    <message>
        <source>activation "%1" is not supported (gelu, gelu_new or relu)</source>
        <translation>die Aktivierung "%1" wird nicht unterstützt (gelu, gelu_new oder relu)</translation>
    </message>
    <message>
        <source>no model.safetensors (other weight formats are not read)</source>
        <translation>keine model.safetensors (andere Gewichtsformate werden nicht gelesen)</translation>
    </message>
    <message>
        <source>the tokenizer's vocabulary has ids up to %1, but the model has only %2 embeddings</source>
        <translation>das Vokabular des Tokenizers hat IDs bis %1, das Modell aber nur %2 Einbettungen</translation>
    </message>
    <message>
        <source>tensor "%1": %2</source>
        <translation>Tensor "%1": %2</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>keine safetensors-Datei: %1 Bytes, kürzer als ihre 8 Byte lange Kopflänge</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the header claims %1 bytes; the limit is %2</source>
        <translation>der Kopf gibt %1 Bytes an; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the header claims %1 bytes but the file has only %2 after its length</source>
        <translation>der Kopf gibt %1 Bytes an, die Datei hat nach ihrer Länge aber nur %2</translation>
    </message>
    <message>
        <source>the header is not valid JSON at byte %1: %2</source>
        <translation>der Kopf ist bei Byte %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>der Kopf ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the last %1 bytes of data belong to no tensor</source>
        <translation>die letzten %1 Datenbytes gehören zu keinem Tensor</translation>
    </message>
    <message>
        <source>cannot read %1 bytes at %2: %3</source>
        <translation>%1 Bytes bei %2 können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>entry "%1": the id must be a whole number from 0</source>
        <translation>Eintrag "%1": Die ID muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>the vocabulary has no %1 token</source>
        <translation>das Vokabular hat kein Token %1</translation>
    </message>
    <message>
        <source>the vocabulary has no token for the byte character "%1"</source>
        <translation>das Vokabular hat kein Token für das Bytezeichen "%1"</translation>
    </message>
    <message>
        <source>no vocabulary entry for the merged token "%1"</source>
        <translation>kein Vokabulareintrag für das zusammengefügte Token "%1"</translation>
    </message>
    <message>
        <source>model.type is "%1"; a BERT model needs WordPiece</source>
        <translation>model.type ist "%1"; ein BERT-Modell braucht WordPiece</translation>
    </message>
    <message>
        <source>model.type is "%1"; a GPT-2 model needs BPE</source>
        <translation>model.type ist "%1"; ein GPT-2-Modell braucht BPE</translation>
    </message>
    <message>
        <source>model.merges[%1]: expected two tokens</source>
        <translation>model.merges[%1]: erwartet wurden zwei Tokens</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.txt</source>
        <translation>kein Tokenizer: weder tokenizer.json noch vocab.txt</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>do_lower_case must be true or false</source>
        <translation>do_lower_case muss true oder false sein</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.json and merges.txt</source>
        <translation>kein Tokenizer: weder tokenizer.json noch vocab.json und merges.txt</translation>
    </message>
    <message>
        <source>expected two tokens separated by one space</source>
        <translation>erwartet wurden zwei durch ein Leerzeichen getrennte Tokens</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model "%1". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model's name, e.g. "Designed heads"</extracomment>
        <translation>Jede Zahl hier wird berechnet: A = softmax(Q·Kᵀ/√d_k) mit dem Modell „%1“. Seine Köpfe sind aus grammatischen Merkmalen entworfen, nicht an Text trainiert – es folgt der Grammatik, nicht der Bedeutung.</translation>
    </message>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) in the trained model "%1", layer by layer from its weights. Attention weights show where a head looks, not why the model predicts what it does.</source>
        <extracomment>%1 is the model's name, e.g. "bert-base-uncased (BERT, 12 layers × 12 heads)"</extracomment>
        <translation>Jede Zahl hier wird berechnet: A = softmax(Q·Kᵀ/√d_k) im trainierten Modell „%1“, Schicht für Schicht aus seinen Gewichten. Aufmerksamkeitsgewichte zeigen, wohin ein Kopf schaut, nicht warum das Modell vorhersagt, was es vorhersagt.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>%1: cannot be written.</source>
        <extracomment>%1 the file</extracomment>
        <translation>%1: kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Save or print</source>
        <translation>Speichern oder drucken</translation>
    </message>
    <message>
        <source>Save this page as a picture…</source>
        <translation>Diese Seite als Bild speichern …</translation>
    </message>
    <message>
        <source>Save the matrix as CSV…</source>
        <translation>Die Matrix als CSV speichern …</translation>
    </message>
    <message>
        <source>Save the matrix as JSON…</source>
        <translation>Die Matrix als JSON speichern …</translation>
    </message>
    <message>
        <source>Worksheet for this sentence…</source>
        <translation>Arbeitsblatt zu diesem Satz …</translation>
    </message>
    <message>
        <source>Save this page as a picture</source>
        <translation>Diese Seite als Bild speichern</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <extracomment>%1 × %2 the picture's size in pixels</extracomment>
        <translation>Wie auf dem Bildschirm (%1 × %2)</translation>
    </message>
    <message>
        <source>Twice as sharp (%1 × %2), for slides and print</source>
        <translation>Doppelt so scharf (%1 × %2), für Folien und Druck</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern …</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>“%1”, head %2: the sentence and its tokens, a grid, and questions answered from the computed matrix.</source>
        <extracomment>%1 the sentence, %2 the head</extracomment>
        <translation>„%1“, Kopf %2: der Satz und seine Tokens, ein Raster und Fragen, deren Antworten aus der berechneten Matrix stammen.</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>An empty grid to shade</source>
        <translation>Ein leeres Raster zum Ausmalen</translation>
    </message>
    <message>
        <source>The heatmap</source>
        <translation>Die Heatmap</translation>
    </message>
    <message>
        <source>Answer key page</source>
        <translation>Lösungsseite</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save the page as a picture</source>
        <translation>Die Seite als Bild speichern</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Das Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>Save the matrix</source>
        <translation>Die Matrix speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>This cannot be saved</source>
        <translation>Das lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the PDF and print it elsewhere.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet: Speichere das PDF und drucke es anderswo.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There is no matrix to save.</source>
        <translation>Es gibt keine Matrix zum Speichern.</translation>
    </message>
    <message>
        <source>Unknown format "%1": csv or json.</source>
        <translation>Unbekanntes Format „%1“: csv oder json.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <extracomment>%1 the file, %2 the system's reason</extracomment>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>There is no sentence to make a worksheet of.</source>
        <translation>Es gibt keinen Satz für ein Arbeitsblatt.</translation>
    </message>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>Self-Attention in 45 Minuten – ein Stundenentwurf</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Arbeitsblatt Self-Attention</translation>
    </message>
</context>
<context>
    <name>HeadListModel</name>
    <message>
        <source>All heads (average)</source>
        <translation>Alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <source>The mean of every head's weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation>Der Mittelwert der Gewichte aller Köpfe. Jeder Kopf sucht eine andere Beziehung; wähle einen, um ihn allein zu sehen.</translation>
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
        <source>All heads: each head looks for a different relation in "%1". Tap one to explore it.</source>
        <translation>Alle Köpfe: Jeder Kopf sucht in „%1“ eine andere Beziehung. Tippe einen an, um ihn zu erkunden.</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
        <extracomment>a cell of a head's heatmap: from-token → to-token: weight</extracomment>
        <translation>„%1“ → „%2“: %3 %</translation>
    </message>
    <message>
        <source>Every layer and head: %1 layers × %2 heads of the trained model on "%3". Tap one to explore it.</source>
        <extracomment>%1 layers, %2 heads, %3 the sentence</extracomment>
        <translation>Jede Schicht und jeder Kopf: %1 Schichten × %2 Köpfe des trainierten Modells für „%3“. Tippe einen an, um ihn zu erkunden.</translation>
    </message>
    <message>
        <source>Rows: layers 1 to %1. Columns: heads 1 to %2, then the layer's average (avg). The outlined tile is the one Explore shows.</source>
        <translation>Zeilen: Schichten 1 bis %1. Spalten: Köpfe 1 bis %2, dann der Mittelwert der Schicht (Mw.). Die umrandete Kachel zeigt „Erkunden“.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>Mw.</translation>
    </message>
    <message>
        <source>Every layer and head</source>
        <translation>Jede Schicht und jeder Kopf</translation>
    </message>
    <message>
        <source>Layer %1, head %2 is selected; arrow keys move, Enter opens it.</source>
        <translation>Schicht %1, Kopf %2 ist ausgewählt; die Pfeiltasten bewegen, Enter öffnet ihn.</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Attention-Rollout</translation>
    </message>
    <message>
        <source>Left: layer %1's attention, averaged over its heads. Right: the rollout to layer %1 (Abnar &amp; Zuidema 2020), which follows attention through every layer up to it, counting the residual connection as half of each step. Rollout is an estimate of how information mixes, not an explanation: attention weights alone do not say why a model predicts what it does (Jain &amp; Wallace 2019).</source>
        <extracomment>%1 is a layer number</extracomment>
        <translation>Links: die Aufmerksamkeit von Schicht %1, über ihre Köpfe gemittelt. Rechts: der Rollout bis Schicht %1 (Abnar &amp; Zuidema 2020), der der Aufmerksamkeit durch alle Schichten bis dorthin folgt und die Residualverbindung als halben Schritt zählt. Rollout schätzt, wie sich Information mischt, und ist keine Erklärung: Aufmerksamkeitsgewichte allein sagen nicht, warum ein Modell vorhersagt, was es vorhersagt (Jain &amp; Wallace 2019).</translation>
    </message>
    <message>
        <source>Raw attention, layer %1 (average)</source>
        <translation>Rohe Aufmerksamkeit, Schicht %1 (Mittelwert)</translation>
    </message>
    <message>
        <source>Rollout to layer %1</source>
        <translation>Rollout bis Schicht %1</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>'%1' → '%2': masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>„%1“ → „%2“: maskiert (darf nicht beachtet werden)</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
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
        <extracomment>the heatmap's readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Zeile → Spalte; jede Zeile ergibt 100 %. Zelle antippen.</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>row max</source>
        <extracomment>the colour scale's top: 100 % or each row's maximum</extracomment>
        <translation>Zeilenmax.</translation>
    </message>
    <message>
        <source>Colour scale: 0 to each row's largest weight. Show 0 to 100 %</source>
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
    <message>
        <source>%1 may not attend to %2 (masked), row %3, column %4</source>
        <extracomment>spoken for a masked heatmap cell: %1 and %2 tokens, %3 row number, %4 column number</extracomment>
        <translation>%1 darf nicht auf %2 achten (maskiert), Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1 attends to %2: %3 %, row %4, column %5</source>
        <extracomment>spoken for a heatmap cell: %1 and %2 tokens, %3 the weight in percent, %4 row number, %5 column number</extracomment>
        <translation>%1 achtet auf %2: %3 %, Zeile %4, Spalte %5</translation>
    </message>
    <message>
        <source>Arrow keys move from cell to cell; Enter selects the row's token.</source>
        <translation>Die Pfeiltasten gehen von Zelle zu Zelle; Enter wählt das Token der Zeile.</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>Layer %1 of %2</source>
        <extracomment>the layer shown, of how many ("Layer 3 of 12")</extracomment>
        <translation>Schicht %1 von %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>What you will learn</source>
        <translation>Was du lernst</translation>
    </message>
    <message>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation>Verstehen – erklären, wie Self-Attention Beziehungen zwischen Tokens erfasst.</translation>
    </message>
    <message>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation>Analysieren – Aufmerksamkeitsmuster deuten und was sie sprachlich bedeuten.</translation>
    </message>
    <message>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation>Bewerten – beurteilen, warum bestimmte Muster entstehen und wo ein einfacher Kopf scheitert.</translation>
    </message>
    <message>
        <source>Clear my activity answers</source>
        <translation>Meine Antworten zu den Aktivitäten löschen</translation>
    </message>
    <message>
        <source>The activities and discussion questions are about the designed heads. Choose Model ▾ → Designed heads to do them; the quiz below is about attention in general.</source>
        <translation>Die Aktivitäten und Diskussionsfragen beziehen sich auf die entworfenen Köpfe. Wähle Modell ▾ → Entworfene Köpfe, um sie zu bearbeiten; das Quiz unten handelt von Aufmerksamkeit allgemein.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Die Aufmerksamkeitsmatrix lesen</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Aufmerksamkeitsmuster</translation>
    </message>
    <message>
        <source>For teachers: a 45-minute lesson plan</source>
        <translation>Für Lehrkräfte: ein Stundenentwurf für 45 Minuten</translation>
    </message>
    <message>
        <source>Timing, what to project, what students do on tablets, prerequisites and common misconceptions — with how to read the matrix and the table of patterns, as a handout to print.</source>
        <translation>Zeitplan, was projiziert wird, was Lernende auf Tablets tun, Voraussetzungen und häufige Fehlvorstellungen – mit der Anleitung zum Lesen der Matrix und der Mustertabelle, als Handout zum Drucken.</translation>
    </message>
    <message>
        <source>Hide the plan</source>
        <translation>Entwurf ausblenden</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Entwurf zeigen</translation>
    </message>
    <message>
        <source>Save the handout (PDF)…</source>
        <translation>Handout speichern (PDF) …</translation>
    </message>
    <message>
        <source>Save the lesson plan</source>
        <translation>Den Stundenentwurf speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>Self-Attention in 45 Minuten – ein Stundenentwurf</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>a link in the table of patterns: %1 the token that attends, %2 the one it attends to</extracomment>
        <translation>„%1“ → „%2“</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 (head %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <extracomment>one pattern on a phone: %1 pattern, %2 link, %3 head, %4 example sentence</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 (Kopf %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Die Aufmerksamkeitsmatrix lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows are “from”, columns are “to”.&lt;/b&gt; Each row is one token paying attention; each column is a token being attended to. The cell in row “it” and column “cat” is the share of “it”’s attention that goes to “cat”.</source>
        <translation>&lt;b&gt;Zeilen sind „von“, Spalten sind „zu“.&lt;/b&gt; Jede Zeile ist ein Token, das Aufmerksamkeit verteilt; jede Spalte ist ein Token, auf das geachtet wird. Die Zelle in Zeile „it“ und Spalte „cat“ ist der Anteil der Aufmerksamkeit von „it“, der an „cat“ geht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every row adds up to 100 %.&lt;/b&gt; Softmax turns a row of scores into shares of one token’s attention, so raising one cell lowers the others in its row.</source>
        <translation>&lt;b&gt;Jede Zeile ergibt zusammen 100 %.&lt;/b&gt; Softmax macht aus einer Zeile von Punktzahlen Anteile der Aufmerksamkeit eines Tokens; steigt eine Zelle, sinken die anderen ihrer Zeile.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns add up to anything.&lt;/b&gt; A column’s sum says how much the other tokens look at that token: a large sum marks a token many rows use, such as a subject. Compare columns to find the tokens a head relies on.</source>
        <translation>&lt;b&gt;Spalten ergeben eine beliebige Summe.&lt;/b&gt; Die Summe einer Spalte sagt, wie sehr die anderen Tokens auf dieses Token schauen: Eine große Summe kennzeichnet ein Token, das viele Zeilen nutzen, etwa ein Subjekt. Vergleiche Spalten, um die Tokens zu finden, auf die sich ein Kopf stützt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The diagonal&lt;/b&gt; is each token attending to itself. &lt;b&gt;Under a causal mask&lt;/b&gt; every cell above the diagonal is empty: no token may use a later one, as in a model that writes one word at a time.</source>
        <translation>&lt;b&gt;Die Diagonale&lt;/b&gt; ist jedes Token, das auf sich selbst achtet. &lt;b&gt;Mit kausaler Maske&lt;/b&gt; ist jede Zelle oberhalb der Diagonale leer: Kein Token darf ein späteres nutzen, wie bei einem Modell, das Wort für Wort schreibt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One matrix is one head.&lt;/b&gt; Each head looks for one relation; the average of all heads blurs them.</source>
        <translation>&lt;b&gt;Eine Matrix ist ein Kopf.&lt;/b&gt; Jeder Kopf sucht eine Beziehung; der Mittelwert aller Köpfe verwischt sie.</translation>
    </message>
    <message>
        <source>Each link is the strongest one from that token in that head, computed — the app's tests check every one.</source>
        <translation>Jede Verknüpfung ist die stärkste von diesem Token in diesem Kopf, berechnet – die Tests der App prüfen jede einzelne.</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Aufmerksamkeitsmuster</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>What attends to what</source>
        <translation>Was achtet worauf</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Explore</source>
        <extracomment>page names on a phone's bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
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
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MaskActivity</name>
    <message>
        <source>Activity 4 · Encoder or decoder</source>
        <translation>Aktivität 4 · Encoder oder Decoder</translation>
    </message>
    <message>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open "%1" and switch on the causal mask. Can "%2" still attend to "%3"?</source>
        <translation>Ein Decoder (wie ein Chatbot, der Text schreibt) darf nicht vorausschauen. Öffne „%1“ und schalte die kausale Maske ein. Kann „%2“ noch auf „%3“ achten?</translation>
    </message>
    <message>
        <source>Open with the causal mask</source>
        <translation>Mit kausaler Maske öffnen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation>Sieh dir die Heatmap noch einmal an: Die Zellen rechts der Diagonale sind schraffiert.</translation>
    </message>
    <message>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so "%1" cannot use "%2". An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation>Mit der Maske ist die Punktzahl jedes späteren Tokens −∞ und sein Gewicht genau 0, also kann „%1“ „%2“ nicht nutzen. Ein Encoder wie BERT hat keine solche Maske; ein Decoder wie GPT schon.</translation>
    </message>
</context>
<context>
    <name>MaskedWordCard</name>
    <message>
        <source>What it was trained to do: guess the hidden word</source>
        <translation>Wofür es trainiert wurde: das verdeckte Wort erraten</translation>
    </message>
    <message>
        <source>During training, words were hidden as [MASK] and the model learned to guess them from the words around — its attention heads are whatever made that guessing easier. Type a sentence with [MASK] and see its five best guesses.</source>
        <translation>Beim Training wurden Wörter als [MASK] verdeckt, und das Modell lernte, sie aus den umgebenden Wörtern zu erraten – seine Aufmerksamkeitsköpfe sind das, was dieses Raten leichter machte. Gib einen Satz mit [MASK] ein und sieh seine fünf besten Tipps.</translation>
    </message>
    <message>
        <source>Sentence with [MASK]</source>
        <translation>Satz mit [MASK]</translation>
    </message>
    <message>
        <source>Insert [MASK]</source>
        <translation>[MASK] einfügen</translation>
    </message>
    <message>
        <source>Puts [MASK] at the cursor, for keyboards without brackets.</source>
        <translation>Setzt [MASK] an die Cursorposition, für Tastaturen ohne eckige Klammern.</translation>
    </message>
    <message>
        <source>Guess the word</source>
        <translation>Wort erraten</translation>
    </message>
    <message>
        <source>Guess %1: %2, %3</source>
        <translation>Tipp %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation>Die Rechnung: A = softmax(Q·Kᵀ / (T·√d_k)), Ausgabe = A·V – für ein Token, mit den echten Zahlen.</translation>
    </message>
    <message>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation>Der Mittelwert aller Köpfe hat kein einzelnes Q und K. Wähle oben einen Kopf, um seine Rechnung zu sehen.</translation>
    </message>
    <message>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation>Wähle oben ein Token, um seiner Anfrage durch die Rechnung zu folgen.</translation>
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
        <source>The input vector x of '%1'</source>
        <translation>Der Eingabevektor x von „%1“</translation>
    </message>
    <message>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation>x = [Merkmale ; Positionskodierung]   (d_model = %1 = %2 + %3)</translation>
    </message>
    <message>
        <source>The token's features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation>Die Merkmale des Tokens aus dem Lexikon (nur die von null verschiedenen sind aufgeführt), dann 32 Zahlen sin(ω·i), cos(ω·i), die seine Position i = %1 kodieren.</translation>
    </message>
    <message>
        <source>The query: what '%1' looks for</source>
        <translation>Die Anfrage: wonach „%1“ sucht</translation>
    </message>
    <message>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation>q = x · W_Q   (d_k = %1)</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation>Jede benannte Dimension ist etwas, wonach die Anfrage dieses Kopfes sucht. %1 weitere Zahlen tragen seine Vorliebe für Positionen (siehe Q in Schritt 9).</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for.</source>
        <translation>Jede benannte Dimension ist etwas, wonach die Anfrage dieses Kopfes sucht.</translation>
    </message>
    <message>
        <source>Every token's key and value</source>
        <translation>Schlüssel und Wert jedes Tokens</translation>
    </message>
    <message>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation>k_j = x_j · W_K,   v_j = x_j · W_V</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation>Ein Schlüssel sagt, was ein Token Anfragen bietet; sein Wert ist das, was es weitergibt, wenn auf es geachtet wird (hier: seine Merkmale).</translation>
    </message>
    <message>
        <source>K (one row per token)</source>
        <translation>K (eine Zeile pro Token)</translation>
    </message>
    <message>
        <source>Scores: how well each key matches the query</source>
        <translation>Punktzahlen: wie gut jeder Schlüssel zur Anfrage passt</translation>
    </message>
    <message>
        <source>score_j = q · k_j</source>
        <translation>score_j = q · k_j</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation>„%1“ erzielt die höchste Punktzahl: %2 = %3 aus den Merkmalsdimensionen + %4 aus der Position.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</translation>
    </message>
    <message>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation>Die Division durch √d_k hält die Punktzahlen in einem Bereich, in dem Softmax nicht gesättigt ist; die Temperatur T macht das Ergebnis schärfer (T &lt; 1) oder flacher (T &gt; 1).</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>score_j = −∞ for every j after '%1' (causal: a decoder cannot look ahead)</source>
        <translation>score_j = −∞ für jedes j nach „%1“ (kausal: ein Decoder kann nicht vorausschauen)</translation>
    </message>
    <message>
        <source>no mask: an encoder lets every token see every token</source>
        <translation>keine Maske: Ein Encoder lässt jedes Token jedes Token sehen</translation>
    </message>
    <message>
        <source>Softmax: the attention weights</source>
        <translation>Softmax: die Aufmerksamkeitsgewichte</translation>
    </message>
    <message>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   – jede Zeile ergibt 1</translation>
    </message>
    <message>
        <source>Entropy %1 bits: '%2' spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation>Entropie %1 Bit: „%2“ verteilt seine Aufmerksamkeit wie %3 gleich gewichtete Tokens. Das ist die Zeile, die die Heatmap in „Erkunden“ zeigt.</translation>
    </message>
    <message>
        <source>Output: what '%1' receives</source>
        <translation>Ausgabe: was „%1“ erhält</translation>
    </message>
    <message>
        <source>output = Σ_j a_j · v_j</source>
        <translation>Ausgabe = Σ_j a_j · v_j</translation>
    </message>
    <message>
        <source>The weighted average of the values: the features of the tokens '%1' attends to now flow into it.</source>
        <translation>Der gewichtete Mittelwert der Werte: Die Merkmale der Tokens, auf die „%1“ achtet, fließen nun in es ein.</translation>
    </message>
    <message>
        <source>The whole matrices</source>
        <translation>Die ganzen Matrizen</translation>
    </message>
    <message>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + Maske)</translation>
    </message>
    <message>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of '%1' are outlined.</source>
        <translation>Jedes Token macht die Schritte 2–8 gleichzeitig: eine Zeile pro Token. Zeile und Spalte von „%1“ sind umrandet.</translation>
    </message>
    <message>
        <source>Q — queries</source>
        <translation>Q – Anfragen</translation>
    </message>
    <message>
        <source>V — values</source>
        <translation>V – Werte</translation>
    </message>
    <message>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation>S = Q·Kᵀ – Punktzahlen (Zeilen: von, Spalten: zu)</translation>
    </message>
    <message>
        <source>A — attention weights (each row sums to 1)</source>
        <translation>A – Aufmerksamkeitsgewichte (jede Zeile ergibt 1)</translation>
    </message>
    <message>
        <source>x = the hidden state entering layer %2   (d_model = %1)</source>
        <extracomment>%1 = d_model, %2 = the layer (from 1)</extracomment>
        <translation>x = der verborgene Zustand, der in Schicht %2 eingeht   (d_model = %1)</translation>
    </message>
    <message>
        <source>In a trained model the %1 numbers of x have no names: they were learned, and position is already mixed in. The twelve largest are listed.</source>
        <translation>In einem trainierten Modell haben die %1 Zahlen von x keine Namen: Sie wurden gelernt, und die Position ist schon eingemischt. Die zwölf größten sind aufgeführt.</translation>
    </message>
    <message>
        <source>The query's dimensions have no names either; the twelve largest are listed.</source>
        <translation>Auch die Dimensionen der Anfrage haben keine Namen; die zwölf größten sind aufgeführt.</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to. In a trained model neither has named columns.</source>
        <translation>Ein Schlüssel sagt, was ein Token Anfragen bietet; sein Wert ist das, was es weitergibt, wenn auf es geachtet wird. In einem trainierten Modell hat keiner von beiden benannte Spalten.</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2. Below the scores: the products q[c]·k[c] that add up to it, largest first.</source>
        <extracomment>%1 token, %2 score</extracomment>
        <translation>„%1“ erzielt die höchste Punktzahl: %2. Unter den Punktzahlen: die Produkte q[c]·k[c], die sie ergeben, die größten zuerst.</translation>
    </message>
    <message>
        <source>The weighted average of the values: what the tokens '%1' attends to pass on flows into it (the twelve first entries are listed).</source>
        <translation>Der gewichtete Mittelwert der Werte: Was die Tokens weitergeben, auf die „%1“ achtet, fließt in es ein (die ersten zwölf Einträge sind aufgeführt).</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>“%1”: the designed %2 head links it to “%3”; Tiny BERT's closest head (layer %4, head %5) to “%6”.</source>
        <extracomment>%1 a word; %2 a designed head's name; %3 the word it links to; %4, %5 layer and head numbers; %6 a word</extracomment>
        <translation>„%1“: Der entworfene Kopf %2 verknüpft es mit „%3“; der nächste Kopf von Tiny BERT (Schicht %4, Kopf %5) mit „%6“.</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Model: designed heads ▾</source>
        <extracomment>the button that chooses the model; %1 its name</extracomment>
        <translation>Modell: entworfene Köpfe ▾</translation>
    </message>
    <message>
        <source>Model: Tiny BERT (trained here) ▾</source>
        <translation>Modell: Tiny BERT (hier trainiert) ▾</translation>
    </message>
    <message>
        <source>Model: %1 ▾</source>
        <translation>Modell: %1 ▾</translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Designed heads (built in)</source>
        <translation>Entworfene Köpfe (eingebaut)</translation>
    </message>
    <message>
        <source>Tiny BERT (trained here)</source>
        <translation>Tiny BERT (hier trainiert)</translation>
    </message>
    <message>
        <source>Open model folder…</source>
        <translation>Modellordner öffnen …</translation>
    </message>
    <message>
        <source>Curated sentences (built in)</source>
        <translation>Ausgewählte Sätze (eingebaut)</translation>
    </message>
    <message>
        <source>Open sentence pack…</source>
        <extracomment>%1 is the title of the sentence pack in use</extracomment>
        <translation>Satzpaket öffnen …</translation>
    </message>
    <message>
        <source>Open sentence pack… (now: %1)</source>
        <translation>Satzpaket öffnen … (jetzt: %1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>Über Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Open a model folder (config.json, model.safetensors, tokenizer files)</source>
        <translation>Einen Modellordner öffnen (config.json, model.safetensors, Tokenizer-Dateien)</translation>
    </message>
    <message>
        <source>Open a sentence pack (see docs/sentence-packs.md)</source>
        <translation>Ein Satzpaket öffnen (siehe docs/sentence-packs.md)</translation>
    </message>
    <message>
        <source>Sentence packs (*.json)</source>
        <translation>Satzpakete (*.json)</translation>
    </message>
    <message>
        <source>This cannot be opened</source>
        <translation>Das lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1

What you had stays open.</source>
        <translation>%1

Was du hattest, bleibt geöffnet.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ModelWorkspace</name>
    <message>
        <source>This model has no masked-word head: open Tiny BERT or another BERT masked-language model.</source>
        <translation>Dieses Modell hat keinen Kopf für verdeckte Wörter: Öffne Tiny BERT oder ein anderes BERT-Modell für verdeckte Wörter.</translation>
    </message>
    <message>
        <source>Put [MASK] where the model should guess a word.</source>
        <translation>Setze [MASK] dorthin, wo das Modell ein Wort erraten soll.</translation>
    </message>
</context>
<context>
    <name>PatternActivity</name>
    <message>
        <source>Activity 2 · Linguistic analysis</source>
        <translation>Aktivität 2 · Sprachliche Analyse</translation>
    </message>
    <message>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.</source>
        <translation>Öffne für jedes Muster den Satz und tippe das Token an, das deiner Meinung nach die meiste Aufmerksamkeit erhält. Deine Antworten werden unten neben denen des Modells festgehalten.</translation>
    </message>
    <message>
        <source>%1: which token does "%2" attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation>%1: Auf welches Token achtet „%2“ am meisten?</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's answer, %3 its weight in %</extracomment>
        <translation>Richtig: Die stärkste Verknüpfung des Modells von „%1“ geht zu „%2“ (%3 %).</translation>
    </message>
    <message>
        <source>You chose "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %), marked ✓.</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %</extracomment>
        <translation>Du hast „%1“ gewählt (%2 %); die stärkste Verknüpfung des Modells von „%3“ geht zu „%4“ (%5 %), mit ✓ markiert.</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Your sentence</source>
        <translation>Dein Satz</translation>
    </message>
    <message>
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence's note is about, %2 the head on screen</extracomment>
        <translation>Dieser Hinweis gilt dem Kopf „%1“; angezeigt wird %2.</translation>
    </message>
    <message>
        <source>the average of all heads</source>
        <translation>der Mittelwert aller Köpfe</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 a head's name</extracomment>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation>Wörter erhalten ihre Merkmale aus dem eingebauten Lexikon, daher können die Köpfe einen ungewöhnlichen Satz falsch lesen. Probiere den Koreferenz-Kopf an einem Pronomen oder den Subjekt–Verb-Kopf an einem Verb.</translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head's name, %2 what it looks for</extracomment>
        <translation>Kopf „%1“: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is "All heads (average)", %2 what the average is</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A trained model: its heads were learned from text, so none of them is guaranteed to follow a grammatical relation. Look through the layers and heads for one that links a pronoun to a noun, or each word to the one before it.</source>
        <translation>Ein trainiertes Modell: Seine Köpfe wurden aus Text gelernt, daher folgt keiner garantiert einer grammatischen Beziehung. Suche in den Schichten und Köpfen nach einem, der ein Pronomen mit einem Nomen verknüpft oder jedes Wort mit dem davor.</translation>
    </message>
</context>
<context>
    <name>PredictActivity</name>
    <message>
        <source>Activity 1 · Pattern discovery</source>
        <translation>Aktivität 1 · Muster entdecken</translation>
    </message>
    <message>
        <source>Open "%1" in the %2 head.</source>
        <translation>Öffne „%1“ im Kopf %2.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Select "%1" — here or on the Explore page.</source>
        <translation>Wähle „%1“ – hier oder auf der Seite „Erkunden“.</translation>
    </message>
    <message>
        <source>Predict: which token will "%1" attend to most? Tap your prediction.</source>
        <translation>Sag voraus: Auf welches Token wird „%1“ am meisten achten? Tippe deine Vorhersage an.</translation>
    </message>
    <message>
        <source>4. Reveal what the model computes</source>
        <translation>4. Zeigen, was das Modell berechnet</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's token, %3 its weight in %</extracomment>
        <translation>Richtig: Die stärkste Verknüpfung des Modells von „%1“ geht zu „%2“ (%3 %).</translation>
    </message>
    <message>
        <source>You predicted "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %).</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's token, %5 its weight in %</extracomment>
        <translation>Du hast „%1“ vorhergesagt (%2 %); die stärkste Verknüpfung des Modells von „%3“ geht zu „%4“ (%5 %).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>See the arcs in Explore</source>
        <translation>Die Bögen in „Erkunden“ ansehen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
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
        <translation>Frage %1 von %2 · Punkte %3 · Bestwert %4</translation>
    </message>
    <message>
        <source>right answer: </source>
        <extracomment>read out before a quiz option once answered: the right answer, or the learner's wrong choice</extracomment>
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
        <translation>• %1
   Antwort: %2. %3</translation>
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
        <translation>Quizpaket öffnen …</translation>
    </message>
    <message>
        <source>Open a quiz pack (see docs/quiz-packs.md)</source>
        <translation>Ein Quizpaket öffnen (siehe docs/quiz-packs.md)</translation>
    </message>
    <message>
        <source>Quiz packs (*.json)</source>
        <translation>Quizpakete (*.json)</translation>
    </message>
    <message>
        <source>The quiz pack could not be used; the quiz stays as it was: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation>Das Quizpaket konnte nicht verwendet werden; das Quiz bleibt, wie es war: %1</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>No token selected.</source>
        <translation>Kein Token ausgewählt.</translation>
    </message>
    <message>
        <source>'%1' (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. 'cat' (41 %)</extracomment>
        <translation>„%1“ (%2 %)</translation>
    </message>
    <message>
        <source>'%1' attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like 'cat' (41 %), 'mat' (20 %)</extracomment>
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
        <translation>Gib einen englischen Satz ein, z. B. The dog chased the ball because it was bored</translation>
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
        <translation>Bis zu %1 Zeichen und %2 Tokens. Wörter werden in einem eingebauten englischen Lexikon nachgeschlagen; unbekannte Wörter werden aus ihren Endungen erraten.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens; the model's own tokenizer splits words into sub-words it knows.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>Bis zu %1 Zeichen und %2 Tokens; der Tokenizer des Modells teilt Wörter in ihm bekannte Teilwörter.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>T %1 · causal</source>
        <extracomment>a button that shows the softmax settings: T and the mask ("T 1.00", "T 0.50 · causal")</extracomment>
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
        <translation>Alle Schichten des Modells werden für diesen Text berechnet …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The example sentences stay in English: the model's word list is English.</source>
        <translation>Die Beispielsätze bleiben englisch: Die Wortliste des Modells ist englisch.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Farben der Heatmap</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis (for colour-blind readers)</source>
        <translation>Cividis (bei Farbenblindheit)</translation>
    </message>
    <message>
        <source>Greyscale (for printing)</source>
        <translation>Graustufen (zum Drucken)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change it from anywhere, Ctrl 0 sets it back to 100 %.</source>
        <translation>Strg + und Strg − ändern sie überall, Strg 0 setzt sie auf 100 % zurück.</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>For a projector: text at least 140 %, arcs twice as thick, and the softmax controls and notes a class does not need hidden.</source>
        <translation>Für einen Beamer: Text mindestens 140 %, doppelt so dicke Bögen, und die Softmax-Regler und Hinweise, die eine Klasse nicht braucht, ausgeblendet.</translation>
    </message>
    <message>
        <source>Restore the default settings</source>
        <translation>Standardeinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Answers and quiz progress are kept</source>
        <translation>Antworten und Quizfortschritt bleiben erhalten</translation>
    </message>
    <message>
        <source>Scale from 0 to 100 %</source>
        <translation>Skala von 0 bis 100 %</translation>
    </message>
    <message>
        <source>Scale to each row's largest weight</source>
        <translation>Skala bis zum größten Gewicht jeder Zeile</translation>
    </message>
    <message>
        <source>From 0 to 100 %, rows can be compared; scaled to each row, the pattern of a long sentence shows where every weight is small.</source>
        <translation>Von 0 bis 100 % lassen sich Zeilen vergleichen; je Zeile skaliert, zeigt sich das Muster eines langen Satzes, auch wenn jedes Gewicht klein ist.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Arcs appear at once, without growing.</source>
        <translation>Bögen erscheinen sofort, ohne zu wachsen.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings file could not be read, so new settings were started; the old file was kept as %1.</source>
        <translation>Deine Einstellungsdatei konnte nicht gelesen werden, daher wurden neue Einstellungen begonnen; die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read or moved aside, so nothing is saved until the app closes.</source>
        <translation>Deine Einstellungsdatei %1 konnte weder gelesen noch beiseitegelegt werden, daher wird bis zum Schließen der App nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your settings file %1 cannot be read, so nothing is saved until the app closes.</source>
        <translation>Deine Einstellungsdatei %1 kann nicht gelesen werden, daher wird bis zum Schließen der App nichts gespeichert.</translation>
    </message>
    <message>
        <source>Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.</source>
        <translation>Der Fortschritt kann nicht gespeichert werden: %1 ist nicht beschreibbar. Antworten und Einstellungen gelten, bis die App geschlossen wird.</translation>
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
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TargetBars</name>
    <message>
        <source>%1. %2  %3 %</source>
        <extracomment>beside a bar of the chart: rank, token and weight in %, e.g. "1. cat 56.9 %"</extracomment>
        <translation>%1. %2  %3 %</translation>
    </message>
</context>
<context>
    <name>TemperatureActivity</name>
    <message>
        <source>Activity 3 · The temperature experiment</source>
        <translation>Aktivität 3 · Das Temperatur-Experiment</translation>
    </message>
    <message>
        <source>With "%1" selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does "%1" focus on a single token?</source>
        <translation>Mit „%1“ ausgewählt im Kopf %2 schiebe den Temperaturregler (in „Erkunden“ oder „Die Rechnung“) von 0,1 bis 10 und beobachte die Bögen und die Entropie. Bei welcher Temperatur konzentriert sich „%1“ auf ein einziges Token?</translation>
    </message>
    <message>
        <source>Open the sentence with "%1" selected</source>
        <translation>Den Satz mit ausgewähltem „%1“ öffnen</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Right.</source>
        <extracomment>%1 the token, %2 its row's entropy at the first temperature %3, %4 at the last temperature %5, in bits</extracomment>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
    <message>
        <source>The entropy of "%1"'s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation>Die Entropie der Zeile von „%1“ beträgt %2 Bit bei T = %3 und %4 Bit bei T = %5: Teilt man die Punktzahlen durch ein kleines T, werden ihre Unterschiede gestreckt, und Softmax legt fast alles auf das oberste Token.</translation>
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
        <translation>Wähle ein Token – antippen, anklicken oder mit Tab hinspringen und Enter drücken –, um zu sehen, worauf es achtet.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ValueBars</name>
    <message>
        <source>−∞ masked</source>
        <translation>−∞ maskiert</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <extracomment>%1 the file, %2 the system's reason</extracomment>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a token of the sentence, %1 the word</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (Token %2)</translation>
    </message>
    <message>
        <source>Which token does %1 attend to most?</source>
        <translation>Auf welches Token achtet %1 am meisten?</translation>
    </message>
    <message>
        <source>%1, with %2 of its attention.</source>
        <extracomment>%1 the token, %2 its weight in percent</extracomment>
        <translation>%1, mit %2 seiner Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Add up the weights in the row of %1. What do you get, and why?</source>
        <translation>Addiere die Gewichte in der Zeile von %1. Was kommt heraus, und warum?</translation>
    </message>
    <message>
        <source>%1: softmax turns each row of scores into shares of the token's attention, and shares add up to 100 %.</source>
        <translation>%1: Softmax macht aus jeder Zeile von Punktzahlen Anteile an der Aufmerksamkeit des Tokens, und Anteile ergeben zusammen 100 %.</translation>
    </message>
    <message>
        <source>Which token receives the most attention in total (the column with the largest sum)?</source>
        <translation>Welches Token erhält insgesamt die meiste Aufmerksamkeit (die Spalte mit der größten Summe)?</translation>
    </message>
    <message>
        <source>%1: its column adds up to %2 of the %3 rows' attention.</source>
        <extracomment>%1 the token, %2 the column's sum, %3 the number of rows</extracomment>
        <translation>%1: Seine Spalte ergibt %2 der Aufmerksamkeit der %3 Zeilen.</translation>
    </message>
    <message>
        <source>Why is every cell above the diagonal empty?</source>
        <translation>Warum ist jede Zelle oberhalb der Diagonale leer?</translation>
    </message>
    <message>
        <source>The causal mask: a token may attend only to itself and the tokens before it, as when a model writes text one word at a time.</source>
        <translation>Die kausale Maske: Ein Token darf nur auf sich selbst und die Tokens davor achten, wie wenn ein Modell Text Wort für Wort schreibt.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Darker cells: more attention.</source>
        <translation>Zeilen: das Token, das achtet (von). Spalten: das Token, auf das geachtet wird (zu). Dunklere Zellen: mehr Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Numbers: weight in percent; each row adds up to 100.</source>
        <translation>Zeilen: das Token, das achtet (von). Spalten: das Token, auf das geachtet wird (zu). Zahlen: Gewicht in Prozent; jede Zeile ergibt 100.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Each row's weights add up to 100 %.</source>
        <translation>Zeilen: das Token, das achtet (von). Spalten: das Token, auf das geachtet wird (zu). Die Gewichte jeder Zeile ergeben 100 %.</translation>
    </message>
    <message>
        <source>Model: %1 · Head: %2</source>
        <extracomment>%1 model, %2 head</extracomment>
        <translation>Modell: %1 · Kopf: %2</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Arbeitsblatt Self-Attention</translation>
    </message>
    <message>
        <source>Name: ______________________________    Date: ______________</source>
        <translation>Name: ______________________________    Datum: ______________</translation>
    </message>
    <message>
        <source>The sentence</source>
        <translation>Der Satz</translation>
    </message>
    <message>
        <source>Tokens: </source>
        <extracomment>the sentence's tokens, numbered</extracomment>
        <translation>Tokens: </translation>
    </message>
    <message>
        <source>The heatmap shows how much each token (row) attends to every token (column).</source>
        <translation>Die Heatmap zeigt, wie sehr jedes Token (Zeile) auf jedes Token (Spalte) achtet.</translation>
    </message>
    <message>
        <source>Shade each row: which tokens do you expect this token to attend to? Darkest where you expect the most. Then compare with the app or the answer key.</source>
        <translation>Male jede Zeile aus: Auf welche Tokens wird dieses Token deiner Erwartung nach achten? Am dunkelsten, wo du am meisten erwartest. Vergleiche dann mit der App oder der Lösung.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Every number is computed by Self-Attention Explorer: A = softmax(Q·Kᵀ/√d_k). Attention weights show where a head looks, not why a model decides what it does.</source>
        <translation>Jede Zahl wird von Self-Attention Explorer berechnet: A = softmax(Q·Kᵀ/√d_k). Aufmerksamkeitsgewichte zeigen, wohin ein Kopf schaut, nicht warum ein Modell entscheidet, was es entscheidet.</translation>
    </message>
    <message>
        <source>%1: the sentence has no tokens</source>
        <translation>%1: Der Satz hat keine Tokens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation>Self-Attention Explorer: sieh, wie Self-Attention in Transformern funktioniert, echt berechnet.</translation>
    </message>
    <message>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation>Aufmerksamkeit für INPUT.json berechnen (Q/K/V oder X und Gewichte) und jedes Zwischenergebnis schreiben.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation>Das Ergebnis in FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the window).</source>
        <translation>Das Satzpaket FILE statt des eingebauten verwenden (mit --list-sentences, --export oder im Fenster).</translation>
    </message>
    <message>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation>Das Fenster unsichtbar in OUT.png zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Fenstergröße für --screenshot, z. B. 390x844.</translation>
    </message>
    <message>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation>Die ausgewählten Sätze auflisten: ID, Muster, Text.</translation>
    </message>
    <message>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation>Tokens und Aufmerksamkeitsmatrix des Satzes ID ausgeben.</translation>
    </message>
    <message>
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation>Mit --export oder --screenshot: diesen Text statt eines ausgewählten Satzes analysieren.</translation>
    </message>
    <message>
        <source>Open with the curated sentence ID.</source>
        <translation>Mit dem ausgewählten Satz ID öffnen.</translation>
    </message>
    <message>
        <source>Open with token N (from 0) selected.</source>
        <translation>Mit ausgewähltem Token N (ab 0) öffnen.</translation>
    </message>
    <message>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation>Auf einer Seite öffnen: explore, math, heads oder learn.</translation>
    </message>
    <message>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation>Softmax-Temperatur T von 0.1 (scharf) bis 10 (flach).</translation>
    </message>
    <message>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation>causal (ein Decoder: kein Vorausschauen) oder none (ein Encoder).</translation>
    </message>
    <message>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation>Das Quizpaket FILE auf der Seite „Lernen“ verwenden (siehe docs/quiz-packs.md).</translation>
    </message>
    <message>
        <source>One head by name (a checkpoint's by number, from 1), or "all" (the designed heads' average; every head of a checkpoint).</source>
        <translation>Ein Kopf nach Name (bei einem Checkpoint nach Nummer, ab 1) oder "all" (Mittelwert der entworfenen Köpfe; jeder Kopf eines Checkpoints).</translation>
    </message>
    <message>
        <source>The model: "designed" (the built-in designed heads, the default) or a HuggingFace model folder (config.json, model.safetensors, tokenizer files) of a BERT or GPT-2 checkpoint.</source>
        <translation>Das Modell: "designed" (die eingebauten entworfenen Köpfe, Standard) oder ein HuggingFace-Modellordner (config.json, model.safetensors, Tokenizer-Dateien) eines BERT- oder GPT-2-Checkpoints.</translation>
    </message>
    <message>
        <source>With --model DIR: the layer, from 1, or "all".</source>
        <translation>Mit --model DIR: die Schicht, ab 1, oder "all".</translation>
    </message>
    <message>
        <source>With --model trained (or a BERT folder with its masked-word head): print the five most likely tokens for the [MASK] in TEXT, with their probabilities.</source>
        <translation>Mit --model trained (oder einem BERT-Ordner mit Kopf für verdeckte Wörter): die fünf wahrscheinlichsten Tokens für das [MASK] in TEXT mit ihren Wahrscheinlichkeiten ausgeben.</translation>
    </message>
    <message>
        <source>Measure what each head of --model attends to over the curated sentences (or --pack): where each row's strongest link goes, and how often it links the same words as each designed head. A Markdown table, or JSON with --format json.</source>
        <translation>Messen, worauf jeder Kopf von --model in den ausgewählten Sätzen (oder --pack) achtet: wohin die stärkste Verknüpfung jeder Zeile geht und wie oft er dieselben Wörter verknüpft wie jeder entworfene Kopf. Eine Markdown-Tabelle oder JSON mit --format json.</translation>
    </message>
    <message>
        <source>With --export: csv or json; with --head-statistics: markdown or json.</source>
        <translation>Mit --export: csv oder json; mit --head-statistics: markdown oder json.</translation>
    </message>
    <message>
        <source>light, dark or contrast (high contrast), for this window only (default: the theme chosen last).</source>
        <translation>light, dark oder contrast (hoher Kontrast), nur für dieses Fenster (Standard: das zuletzt gewählte Design).</translation>
    </message>
    <message>
        <source>Write a printable worksheet (PDF, -o FILE.pdf) for sentence ID, or for --text: the sentence and its tokens, a grid to shade, questions answered from the computed matrix.</source>
        <translation>Ein druckbares Arbeitsblatt (PDF, -o FILE.pdf) für den Satz ID oder für --text schreiben: der Satz und seine Tokens, ein Raster zum Ausmalen, Fragen mit Antworten aus der berechneten Matrix.</translation>
    </message>
    <message>
        <source>Write the teacher's handout as a PDF (-o FILE.pdf): a 45-minute lesson plan, how to read the matrix, and the table of attention patterns of the curated sentences (or --pack).</source>
        <translation>Das Handout für Lehrkräfte als PDF schreiben (-o FILE.pdf): ein Stundenentwurf für 45 Minuten, wie man die Matrix liest, und die Tabelle der Aufmerksamkeitsmuster der ausgewählten Sätze (oder --pack).</translation>
    </message>
    <message>
        <source>With a worksheet: add the answer key page.</source>
        <translation>Mit einem Arbeitsblatt: die Lösungsseite hinzufügen.</translation>
    </message>
    <message>
        <source>With a worksheet: show the heatmap on the front page instead of an empty grid.</source>
        <translation>Mit einem Arbeitsblatt: auf der Vorderseite die Heatmap statt eines leeren Rasters zeigen.</translation>
    </message>
    <message>
        <source>With a worksheet: A4 or Letter (default: the one your region uses).</source>
        <translation>Mit einem Arbeitsblatt: A4 oder Letter (Standard: das in deiner Region übliche).</translation>
    </message>
    <message>
        <source>all heads (average)</source>
        <translation>alle Köpfe (Mittelwert)</translation>
    </message>
    <message>
        <source>Language of the window: en, de, es or fr (default: the one chosen in the settings, else the system's).</source>
        <translation>Sprache des Fensters: en, de, es oder fr (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
</context>
</TS>
