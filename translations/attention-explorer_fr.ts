<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>À propos de Self-Attention Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;b&gt;Version %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every number is computed: A = softmax(Q·Kᵀ/√d_k), then A·V. The default model's heads are &lt;i&gt;designed&lt;/i&gt; from grammar features (coreference, subject–verb, modifier, previous token, question) — not trained on text. Tiny BERT is a small model this project trained on public-domain text, to compare with. A BERT or GPT-2 folder you open is used as it is; the app never downloads anything.</source>
        <translation>Chaque nombre est calculé : A = softmax(Q·Kᵀ/√d_k), puis A·V. Les têtes du modèle par défaut sont &lt;i&gt;conçues&lt;/i&gt; à partir de traits grammaticaux (coréférence, sujet–verbe, modificateur, token précédent, question) et non entraînées sur du texte. Tiny BERT est un petit modèle que ce projet a entraîné sur des textes du domaine public, pour comparer. Un dossier BERT ou GPT-2 que vous ouvrez est utilisé tel quel ; l’application ne télécharge jamais rien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The app: GNU GPL 3.0 or later. Qt: LGPL 3.0. The word list: Princeton WordNet 3.0 licence. First names: Moby Word II (public domain; PDDL 1.0 / CC0 1.0). Tiny BERT's training text: Moby-Dick and the US State of the Union addresses (public domain). Colour maps: viridis and cividis (CC0).</source>
        <translation>&lt;b&gt;Licences.&lt;/b&gt; L’application : GNU GPL 3.0 ou ultérieure. Qt : LGPL 3.0. La liste de mots : licence de Princeton WordNet 3.0. Prénoms : Moby Word II (domaine public ; PDDL 1.0 / CC0 1.0). Texte d’entraînement de Tiny BERT : Moby-Dick et les discours sur l’état de l’Union des États-Unis (domaine public). Cartes de couleurs : viridis et cividis (CC0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation>&lt;b&gt;Références&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AttendsToChart</name>
    <message>
        <source>What '%1' attends to</source>
        <translation>Ce que « %1 » regarde</translation>
    </message>
    <message>
        <source>What the selected token attends to</source>
        <translation>Ce que regarde le token choisi</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Choisissez un token pour voir ce qu’il regarde, du plus fort au plus faible.</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <source>%1 attends to %2: %3 %</source>
        <translation>%1 regarde %2 : %3 %</translation>
    </message>
</context>
<context>
    <name>AttentionSession</name>
    <message>
        <source>The text has no tokens.</source>
        <translation>Le texte ne contient aucun token.</translation>
    </message>
    <message>
        <source>This model reads at most %1 tokens; the text has %2, so only the first %1 are shown.</source>
        <translation>Ce modèle lit au plus %1 tokens ; le texte en a %2, seuls les %1 premiers sont donc affichés.</translation>
    </message>
</context>
<context>
    <name>CompareActivity</name>
    <message>
        <source>Activity · Designed vs learned attention</source>
        <translation>Activité · Attention conçue ou apprise</translation>
    </message>
    <message>
        <source>The same sentence in both models: “%1”. Below, the designed %2 head, then the %3 × %4 heads of Tiny BERT, which learned its attention from text. 1. Which trained head looks most like the designed one? Tap it.</source>
        <extracomment>%1 the sentence, %2 a designed head's name, %3 layers, %4 heads</extracomment>
        <translation>La même phrase dans les deux modèles : « %1 ». Ci-dessous, la tête conçue %2, puis les %3 × %4 têtes de Tiny BERT, qui a appris son attention à partir de textes. 1. Quelle tête entraînée ressemble le plus à la tête conçue ? Touchez-la.</translation>
    </message>
    <message>
        <source>In each square, rows are the words attending (from) and columns the words attended to, in the sentence's order; Tiny BERT's squares also have [CLS] first, [SEP] last and a row for each piece of a split word.</source>
        <translation>Dans chaque carré, les lignes sont les mots qui regardent (de) et les colonnes les mots regardés, dans l’ordre de la phrase ; les carrés de Tiny BERT ont aussi [CLS] au début, [SEP] à la fin et une ligne pour chaque morceau d’un mot découpé.</translation>
    </message>
    <message>
        <source>Use the sentence from Explore instead</source>
        <translation>Utiliser plutôt la phrase d’Explorer</translation>
    </message>
    <message>
        <source>Designed: %1</source>
        <translation>Conçue : %1</translation>
    </message>
    <message>
        <source>The designed %1 head's attention</source>
        <translation>Attention de la tête conçue %1</translation>
    </message>
    <message>
        <source>Tiny BERT: rows are layers, columns heads</source>
        <extracomment>rows are layers, columns heads</extracomment>
        <translation>Tiny BERT : les lignes sont les couches, les colonnes les têtes</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Couche %1, tête %2</translation>
    </message>
    <message>
        <source>Yes. </source>
        <extracomment>%1, %2 layer and head; %3 a share; %4 a designed head; %5, %6 layer and head; %7 a share</extracomment>
        <translation>Oui. </translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation>Pas tout à fait. </translation>
    </message>
    <message>
        <source>Layer %1, head %2 makes %3 of the designed %4 head's links, measured on the built-in sentences. The closest is layer %5, head %6 (%7): it has learned the same pattern without being told.</source>
        <translation>La couche %1, tête %2 fait %3 des liens de la tête conçue %4, mesuré sur les phrases intégrées. La plus proche est la couche %5, tête %6 (%7) : elle a appris le même motif sans qu’on le lui dise.</translation>
    </message>
    <message>
        <source>2. Where they differ</source>
        <translation>2. Où elles diffèrent</translation>
    </message>
    <message>
        <source>No trained head resembles the designed %1 head: the closest makes only %2 of its links. A model learns what helps it guess hidden words, not the relations a linguist would name.</source>
        <extracomment>%1 a designed head, %2 a share</extracomment>
        <translation>Aucune tête entraînée ne ressemble à la tête conçue %1 : la plus proche ne fait que %2 de ses liens. Un modèle apprend ce qui l’aide à deviner des mots cachés, pas les relations qu’un linguiste nommerait.</translation>
    </message>
    <message>
        <source>On this sentence, the closest trained heads link every word as the designed heads do.</source>
        <translation>Dans cette phrase, les têtes entraînées les plus proches relient chaque mot comme les têtes conçues.</translation>
    </message>
    <message>
        <source>3. Raw attention or rollout?</source>
        <translation>3. Attention brute ou rollout ?</translation>
    </message>
    <message>
        <source>The designed Coreference head links “%1” to “%2”. </source>
        <extracomment>%1 a word, %2 the word the designed head links it to</extracomment>
        <translation>La tête conçue de coréférence relie « %1 » à « %2 ». </translation>
    </message>
    <message>
        <source>In Tiny BERT's last layer, raw attention from “%1” (averaged over the heads) is strongest to “%2” (%3); the rollout to the last layer (Abnar &amp; Zuidema 2020), which follows attention through every layer, is strongest to “%4” (%5), itself left out. The two can disagree: which one says what the model used?</source>
        <extracomment>%1 a word; %2, %3 a word and its weight; %4, %5 a word and its weight</extracomment>
        <translation>Dans la dernière couche de Tiny BERT, l’attention brute de « %1 » (moyennée sur les têtes) est la plus forte vers « %2 » (%3) ; le rollout jusqu’à la dernière couche (Abnar &amp; Zuidema 2020), qui suit l’attention à travers toutes les couches, est le plus fort vers « %4 » (%5), le mot lui-même exclu. Les deux peuvent diverger : lequel dit ce que le modèle a utilisé ?</translation>
    </message>
    <message>
        <source>4. Discuss: is attention an explanation?</source>
        <translation>4. Discutez : l’attention est-elle une explication ?</translation>
    </message>
    <message>
        <source>Jain &amp; Wallace (2019, “Attention is not Explanation”) found that attention weights often disagree with other measures of which words matter, and that very different weights can give the same prediction. Wiegreffe &amp; Pinter (2019, “Attention is not not Explanation”) answered that this depends on what counts as an explanation, and that attention is not arbitrary either. If a Tiny BERT head attends to the previous word, does that tell you why it guessed “whale” for “The cat sat on the [MASK]”? What would you need to know besides the weights?</source>
        <translation>Jain &amp; Wallace (2019, « Attention is not Explanation ») ont constaté que les poids d’attention contredisent souvent d’autres mesures de l’importance des mots, et que des poids très différents peuvent donner la même prédiction. Wiegreffe &amp; Pinter (2019, « Attention is not not Explanation ») ont répondu que cela dépend de ce que l’on appelle une explication, et que l’attention n’est pas arbitraire non plus. Si une tête de Tiny BERT regarde le mot précédent, cela vous dit-il pourquoi elle a deviné « whale » pour « The cat sat on the [MASK] » ? Que faudrait-il savoir en plus des poids ?</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Designed heads</source>
        <translation>Têtes conçues</translation>
    </message>
    <message>
        <source>Coreference</source>
        <translation>Coréférence</translation>
    </message>
    <message>
        <source>A pronoun looks back for a noun phrase that agrees with it in person, number, humanness and gender; a reflexive (himself) takes the subject of its own clause, an object pronoun (them) never does; among the rest it prefers a subject, then the nearest.</source>
        <translation>Un pronom cherche en arrière un groupe nominal qui s’accorde avec lui en personne, nombre, humanité et genre ; un réfléchi (himself) prend le sujet de sa propre proposition, un pronom objet (them) jamais ; parmi les autres, il préfère un sujet, puis le plus proche.</translation>
    </message>
    <message>
        <source>Subject–verb</source>
        <translation>Sujet–verbe</translation>
    </message>
    <message>
        <source>A verb looks for the subject of its own clause, skipping the subjects of clauses nested inside.</source>
        <translation>Un verbe cherche le sujet de sa propre proposition, en sautant les sujets des propositions imbriquées.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificateur</translation>
    </message>
    <message>
        <source>A modifier looks for the word it modifies: a determiner, adjective or noun modifier the noun of its own noun phrase; a predicative adjective ("was calm") the subject; an adverb the adjective or adverb right after it, or else the verb.</source>
        <translation>Un modificateur cherche le mot qu’il modifie : un déterminant, un adjectif ou un nom modificateur, le nom de son propre groupe nominal ; un adjectif attribut (« was calm »), le sujet ; un adverbe, l’adjectif ou l’adverbe juste après lui, ou sinon le verbe.</translation>
    </message>
    <message>
        <source>Previous token</source>
        <translation>Token précédent</translation>
    </message>
    <message>
        <source>Every token looks at the token just before it, using only the position encoding.</source>
        <translation>Chaque token regarde le token juste avant lui, en n’utilisant que l’encodage de position.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The question mark looks back for what makes its sentence a question: the wh-word that opens it, or else the auxiliary before the subject (Is the museum open?, …, aren't you?); the wh-word looks for its question mark. Only inside one sentence.</source>
        <translation>Le point d’interrogation cherche en arrière ce qui fait de sa phrase une question : le mot interrogatif qui l’ouvre, ou sinon l’auxiliaire avant le sujet (Is the museum open?, …, aren't you?) ; le mot interrogatif cherche son point d’interrogation. Seulement à l’intérieur d’une phrase.</translation>
    </message>
    <message>
        <source>Curated English sentences</source>
        <translation>Phrases anglaises choisies</translation>
    </message>
    <message>
        <source>Who was tired?</source>
        <translation>Qui était fatigué ?</translation>
    </message>
    <message>
        <source>Select "it" in the Coreference head. Both "cat" and "mat" are singular and not human, so both agree with "it"; "cat" wins because it is the subject of the sentence (without the head's preference for subjects, the nearer "mat" would win). The model does not know that mats cannot be tired: it follows grammar, not meaning.</source>
        <translation>Choisissez « it » dans la tête de coréférence. « cat » et « mat » sont tous deux singuliers et non humains, donc tous deux s’accordent avec « it » ; « cat » l’emporte parce que c’est le sujet de la phrase (sans la préférence de la tête pour les sujets, le plus proche, « mat », l’emporterait). Le modèle ne sait pas qu’un tapis ne peut pas être fatigué : il suit la grammaire, pas le sens.</translation>
    </message>
    <message>
        <source>The animal and the street</source>
        <translation>L’animal et la rue</translation>
    </message>
    <message>
        <source>"it" could be the animal or the street. The Coreference head links it to "animal", the subject, the reading every English speaker picks. Swap "tired" for "wide" and a person would change their mind; this head would not.</source>
        <translation>« it » pourrait être l’animal ou la rue. La tête de coréférence le relie à « animal », le sujet, la lecture que choisit tout anglophone. Remplacez « tired » par « wide » : une personne changerait d’avis ; cette tête, non.</translation>
    </message>
    <message>
        <source>The bored dog</source>
        <translation>Le chien qui s’ennuie</translation>
    </message>
    <message>
        <source>"it" agrees with both "dog" and "ball" (singular, not human). The head prefers the subject, "dog"; among equals it would take the nearest, "ball".</source>
        <translation>« it » s’accorde avec « dog » et avec « ball » (singuliers, non humains). La tête préfère le sujet, « dog » ; à égalité, elle prendrait le plus proche, « ball ».</translation>
    </message>
    <message>
        <source>He and her</source>
        <translation>Il et elle</translation>
    </message>
    <message>
        <source>Gender does the work here. In the second half, "he" can only be the man: it skips "She" and "her" and finds "him". The second "her" finds "She". Two clauses, two subjects: each "gave" finds its own.</source>
        <translation>Ici, c’est le genre qui décide. Dans la seconde moitié, « he » ne peut être que l’homme : il saute « She » et « her » et trouve « him ». Le second « her » trouve « She ». Deux propositions, deux sujets : chaque « gave » trouve le sien.</translation>
    </message>
    <message>
        <source>They were hungry</source>
        <translation>Ils avaient faim</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree with it, although it is nearer. "children" agrees in number and is the subject too: two reasons point the same way.</source>
        <translation>« they » est au pluriel, donc le singulier « dog » ne s’accorde pas, bien qu’il soit plus proche. « children » s’accorde en nombre et est aussi le sujet : deux raisons vont dans le même sens.</translation>
    </message>
    <message>
        <source>She and the ball</source>
        <translation>Elle et le ballon</translation>
    </message>
    <message>
        <source>"she" must be a female person. "ball" is the subject, which the head usually prefers, but it is not human, so "she" finds "girl".</source>
        <translation>« she » doit être une personne de sexe féminin. « ball » est le sujet, que la tête préfère d’habitude, mais il n’est pas humain : « she » trouve donc « girl ».</translation>
    </message>
    <message>
        <source>Who passed?</source>
        <translation>Qui a réussi ?</translation>
    </message>
    <message>
        <source>Select "passed" in the Subject–verb head. Its subject, "students", is four tokens back, across the clause "who studied hard". The head skips "who", the subject of the inner clause, because it looks for a subject in its own clause.</source>
        <translation>Choisissez « passed » dans la tête sujet–verbe. Son sujet, « students », est quatre tokens plus tôt, de l’autre côté de la proposition « who studied hard ». La tête saute « who », le sujet de la proposition intérieure, car elle cherche un sujet dans sa propre proposition.</translation>
    </message>
    <message>
        <source>The keys to the cabinet</source>
        <translation>Les clés de l’armoire</translation>
    </message>
    <message>
        <source>"were" finds "keys", across the phrase "to the old cabinet" — the long-range link that simple language models get wrong. What decides is structure: the noun inside a prepositional phrase cannot be the subject, so the analyser marks "keys" as the subject and the head looks for its clause's subject. Number agrees too (plural "were", plural "keys"), but it is not needed: in the ungrammatical "The key to the old cabinets were …" the head still picks "key".</source>
        <translation>« were » trouve « keys » par-delà le groupe « to the old cabinet » — le lien à longue distance sur lequel se trompent les modèles de langage simples. C’est la structure qui décide : le nom à l’intérieur d’un groupe prépositionnel ne peut pas être sujet, l’analyseur marque donc « keys » comme sujet et la tête cherche le sujet de sa proposition. Le nombre s’accorde aussi (pluriel « were », pluriel « keys »), mais il n’est pas nécessaire : dans la phrase incorrecte « The key to the old cabinets were … », la tête choisit toujours « key ».</translation>
    </message>
    <message>
        <source>The author of the books</source>
        <translation>L’auteur des livres</translation>
    </message>
    <message>
        <source>"lives" finds its subject "author", not the nearer "books": "books" sits inside the phrase "of the famous books", and a noun in a prepositional phrase is not a subject. Number agrees as well (singular "lives", singular "author"), but structure decides.</source>
        <translation>« lives » trouve son sujet « author », pas le plus proche « books » : « books » est dans le groupe « of the famous books », et un nom dans un groupe prépositionnel n’est pas sujet. Le nombre s’accorde aussi (singulier « lives », singulier « author »), mais c’est la structure qui décide.</translation>
    </message>
    <message>
        <source>The dog that the boy saw</source>
        <translation>Le chien que le garçon a vu</translation>
    </message>
    <message>
        <source>Two verbs, two subjects. "saw" belongs to the inner clause and finds "boy"; "was" belongs to the main clause and finds "dog", five tokens back.</source>
        <translation>Deux verbes, deux sujets. « saw » appartient à la proposition intérieure et trouve « boy » ; « was » appartient à la principale et trouve « dog », cinq tokens plus tôt.</translation>
    </message>
    <message>
        <source>The quick brown fox</source>
        <translation>Le renard brun rapide</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificateurs</translation>
    </message>
    <message>
        <source>Select "quick" or "lazy" in the Modifier head. Each adjective finds the noun it describes: "quick" and "brown" find "fox", "lazy" finds "dog" — not "fox", which comes before it.</source>
        <translation>Choisissez « quick » ou « lazy » dans la tête de modificateur. Chaque adjectif trouve le nom qu’il décrit : « quick » et « brown » trouvent « fox », « lazy » trouve « dog » — pas « fox », qui vient avant lui.</translation>
    </message>
    <message>
        <source>A small red house</source>
        <translation>Une petite maison rouge</translation>
    </message>
    <message>
        <source>Determiners and adjectives look for the noun of their own noun phrase: "A", "small" and "red" find "house"; "the" and "old" find "church".</source>
        <translation>Les déterminants et les adjectifs cherchent le nom de leur propre groupe nominal : « A », « small » et « red » trouvent « house » ; « the » et « old » trouvent « church ».</translation>
    </message>
    <message>
        <source>What is the capital?</source>
        <translation>Quelle est la capitale ?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>In the Question head, "What" and "?" find each other: the question word and the mark that closes its sentence belong together, however far apart they are in that sentence.</source>
        <translation>Dans la tête de question, « What » et « ? » se trouvent l’un l’autre : le mot interrogatif et le signe qui clôt sa phrase vont ensemble, aussi éloignés soient-ils dans cette phrase.</translation>
    </message>
    <message>
        <source>Where did the children go?</source>
        <translation>Où sont allés les enfants ?</translation>
    </message>
    <message>
        <source>"Where" opens the question and "?" closes it; the Question head links them across the whole sentence.</source>
        <translation>« Where » ouvre la question et « ? » la ferme ; la tête de question les relie à travers toute la phrase.</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Un pas en arrière</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>The Previous token head uses no word features at all, only the position encoding: every token attends to the one just before it. Heads like this one help real models follow word order.</source>
        <translation>La tête de token précédent n’utilise aucun trait des mots, seulement l’encodage de position : chaque token regarde celui juste avant lui. Des têtes comme celle-ci aident les vrais modèles à suivre l’ordre des mots.</translation>
    </message>
    <message>
        <source>Position in a long sentence</source>
        <translation>La position dans une longue phrase</translation>
    </message>
    <message>
        <source>The Previous token head works the same at token 20 as at token 2: the sinusoidal position encoding lets q·k depend only on the distance between two tokens. The Coreference head links "his" to "man" across the whole sentence.</source>
        <translation>La tête de token précédent fonctionne de même au token 20 qu’au token 2 : l’encodage de position sinusoïdal fait dépendre q·k de la seule distance entre deux tokens. La tête de coréférence relie « his » à « man » à travers toute la phrase.</translation>
    </message>
    <message>
        <source>The trophy was too big</source>
        <translation>Le trophée était trop grand</translation>
    </message>
    <message>
        <source>Where designed heads fail</source>
        <translation>Là où les têtes conçues échouent</translation>
    </message>
    <message>
        <source>Here the head is right: "it" is the trophy, and the trophy is the subject. Now open the next sentence, where one word changes.</source>
        <translation>Ici la tête a raison : « it » est le trophée, et le trophée est le sujet. Ouvrez maintenant la phrase suivante, où un mot change.</translation>
    </message>
    <message>
        <source>The suitcase was too small</source>
        <translation>La valise était trop petite</translation>
    </message>
    <message>
        <source>A person reads "it" as the suitcase: things do not fit into containers that are too small. The Coreference head still picks "trophy", because all it sees is grammar — person, number, humanness, gender and which noun is the subject — and "big" and "small" have the same grammar. No single head of this kind can get both sentences right. Trained models resolve such Winograd pairs, when they do, by combining many heads over many layers with knowledge of the world learned from text.</source>
        <translation>Une personne comprend « it » comme la valise : les objets n’entrent pas dans des contenants trop petits. La tête de coréférence choisit pourtant « trophy », car elle ne voit que la grammaire — personne, nombre, humanité, genre et quel nom est le sujet — et « big » et « small » ont la même grammaire. Aucune tête de ce genre ne peut réussir les deux phrases. Les modèles entraînés résolvent ces paires de Winograd, quand ils y parviennent, en combinant de nombreuses têtes sur de nombreuses couches avec une connaissance du monde apprise dans les textes.</translation>
    </message>
    <message>
        <source>Both "cat" and "mat" agree with "it" (singular, not human); the head prefers the subject, "cat". It knows grammar, not that mats cannot be tired.</source>
        <translation>« cat » et « mat » s’accordent tous deux avec « it » (singuliers, non humains) ; la tête préfère le sujet, « cat ». Elle connaît la grammaire, pas le fait qu’un tapis ne peut pas être fatigué.</translation>
    </message>
    <message>
        <source>Why must "it" attend to "cat" for a model to continue the sentence correctly? What would go wrong if it attended to "mat"?</source>
        <translation>Pourquoi « it » doit-il regarder « cat » pour qu’un modèle continue correctement la phrase ? Qu’est-ce qui irait de travers s’il regardait « mat » ?</translation>
    </message>
    <message>
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation>Comment l’attention gère-t-elle les dépendances à longue distance, comme un verbe et son sujet séparés de plusieurs mots ? Comparez avec une lecture mot après mot.</translation>
    </message>
    <message>
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation>Que devrait-il se passer quand un pronom a plusieurs référents possibles ? Essayez le trophée et la valise : qu’utilise une personne qui manque à cette tête ?</translation>
    </message>
    <message>
        <source>Self-attention quiz</source>
        <translation>Quiz sur l’auto-attention</translation>
    </message>
    <message>
        <source>What is the main purpose of self-attention?</source>
        <translation>Quel est le but principal de l’auto-attention ?</translation>
    </message>
    <message>
        <source>To drop the words that matter least from a sentence</source>
        <translation>Supprimer d’une phrase les mots les moins importants</translation>
    </message>
    <message>
        <source>To let each token gather information from the tokens that matter to it</source>
        <translation>Permettre à chaque token de recueillir l’information des tokens qui comptent pour lui</translation>
    </message>
    <message>
        <source>To translate every word into a word of another language</source>
        <translation>Traduire chaque mot en un mot d’une autre langue</translation>
    </message>
    <message>
        <source>To count how often each word appears in the texts the model was trained on</source>
        <translation>Compter combien de fois chaque mot apparaît dans les textes d’entraînement du modèle</translation>
    </message>
    <message>
        <source>Each token computes how relevant every other token is (its attention weights) and takes a weighted mix of their values, so its representation now carries context.</source>
        <translation>Chaque token calcule la pertinence de chacun des autres (ses poids d’attention) et prend un mélange pondéré de leurs valeurs : sa représentation porte désormais le contexte.</translation>
    </message>
    <message>
        <source>In the attention heatmap, what do the rows and columns mean?</source>
        <translation>Dans la carte de chaleur de l’attention, que signifient les lignes et les colonnes ?</translation>
    </message>
    <message>
        <source>Rows are the heads of the model and columns are the layers each head is in</source>
        <translation>Les lignes sont les têtes du modèle et les colonnes les couches où se trouve chaque tête</translation>
    </message>
    <message>
        <source>Rows are the words and columns are the letters of each word in the sentence</source>
        <translation>Les lignes sont les mots et les colonnes les lettres de chaque mot de la phrase</translation>
    </message>
    <message>
        <source>Rows: the tokens attending (queries); columns: the tokens attended to (keys)</source>
        <translation>Lignes : les tokens qui regardent (requêtes) ; colonnes : les tokens regardés (clés)</translation>
    </message>
    <message>
        <source>Rows are the layers of the network and columns are the positions in the sentence</source>
        <translation>Les lignes sont les couches du réseau et les colonnes les positions dans la phrase</translation>
    </message>
    <message>
        <source>Row i is token i's query; cell (i, j) is how much token i attends to token j. Each row sums to 1 because it comes out of a softmax.</source>
        <translation>La ligne i est la requête du token i ; la case (i, j) indique combien le token i regarde le token j. Chaque ligne fait 1 car elle sort d’une softmax.</translation>
    </message>
    <message>
        <source>What are Q, K and V?</source>
        <translation>Que sont Q, K et V ?</translation>
    </message>
    <message>
        <source>Query: what a token looks for; Key: what it offers; Value: what it passes on</source>
        <translation>Query (requête) : ce que cherche un token ; Key (clé) : ce qu’il offre ; Value (valeur) : ce qu’il transmet</translation>
    </message>
    <message>
        <source>Three copies of the sentence, one for each direction of reading it</source>
        <translation>Trois copies de la phrase, une pour chaque sens de lecture</translation>
    </message>
    <message>
        <source>Quality, Knowledge and Vocabulary: three scores the model gives to every word</source>
        <translation>Qualité, connaissance et vocabulaire : trois notes que le modèle donne à chaque mot</translation>
    </message>
    <message>
        <source>The first, second and third layers that every transformer network has</source>
        <translation>Les première, deuxième et troisième couches de tout réseau transformer</translation>
    </message>
    <message>
        <source>Every token is projected three ways. q_i·k_j measures how well token j's key matches token i's query; the softmax of those scores weights the values v_j.</source>
        <translation>Chaque token est projeté de trois façons. q_i·k_j mesure à quel point la clé du token j correspond à la requête du token i ; la softmax de ces scores pondère les valeurs v_j.</translation>
    </message>
    <message>
        <source>In "The cat sat on the mat because it was tired", why does "it" attend most to "cat" in the Coreference head?</source>
        <translation>Dans « The cat sat on the mat because it was tired », pourquoi « it » regarde-t-il surtout « cat » dans la tête de coréférence ?</translation>
    </message>
    <message>
        <source>The model has learned from text that a mat cannot be tired</source>
        <translation>Le modèle a appris dans les textes qu’un tapis ne peut pas être fatigué</translation>
    </message>
    <message>
        <source>The weights are random, and this time they just happened to favour "cat"</source>
        <translation>Les poids sont aléatoires et, cette fois, ils ont favorisé « cat » par hasard</translation>
    </message>
    <message>
        <source>"cat" is the noun closest to "it", and the head prefers the nearest noun</source>
        <translation>« cat » est le nom le plus proche de « it », et la tête préfère le nom le plus proche</translation>
    </message>
    <message>
        <source>Both agree with "it" (singular, not human); the head prefers the subject</source>
        <translation>Les deux s’accordent avec « it » (singuliers, non humains) ; la tête préfère le sujet</translation>
    </message>
    <message>
        <source>"mat" is closer, and the head knows nothing about tiredness. Its query looks for a singular, non-human noun phrase and adds a bonus for the subject — that is why "cat" wins.</source>
        <translation>« mat » est plus proche, et la tête ne sait rien de la fatigue. Sa requête cherche un groupe nominal singulier et non humain et ajoute un bonus au sujet — voilà pourquoi « cat » l’emporte.</translation>
    </message>
    <message>
        <source>Why was self-attention a breakthrough over earlier recurrent networks?</source>
        <translation>Pourquoi l’auto-attention a-t-elle été une percée par rapport aux réseaux récurrents antérieurs ?</translation>
    </message>
    <message>
        <source>It needs no training data, so a model can be built without any text</source>
        <translation>Elle n’a pas besoin de données d’entraînement : on peut construire un modèle sans aucun texte</translation>
    </message>
    <message>
        <source>Any token reaches any other directly, and a whole text is encoded in parallel</source>
        <translation>Chaque token atteint directement n’importe quel autre, et tout un texte est encodé en parallèle</translation>
    </message>
    <message>
        <source>It reads a sentence strictly one word at a time, so it never loses track of order</source>
        <translation>Elle lit une phrase strictement mot après mot et ne perd donc jamais l’ordre</translation>
    </message>
    <message>
        <source>It uses fewer numbers than any other method, so it always runs faster</source>
        <translation>Elle utilise moins de nombres que toute autre méthode, elle est donc toujours plus rapide</translation>
    </message>
    <message>
        <source>A recurrent network passes information along one token at a time, so distant tokens reach each other only through many steps. In self-attention every token reaches every other in one step, and all the tokens of a text are encoded (or trained on) at the same time. Generating text is still one new token at a time.</source>
        <translation>Un réseau récurrent transmet l’information un token à la fois : des tokens éloignés ne s’atteignent qu’en de nombreuses étapes. Avec l’auto-attention, chaque token atteint tous les autres en une étape, et tous les tokens d’un texte sont encodés (ou entraînés) en même temps. Générer du texte se fait toujours un nouveau token à la fois.</translation>
    </message>
    <message>
        <source>Tap the token that "were" attends to most in the Subject–verb head.</source>
        <translation>Touchez le token que « were » regarde le plus dans la tête sujet–verbe.</translation>
    </message>
    <message>
        <source>"were" looks for the subject of its own clause. That is "keys", at the start, not the nearer "cabinet".</source>
        <translation>« were » cherche le sujet de sa propre proposition. C’est « keys », au début, pas « cabinet », plus proche.</translation>
    </message>
    <message>
        <source>Tap the token that "small" attends to most in the Modifier head.</source>
        <translation>Touchez le token que « small » regarde le plus dans la tête de modificateur.</translation>
    </message>
    <message>
        <source>An adjective looks for the head noun of its own noun phrase: "small" skips "red", another adjective, and finds "house".</source>
        <translation>Un adjectif cherche le nom noyau de son propre groupe nominal : « small » saute « red », un autre adjectif, et trouve « house ».</translation>
    </message>
    <message>
        <source>Tap the token that "?" attends to most in the Question head.</source>
        <translation>Touchez le token que « ? » regarde le plus dans la tête de question.</translation>
    </message>
    <message>
        <source>The question mark looks back for the question word that opened its question: "Where", at the other end of the sentence.</source>
        <translation>Le point d’interrogation cherche en arrière le mot interrogatif qui a ouvert sa question : « Where », à l’autre bout de la phrase.</translation>
    </message>
    <message>
        <source>Tap the token that "they" attends to most in the Coreference head.</source>
        <translation>Touchez le token que « they » regarde le plus dans la tête de coréférence.</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree; "children" does.</source>
        <translation>« they » est au pluriel, donc le singulier « dog » ne s’accorde pas ; « children », si.</translation>
    </message>
    <message>
        <source>What does every row of the attention matrix add up to?</source>
        <translation>À combien s’élève la somme de chaque ligne de la matrice d’attention ?</translation>
    </message>
    <message>
        <source>It depends on the sentence</source>
        <translation>Cela dépend de la phrase</translation>
    </message>
    <message>
        <source>1, that is 100 %</source>
        <translation>1, soit 100 %</translation>
    </message>
    <message>
        <source>0, the weights cancel out</source>
        <translation>0, les poids s’annulent</translation>
    </message>
    <message>
        <source>The number of tokens</source>
        <translation>Le nombre de tokens</translation>
    </message>
    <message>
        <source>Each row is a softmax: positive numbers that add up to 1, a distribution over the tokens.</source>
        <translation>Chaque ligne est une softmax : des nombres positifs dont la somme fait 1, une distribution sur les tokens.</translation>
    </message>
    <message>
        <source>Why are the scores divided by √d_k before the softmax?</source>
        <translation>Pourquoi les scores sont-ils divisés par √d_k avant la softmax ?</translation>
    </message>
    <message>
        <source>To make every score negative before the softmax is applied</source>
        <translation>Pour rendre chaque score négatif avant la softmax</translation>
    </message>
    <message>
        <source>Their spread grows with √d_k; dividing keeps the softmax from saturating</source>
        <translation>Leur dispersion croît avec √d_k ; la division évite que la softmax sature</translation>
    </message>
    <message>
        <source>It has no effect on the result at all; it only makes the numbers look smaller</source>
        <translation>Cela n’a aucun effet sur le résultat ; les nombres paraissent seulement plus petits</translation>
    </message>
    <message>
        <source>To count the tokens, so that longer sentences get larger scores</source>
        <translation>Pour compter les tokens, afin que les phrases plus longues aient de plus grands scores</translation>
    </message>
    <message>
        <source>A dot product of d_k random components has a standard deviation that grows like √d_k. Without the division, wider heads would give ever larger differences between scores, the softmax would put almost all weight on one token, and its gradients would vanish.</source>
        <translation>Un produit scalaire de d_k composantes aléatoires a un écart type qui croît comme √d_k. Sans la division, des têtes plus larges donneraient des écarts de scores toujours plus grands, la softmax mettrait presque tout le poids sur un token et ses gradients s’évanouiraient.</translation>
    </message>
    <message>
        <source>What happens to a token's attention when the softmax temperature T goes from 1 down to 0.1?</source>
        <translation>Qu’arrive-t-il à l’attention d’un token quand la température T de la softmax passe de 1 à 0,1 ?</translation>
    </message>
    <message>
        <source>It becomes sharper: the top token gets almost all weight, the entropy falls</source>
        <translation>Elle devient plus nette : le premier token reçoit presque tout le poids, l’entropie baisse</translation>
    </message>
    <message>
        <source>It becomes flatter: every token gets about the same weight, the entropy rises</source>
        <translation>Elle devient plus plate : chaque token reçoit à peu près le même poids, l’entropie monte</translation>
    </message>
    <message>
        <source>Nothing changes: the temperature only changes the colours of the heatmap</source>
        <translation>Rien ne change : la température ne change que les couleurs de la carte de chaleur</translation>
    </message>
    <message>
        <source>The rows stop adding up to 1, because the scores are divided by a small T</source>
        <translation>Les lignes ne font plus 1, car les scores sont divisés par un petit T</translation>
    </message>
    <message>
        <source>Dividing the scores by a small T stretches their differences, so the softmax concentrates on the largest. Try it on the Inside the math page and watch the entropy.</source>
        <translation>Diviser les scores par un petit T étire leurs écarts : la softmax se concentre sur le plus grand. Essayez sur la page Dans le calcul et observez l’entropie.</translation>
    </message>
    <message>
        <source>In a decoder (causal mask), what can the token "it" attend to?</source>
        <translation>Dans un décodeur (masque causal), que peut regarder le token « it » ?</translation>
    </message>
    <message>
        <source>Nothing at all: a causal mask hides every token from it</source>
        <translation>Rien du tout : un masque causal lui cache chaque token</translation>
    </message>
    <message>
        <source>Only itself and the tokens that come before it</source>
        <translation>Seulement lui-même et les tokens qui le précèdent</translation>
    </message>
    <message>
        <source>Only the tokens that come after it in the sentence</source>
        <translation>Seulement les tokens qui viennent après lui dans la phrase</translation>
    </message>
    <message>
        <source>Every token in the sentence, with weights unchanged</source>
        <translation>Tous les tokens de la phrase, avec des poids inchangés</translation>
    </message>
    <message>
        <source>A decoder generates text left to right, so a token may not look ahead: scores for later tokens are set to −∞ and get weight exactly 0.</source>
        <translation>Un décodeur génère le texte de gauche à droite : un token ne peut pas regarder plus loin ; les scores des tokens ultérieurs valent −∞ et reçoivent un poids de exactement 0.</translation>
    </message>
    <message>
        <source>Why do transformers use several attention heads?</source>
        <translation>Pourquoi les transformers utilisent-ils plusieurs têtes d’attention ?</translation>
    </message>
    <message>
        <source>Each head handles a different sentence of the text at the same time</source>
        <translation>Chaque tête traite une phrase différente du texte en même temps</translation>
    </message>
    <message>
        <source>Heads are exact copies that must all give the same attention weights</source>
        <translation>Les têtes sont des copies exactes qui doivent toutes donner les mêmes poids d’attention</translation>
    </message>
    <message>
        <source>Each head can look for another relation (coreference, position…) at once</source>
        <translation>Chaque tête peut chercher une autre relation (coréférence, position…) en même temps</translation>
    </message>
    <message>
        <source>Adding heads makes the computation slower, and slower computation is more accurate</source>
        <translation>Ajouter des têtes ralentit le calcul, et un calcul plus lent est plus précis</translation>
    </message>
    <message>
        <source>Heads have their own W_Q, W_K, W_V. Compare them on the All heads page: one links pronouns, one verbs and subjects, one adjacent tokens.</source>
        <translation>Les têtes ont leurs propres W_Q, W_K, W_V. Comparez-les sur la page Toutes les têtes : l’une relie les pronoms, une autre les verbes et les sujets, une autre les tokens voisins.</translation>
    </message>
    <message>
        <source>In "The trophy didn't fit in the suitcase because it was too small", the Coreference head links "it" to "trophy". Why is that wrong, and why does the head do it?</source>
        <translation>Dans « The trophy didn't fit in the suitcase because it was too small », la tête de coréférence relie « it » à « trophy ». Pourquoi est-ce faux, et pourquoi la tête le fait-elle ?</translation>
    </message>
    <message>
        <source>It is the suitcase, but the head sees only grammar and prefers the subject</source>
        <translation>C’est la valise, mais la tête ne voit que la grammaire et préfère le sujet</translation>
    </message>
    <message>
        <source>The head is right: it really was the trophy that was too small to fit inside</source>
        <translation>La tête a raison : c’était vraiment le trophée qui était trop petit</translation>
    </message>
    <message>
        <source>The sentence is ungrammatical, so no head can find a referent for "it"</source>
        <translation>La phrase est incorrecte, aucune tête ne peut donc trouver de référent pour « it »</translation>
    </message>
    <message>
        <source>The head always picks the last noun before the pronoun, here "suitcase"</source>
        <translation>La tête choisit toujours le dernier nom avant le pronom, ici « suitcase »</translation>
    </message>
    <message>
        <source>Deciding needs knowledge of the world (things do not fit into containers that are too small). Trained models combine many heads and layers, and still sometimes fail on such Winograd pairs.</source>
        <translation>Trancher demande une connaissance du monde (les objets n’entrent pas dans des contenants trop petits). Les modèles entraînés combinent de nombreuses têtes et couches, et échouent encore parfois sur ces paires de Winograd.</translation>
    </message>
    <message>
        <source>After the softmax, what does a token's output contain?</source>
        <translation>Après la softmax, que contient la sortie d’un token ?</translation>
    </message>
    <message>
        <source>Only the value vector of the one token it attends to most strongly of all</source>
        <translation>Seulement le vecteur valeur du token qu’il regarde le plus</translation>
    </message>
    <message>
        <source>The sum of all the key vectors, each multiplied by its query</source>
        <translation>La somme de tous les vecteurs clés, chacun multiplié par sa requête</translation>
    </message>
    <message>
        <source>The same vector it started with, since attention changes nothing</source>
        <translation>Le même vecteur qu’au départ, puisque l’attention ne change rien</translation>
    </message>
    <message>
        <source>The average of all tokens' value vectors, weighted by its attention</source>
        <translation>La moyenne des vecteurs valeurs de tous les tokens, pondérée par son attention</translation>
    </message>
    <message>
        <source>output_i = Σ_j a_ij · v_j. With the designed heads the values are the tokens' features, so "it" receives "animate" from "cat".</source>
        <translation>sortie_i = Σ_j a_ij · v_j. Avec les têtes conçues, les valeurs sont les traits des tokens : « it » reçoit donc « animate » de « cat ».</translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <source>Discussion questions</source>
        <translation>Questions de discussion</translation>
    </message>
    <message>
        <source>Open this sentence in Explore</source>
        <translation>Ouvrir cette phrase dans Explorer</translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <source>Entropy of the row against temperature</source>
        <translation>Entropie de la ligne selon la température</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation>log₁₀ T   (−1 = T 0,1 nette, 0 = T 1, 1 = T 10 plate)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>the text has %1 characters; the limit is %2</source>
        <translation>le texte fait %1 caractères ; la limite est de %2</translation>
    </message>
    <message>
        <source>the text has more than %1 tokens; the limit is %1</source>
        <translation>le texte a plus de %1 tokens ; la limite est de %1</translation>
    </message>
    <message>
        <source>the text has no words or symbols to attend to</source>
        <translation>le texte ne contient ni mots ni symboles à regarder</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the limit is %2</source>
        <translation>le texte a %1 tokens ; la limite est de %2</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the model has %2 positions</source>
        <translation>le texte a %1 tokens ; le modèle a %2 positions</translation>
    </message>
    <message>
        <source>the text has no [MASK] to fill</source>
        <translation>le texte ne contient aucun [MASK] à remplir</translation>
    </message>
    <message>
        <source>expected a list of rows, got %1</source>
        <translation>une liste de lignes était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>row 1: expected a list of numbers, got %1</source>
        <translation>ligne 1 : une liste de nombres était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>%1×%2 entries is more than the limit of %3</source>
        <translation>%1×%2 entrées dépassent la limite de %3</translation>
    </message>
    <message>
        <source>row %1: expected a list, got %2</source>
        <translation>ligne %1 : une liste était attendue, trouvé : %2</translation>
    </message>
    <message>
        <source>row %1 has %2 entries, but row 1 has %3</source>
        <translation>la ligne %1 a %2 entrées, mais la ligne 1 en a %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>un texte non vide était attendu</translation>
    </message>
    <message>
        <source>field "format": expected "%1"</source>
        <translation>champ "format" : "%1" était attendu</translation>
    </message>
    <message>
        <source>field "version": only version 1 is understood</source>
        <translation>champ "version" : seule la version 1 est comprise</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>the file is more than the limit of %1 bytes</source>
        <translation>le fichier dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>un nombre était attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>le nombre n’est pas fini</translation>
    </message>
    <message>
        <source>expected true/false or 1/0, got %1</source>
        <translation>true/false ou 1/0 était attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a list of numbers, got %1</source>
        <translation>une liste de nombres était attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>field "tasks": expected a list of 1 to %1 tasks</source>
        <translation>champ "tasks" : une liste de 1 à %1 tâches était attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>expected one of %1, got "%2"</source>
        <translation>l’un de %1 était attendu, trouvé : "%2"</translation>
    </message>
    <message>
        <source>no such token in "%1"</source>
        <translation>aucun token de ce nom dans "%1"</translation>
    </message>
    <message>
        <source>expected a list of 2 to %1 temperatures</source>
        <translation>une liste de 2 à %1 températures était attendue</translation>
    </message>
    <message>
        <source>each temperature must be from 0.1 to 10, got %1</source>
        <translation>chaque température doit être entre 0.1 et 10, trouvé : %1</translation>
    </message>
    <message>
        <source>field "questions": expected a list of 1 to %1 questions</source>
        <translation>champ "questions" : une liste de 1 à %1 questions était attendue</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>l’id est utilisé deux fois</translation>
    </message>
    <message>
        <source>expected a list of 2 to 8 answers</source>
        <translation>une liste de 2 à 8 réponses était attendue</translation>
    </message>
    <message>
        <source>every answer must be a non-empty text</source>
        <translation>chaque réponse doit être un texte non vide</translation>
    </message>
    <message>
        <source>expected the index of one of the %1 options (from 0)</source>
        <translation>l’indice de l’une des %1 options était attendu (à partir de 0)</translation>
    </message>
    <message>
        <source>expected "choice" or "tap-token", got "%1"</source>
        <translation>"choice" ou "tap-token" était attendu, trouvé : "%1"</translation>
    </message>
    <message>
        <source>field "sentences": expected a list of 1 to %1 sentences</source>
        <translation>champ "sentences" : une liste de 1 à %1 phrases était attendue</translation>
    </message>
    <message>
        <source>expected an object of token → features</source>
        <translation>un objet token → traits était attendu</translation>
    </message>
    <message>
        <source>there is no such token in the text</source>
        <translation>ce token n’est pas dans le texte</translation>
    </message>
    <message>
        <source>expected an object of feature → number</source>
        <translation>un objet trait → nombre était attendu</translation>
    </message>
    <message>
        <source>"clause" must be a whole number from 0 to 100</source>
        <translation>"clause" doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>"phrase" must be a whole number from -1 to 1000</source>
        <translation>"phrase" doit être un nombre entier de -1 à 1000</translation>
    </message>
    <message>
        <source>unknown feature "%1"</source>
        <translation>trait inconnu "%1"</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>un nombre de %1 à %2 était attendu, trouvé : %3</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>unknown head "%1"</source>
        <translation>tête inconnue "%1"</translation>
    </message>
    <message>
        <source>no token %1 in "%2"</source>
        <translation>aucun token %1 dans "%2"</translation>
    </message>
    <message>
        <source>no sentence "%1" in the sentence pack</source>
        <translation>aucune phrase "%1" dans le paquet de phrases</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>"%1" doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>"%1" est manquant</translation>
    </message>
    <message>
        <source>"%1" must be a number between 0 and 1</source>
        <translation>"%1" doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <source>not a folder (a model folder has config.json, model.safetensors and tokenizer files)</source>
        <translation>pas un dossier (un dossier de modèle contient config.json, model.safetensors et les fichiers du tokenizer)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>pas de config.json</translation>
    </message>
    <message>
        <source>model_type "%1" is not supported: this app opens "bert" (BERT encoders) and "gpt2" (GPT-2 decoders)</source>
        <translation>model_type "%1" n’est pas pris en charge : cette application ouvre "bert" (encodeurs BERT) et "gpt2" (décodeurs GPT-2)</translation>
    </message>
    <message>
        <source>%1 attention heads do not divide the width %2</source>
        <translation>%1 têtes d’attention ne divisent pas la largeur %2</translation>
    </message>
    <message>
        <source>activation "%1" is not supported (gelu, gelu_new or relu)</source>
        <translation>l’activation "%1" n’est pas prise en charge (gelu, gelu_new ou relu)</translation>
    </message>
    <message>
        <source>no model.safetensors (other weight formats are not read)</source>
        <translation>pas de model.safetensors (les autres formats de poids ne sont pas lus)</translation>
    </message>
    <message>
        <source>the tokenizer's vocabulary has ids up to %1, but the model has only %2 embeddings</source>
        <translation>le vocabulaire du tokenizer a des ids jusqu’à %1, mais le modèle n’a que %2 plongements</translation>
    </message>
    <message>
        <source>tensor "%1": %2</source>
        <translation>tenseur "%1" : %2</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>pas un fichier safetensors : %1 octets, moins que les 8 octets de la longueur de son en-tête</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the header claims %1 bytes; the limit is %2</source>
        <translation>l’en-tête annonce %1 octets ; la limite est de %2</translation>
    </message>
    <message>
        <source>the header claims %1 bytes but the file has only %2 after its length</source>
        <translation>l’en-tête annonce %1 octets mais le fichier n’en a que %2 après sa longueur</translation>
    </message>
    <message>
        <source>the header is not valid JSON at byte %1: %2</source>
        <translation>l’en-tête n’est pas du JSON valide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>l’en-tête n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the last %1 bytes of data belong to no tensor</source>
        <translation>les %1 derniers octets de données n’appartiennent à aucun tenseur</translation>
    </message>
    <message>
        <source>cannot read %1 bytes at %2: %3</source>
        <translation>impossible de lire %1 octets à %2 : %3</translation>
    </message>
    <message>
        <source>entry "%1": the id must be a whole number from 0</source>
        <translation>entrée "%1" : l’id doit être un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>the vocabulary has no %1 token</source>
        <translation>le vocabulaire n’a pas de token %1</translation>
    </message>
    <message>
        <source>the vocabulary has no token for the byte character "%1"</source>
        <translation>le vocabulaire n’a pas de token pour le caractère d’octet "%1"</translation>
    </message>
    <message>
        <source>no vocabulary entry for the merged token "%1"</source>
        <translation>aucune entrée de vocabulaire pour le token fusionné "%1"</translation>
    </message>
    <message>
        <source>model.type is "%1"; a BERT model needs WordPiece</source>
        <translation>model.type vaut "%1" ; un modèle BERT a besoin de WordPiece</translation>
    </message>
    <message>
        <source>model.type is "%1"; a GPT-2 model needs BPE</source>
        <translation>model.type vaut "%1" ; un modèle GPT-2 a besoin de BPE</translation>
    </message>
    <message>
        <source>model.merges[%1]: expected two tokens</source>
        <translation>model.merges[%1] : deux tokens étaient attendus</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.txt</source>
        <translation>pas de tokenizer : ni tokenizer.json ni vocab.txt</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <source>do_lower_case must be true or false</source>
        <translation>do_lower_case doit valoir true ou false</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.json and merges.txt</source>
        <translation>pas de tokenizer : ni tokenizer.json ni vocab.json et merges.txt</translation>
    </message>
    <message>
        <source>expected two tokens separated by one space</source>
        <translation>deux tokens séparés par une espace étaient attendus</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model "%1". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model's name, e.g. "Designed heads"</extracomment>
        <translation>Chaque nombre ici est calculé : A = softmax(Q·Kᵀ/√d_k) avec le modèle « %1 ». Ses têtes sont conçues à partir de traits grammaticaux, non entraînées sur du texte : il suit la grammaire, pas le sens.</translation>
    </message>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) in the trained model "%1", layer by layer from its weights. Attention weights show where a head looks, not why the model predicts what it does.</source>
        <extracomment>%1 is the model's name, e.g. "bert-base-uncased (BERT, 12 layers × 12 heads)"</extracomment>
        <translation>Chaque nombre ici est calculé : A = softmax(Q·Kᵀ/√d_k) dans le modèle entraîné « %1 », couche par couche à partir de ses poids. Les poids d’attention montrent où regarde une tête, pas pourquoi le modèle prédit ce qu’il prédit.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>%1: cannot be written.</source>
        <extracomment>%1 the file</extracomment>
        <translation>%1 : impossible d’écrire.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Save or print</source>
        <translation>Enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>Save this page as a picture…</source>
        <translation>Enregistrer cette page comme image…</translation>
    </message>
    <message>
        <source>Save the matrix as CSV…</source>
        <translation>Enregistrer la matrice en CSV…</translation>
    </message>
    <message>
        <source>Save the matrix as JSON…</source>
        <translation>Enregistrer la matrice en JSON…</translation>
    </message>
    <message>
        <source>Worksheet for this sentence…</source>
        <translation>Fiche d’exercices pour cette phrase…</translation>
    </message>
    <message>
        <source>Save this page as a picture</source>
        <translation>Enregistrer cette page comme image</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <extracomment>%1 × %2 the picture's size in pixels</extracomment>
        <translation>Comme à l’écran (%1 × %2)</translation>
    </message>
    <message>
        <source>Twice as sharp (%1 × %2), for slides and print</source>
        <translation>Deux fois plus nette (%1 × %2), pour diapositives et impression</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche d’exercices</translation>
    </message>
    <message>
        <source>“%1”, head %2: the sentence and its tokens, a grid, and questions answered from the computed matrix.</source>
        <extracomment>%1 the sentence, %2 the head</extracomment>
        <translation>« %1 », tête %2 : la phrase et ses tokens, une grille et des questions dont les réponses viennent de la matrice calculée.</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>An empty grid to shade</source>
        <translation>Une grille vide à colorier</translation>
    </message>
    <message>
        <source>The heatmap</source>
        <translation>La carte de chaleur</translation>
    </message>
    <message>
        <source>Answer key page</source>
        <translation>Page de corrigé</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save the page as a picture</source>
        <translation>Enregistrer la page comme image</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Enregistrer la fiche d’exercices</translation>
    </message>
    <message>
        <source>Save the matrix</source>
        <translation>Enregistrer la matrice</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This cannot be saved</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the PDF and print it elsewhere.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur : enregistrez le PDF et imprimez-le ailleurs.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There is no matrix to save.</source>
        <translation>Il n’y a aucune matrice à enregistrer.</translation>
    </message>
    <message>
        <source>Unknown format "%1": csv or json.</source>
        <translation>Format inconnu « %1 » : csv ou json.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <extracomment>%1 the file, %2 the system's reason</extracomment>
        <translation>%1 : impossible d’écrire (%2)</translation>
    </message>
    <message>
        <source>There is no sentence to make a worksheet of.</source>
        <translation>Il n’y a aucune phrase pour faire une fiche.</translation>
    </message>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>L’auto-attention en 45 minutes — un plan de cours</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Fiche d’exercices : auto-attention</translation>
    </message>
</context>
<context>
    <name>HeadListModel</name>
    <message>
        <source>All heads (average)</source>
        <translation>Toutes les têtes (moyenne)</translation>
    </message>
    <message>
        <source>The mean of every head's weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation>La moyenne des poids de toutes les têtes. Chaque tête cherche une autre relation ; choisissez-en une pour la voir seule.</translation>
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <source>Head: %1</source>
        <translation>Tête : %1</translation>
    </message>
    <message>
        <source>Attention head</source>
        <translation>Tête d’attention</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <source>All heads: each head looks for a different relation in "%1". Tap one to explore it.</source>
        <translation>Toutes les têtes : chacune cherche une autre relation dans « %1 ». Touchez-en une pour l’explorer.</translation>
    </message>
    <message>
        <source>Every layer and head: %1 layers × %2 heads of the trained model on "%3". Tap one to explore it.</source>
        <extracomment>%1 layers, %2 heads, %3 the sentence</extracomment>
        <translation>Chaque couche et chaque tête : %1 couches × %2 têtes du modèle entraîné sur « %3 ». Touchez-en une pour l’explorer.</translation>
    </message>
    <message>
        <source>Rows: layers 1 to %1. Columns: heads 1 to %2, then the layer's average (avg). The outlined tile is the one Explore shows.</source>
        <translation>Lignes : couches 1 à %1. Colonnes : têtes 1 à %2, puis la moyenne de la couche (moy.). La vignette encadrée est celle qu’affiche Explorer.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>moy.</translation>
    </message>
    <message>
        <source>Every layer and head</source>
        <translation>Chaque couche et chaque tête</translation>
    </message>
    <message>
        <source>Layer %1, head %2 is selected; arrow keys move, Enter opens it.</source>
        <translation>Couche %1, tête %2 sélectionnée ; les flèches déplacent, Entrée l’ouvre.</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Rollout de l’attention</translation>
    </message>
    <message>
        <source>Left: layer %1's attention, averaged over its heads. Right: the rollout to layer %1 (Abnar &amp; Zuidema 2020), which follows attention through every layer up to it, counting the residual connection as half of each step. Rollout is an estimate of how information mixes, not an explanation: attention weights alone do not say why a model predicts what it does (Jain &amp; Wallace 2019).</source>
        <extracomment>%1 is a layer number</extracomment>
        <translation>À gauche : l’attention de la couche %1, moyennée sur ses têtes. À droite : le rollout jusqu’à la couche %1 (Abnar &amp; Zuidema 2020), qui suit l’attention à travers toutes les couches jusqu’à elle, en comptant la connexion résiduelle pour moitié à chaque étape. Le rollout estime comment l’information se mélange ; ce n’est pas une explication : les poids d’attention seuls ne disent pas pourquoi un modèle prédit ce qu’il prédit (Jain &amp; Wallace 2019).</translation>
    </message>
    <message>
        <source>Raw attention, layer %1 (average)</source>
        <translation>Attention brute, couche %1 (moyenne)</translation>
    </message>
    <message>
        <source>Rollout to layer %1</source>
        <translation>Rollout jusqu’à la couche %1</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
        <extracomment>a cell of a head's heatmap: from-token → to-token: weight</extracomment>
        <translation>« %1 » → « %2 » : %3 %</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>'%1' → '%2': masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>« %1 » → « %2 » : masqué (ne peut pas regarder)</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
        <translation>« %1 » → « %2 » : %3 %</translation>
    </message>
    <message>
        <source>Attention heatmap, rows attend to columns</source>
        <translation>Carte de chaleur de l’attention : les lignes regardent les colonnes</translation>
    </message>
    <message>
        <source>Row → column; rows sum to 100 %. Tap a cell.</source>
        <extracomment>the heatmap's readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Ligne → colonne ; chaque ligne fait 100 %. Touchez une case.</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>row max</source>
        <extracomment>the colour scale's top: 100 % or each row's maximum</extracomment>
        <translation>max. ligne</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Colour scale: 0 to each row's largest weight. Show 0 to 100 %</source>
        <translation>Échelle de couleurs : de 0 au plus grand poids de chaque ligne. Afficher de 0 à 100 %</translation>
    </message>
    <message>
        <source>Colour scale: 0 to 100 %. Scale each row to its largest weight</source>
        <translation>Échelle de couleurs : de 0 à 100 %. Ramener chaque ligne à son plus grand poids</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>%1 may not attend to %2 (masked), row %3, column %4</source>
        <extracomment>spoken for a masked heatmap cell: %1 and %2 tokens, %3 row number, %4 column number</extracomment>
        <translation>%1 ne peut pas regarder %2 (masqué), ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1 attends to %2: %3 %, row %4, column %5</source>
        <extracomment>spoken for a heatmap cell: %1 and %2 tokens, %3 the weight in percent, %4 row number, %5 column number</extracomment>
        <translation>%1 regarde %2 : %3 %, ligne %4, colonne %5</translation>
    </message>
    <message>
        <source>Arrow keys move from cell to cell; Enter selects the row's token.</source>
        <translation>Les flèches vont de case en case ; Entrée choisit le token de la ligne.</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>Layer %1 of %2</source>
        <extracomment>the layer shown, of how many ("Layer 3 of 12")</extracomment>
        <translation>Couche %1 sur %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Ce que vous allez apprendre</translation>
    </message>
    <message>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation>Comprendre — expliquer comment l’auto-attention saisit les relations entre tokens.</translation>
    </message>
    <message>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation>Analyser — interpréter les motifs d’attention et leur sens linguistique.</translation>
    </message>
    <message>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation>Évaluer — juger pourquoi certains motifs apparaissent et où une tête simple échoue.</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Lire la matrice d’attention</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Motifs d’attention</translation>
    </message>
    <message>
        <source>The activities and discussion questions are about the designed heads. Choose Model ▾ → Designed heads to do them; the quiz below is about attention in general.</source>
        <translation>Les activités et questions de discussion portent sur les têtes conçues. Choisissez Modèle ▾ → Têtes conçues pour les faire ; le quiz ci-dessous porte sur l’attention en général.</translation>
    </message>
    <message>
        <source>Clear my activity answers</source>
        <translation>Effacer mes réponses aux activités</translation>
    </message>
    <message>
        <source>For teachers: a 45-minute lesson plan</source>
        <translation>Pour les enseignants : un plan de cours de 45 minutes</translation>
    </message>
    <message>
        <source>Timing, what to project, what students do on tablets, prerequisites and common misconceptions — with how to read the matrix and the table of patterns, as a handout to print.</source>
        <translation>Minutage, ce qu’il faut projeter, ce que font les élèves sur tablette, prérequis et idées fausses fréquentes — avec la lecture de la matrice et le tableau des motifs, en document à imprimer.</translation>
    </message>
    <message>
        <source>Hide the plan</source>
        <translation>Masquer le plan</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Afficher le plan</translation>
    </message>
    <message>
        <source>Save the handout (PDF)…</source>
        <translation>Enregistrer le document (PDF)…</translation>
    </message>
    <message>
        <source>Save the lesson plan</source>
        <translation>Enregistrer le plan de cours</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>L’auto-attention en 45 minutes — un plan de cours</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>a link in the table of patterns: %1 the token that attends, %2 the one it attends to</extracomment>
        <translation>« %1 » → « %2 »</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 (head %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <extracomment>one pattern on a phone: %1 pattern, %2 link, %3 head, %4 example sentence</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; : %2 (tête %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Lire la matrice d’attention</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows are “from”, columns are “to”.&lt;/b&gt; Each row is one token paying attention; each column is a token being attended to. The cell in row “it” and column “cat” is the share of “it”’s attention that goes to “cat”.</source>
        <translation>&lt;b&gt;Les lignes sont « de », les colonnes « vers ».&lt;/b&gt; Chaque ligne est un token qui porte son attention ; chaque colonne, un token regardé. La case de la ligne « it » et de la colonne « cat » est la part de l’attention de « it » qui va à « cat ».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every row adds up to 100 %.&lt;/b&gt; Softmax turns a row of scores into shares of one token’s attention, so raising one cell lowers the others in its row.</source>
        <translation>&lt;b&gt;Chaque ligne fait 100 % au total.&lt;/b&gt; La softmax transforme une ligne de scores en parts de l’attention d’un token : si une case augmente, les autres de sa ligne diminuent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns add up to anything.&lt;/b&gt; A column’s sum says how much the other tokens look at that token: a large sum marks a token many rows use, such as a subject. Compare columns to find the tokens a head relies on.</source>
        <translation>&lt;b&gt;Les colonnes font n’importe quel total.&lt;/b&gt; La somme d’une colonne dit combien les autres tokens regardent ce token : une grande somme désigne un token que beaucoup de lignes utilisent, comme un sujet. Comparez les colonnes pour trouver les tokens sur lesquels s’appuie une tête.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The diagonal&lt;/b&gt; is each token attending to itself. &lt;b&gt;Under a causal mask&lt;/b&gt; every cell above the diagonal is empty: no token may use a later one, as in a model that writes one word at a time.</source>
        <translation>&lt;b&gt;La diagonale&lt;/b&gt;, c’est chaque token qui se regarde lui-même. &lt;b&gt;Avec un masque causal&lt;/b&gt;, toutes les cases au-dessus de la diagonale sont vides : aucun token ne peut utiliser un token ultérieur, comme dans un modèle qui écrit mot après mot.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One matrix is one head.&lt;/b&gt; Each head looks for one relation; the average of all heads blurs them.</source>
        <translation>&lt;b&gt;Une matrice, c’est une tête.&lt;/b&gt; Chaque tête cherche une relation ; la moyenne de toutes les têtes les brouille.</translation>
    </message>
    <message>
        <source>Each link is the strongest one from that token in that head, computed — the app's tests check every one.</source>
        <translation>Chaque lien est le plus fort depuis ce token dans cette tête, calculé — les tests de l’application vérifient chacun.</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Motifs d’attention</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>What attends to what</source>
        <translation>Qui regarde quoi</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Explore</source>
        <extracomment>page names on a phone's bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Inside the math</source>
        <translation>Dans le calcul</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Toutes les têtes</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Têtes</translation>
    </message>
    <message>
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Utiliser le thème clair</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Utiliser le thème sombre</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MaskActivity</name>
    <message>
        <source>Activity 4 · Encoder or decoder</source>
        <translation>Activité 4 · Encodeur ou décodeur</translation>
    </message>
    <message>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open "%1" and switch on the causal mask. Can "%2" still attend to "%3"?</source>
        <translation>Un décodeur (comme un chatbot qui écrit du texte) ne peut pas regarder plus loin. Ouvrez « %1 » et activez le masque causal. « %2 » peut-il encore regarder « %3 » ?</translation>
    </message>
    <message>
        <source>Open with the causal mask</source>
        <translation>Ouvrir avec le masque causal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Exact.</translation>
    </message>
    <message>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation>Regardez à nouveau la carte de chaleur : les cases à droite de la diagonale sont hachurées.</translation>
    </message>
    <message>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so "%1" cannot use "%2". An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation>Avec le masque, le score de chaque token ultérieur vaut −∞ et son poids exactement 0 : « %1 » ne peut donc pas utiliser « %2 ». Un encodeur comme BERT n’a pas ce masque ; un décodeur comme GPT, si.</translation>
    </message>
</context>
<context>
    <name>MaskedWordCard</name>
    <message>
        <source>What it was trained to do: guess the hidden word</source>
        <translation>Ce pour quoi il a été entraîné : deviner le mot caché</translation>
    </message>
    <message>
        <source>During training, words were hidden as [MASK] and the model learned to guess them from the words around — its attention heads are whatever made that guessing easier. Type a sentence with [MASK] and see its five best guesses.</source>
        <translation>Pendant l’entraînement, des mots étaient cachés par [MASK] et le modèle a appris à les deviner à partir des mots voisins — ses têtes d’attention sont ce qui rendait ces devinettes plus faciles. Tapez une phrase avec [MASK] et voyez ses cinq meilleures propositions.</translation>
    </message>
    <message>
        <source>Sentence with [MASK]</source>
        <translation>Phrase avec [MASK]</translation>
    </message>
    <message>
        <source>Insert [MASK]</source>
        <translation>Insérer [MASK]</translation>
    </message>
    <message>
        <source>Puts [MASK] at the cursor, for keyboards without brackets.</source>
        <translation>Place [MASK] au curseur, pour les claviers sans crochets.</translation>
    </message>
    <message>
        <source>Guess the word</source>
        <translation>Deviner le mot</translation>
    </message>
    <message>
        <source>Guess %1: %2, %3</source>
        <translation>Proposition %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation>Dans le calcul : A = softmax(Q·Kᵀ / (T·√d_k)), sortie = A·V — pour un token, avec les vrais nombres.</translation>
    </message>
    <message>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation>La moyenne de toutes les têtes n’a pas de Q et K uniques. Choisissez une tête ci-dessus pour voir son calcul.</translation>
    </message>
    <message>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation>Choisissez un token ci-dessus pour suivre sa requête dans le calcul.</translation>
    </message>
    <message>
        <source>Show every step</source>
        <translation>Afficher toutes les étapes</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>The input vector x of '%1'</source>
        <translation>Le vecteur d’entrée x de « %1 »</translation>
    </message>
    <message>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation>x = [traits ; encodage de position]   (d_model = %1 = %2 + %3)</translation>
    </message>
    <message>
        <source>x = the hidden state entering layer %2   (d_model = %1)</source>
        <extracomment>%1 = d_model, %2 = the layer (from 1)</extracomment>
        <translation>x = l’état caché qui entre dans la couche %2   (d_model = %1)</translation>
    </message>
    <message>
        <source>The token's features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation>Les traits du token tirés du lexique (seuls les non nuls sont listés), puis 32 nombres sin(ω·i), cos(ω·i) qui encodent sa position i = %1.</translation>
    </message>
    <message>
        <source>In a trained model the %1 numbers of x have no names: they were learned, and position is already mixed in. The twelve largest are listed.</source>
        <translation>Dans un modèle entraîné, les %1 nombres de x n’ont pas de nom : ils ont été appris et la position y est déjà mêlée. Les douze plus grands sont listés.</translation>
    </message>
    <message>
        <source>The query: what '%1' looks for</source>
        <translation>La requête : ce que cherche « %1 »</translation>
    </message>
    <message>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation>q = x · W_Q   (d_k = %1)</translation>
    </message>
    <message>
        <source>The query's dimensions have no names either; the twelve largest are listed.</source>
        <translation>Les dimensions de la requête n’ont pas de nom non plus ; les douze plus grandes sont listées.</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation>Chaque dimension nommée est une chose que cherche la requête de cette tête. %1 nombres de plus portent sa préférence pour les positions (voir Q à l’étape 9).</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for.</source>
        <translation>Chaque dimension nommée est une chose que cherche la requête de cette tête.</translation>
    </message>
    <message>
        <source>Every token's key and value</source>
        <translation>La clé et la valeur de chaque token</translation>
    </message>
    <message>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation>k_j = x_j · W_K,   v_j = x_j · W_V</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation>Une clé dit ce qu’un token offre aux requêtes ; sa valeur est ce qu’il transmet s’il est regardé (ici : ses traits).</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to. In a trained model neither has named columns.</source>
        <translation>Une clé dit ce qu’un token offre aux requêtes ; sa valeur est ce qu’il transmet s’il est regardé. Dans un modèle entraîné, aucune des deux n’a de colonnes nommées.</translation>
    </message>
    <message>
        <source>K (one row per token)</source>
        <translation>K (une ligne par token)</translation>
    </message>
    <message>
        <source>Scores: how well each key matches the query</source>
        <translation>Scores : à quel point chaque clé correspond à la requête</translation>
    </message>
    <message>
        <source>score_j = q · k_j</source>
        <translation>score_j = q · k_j</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2. Below the scores: the products q[c]·k[c] that add up to it, largest first.</source>
        <extracomment>%1 token, %2 score</extracomment>
        <translation>« %1 » a le meilleur score : %2. Sous les scores : les produits q[c]·k[c] qui le composent, les plus grands d’abord.</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation>« %1 » a le meilleur score : %2 = %3 des dimensions de traits + %4 de la position.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mise à l’échelle</translation>
    </message>
    <message>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</translation>
    </message>
    <message>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation>Diviser par √d_k garde les scores dans une plage où la softmax n’est pas saturée ; la température T rend le résultat plus net (T &lt; 1) ou plus plat (T &gt; 1).</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>score_j = −∞ for every j after '%1' (causal: a decoder cannot look ahead)</source>
        <translation>score_j = −∞ pour tout j après « %1 » (causal : un décodeur ne peut pas regarder plus loin)</translation>
    </message>
    <message>
        <source>no mask: an encoder lets every token see every token</source>
        <translation>pas de masque : un encodeur laisse chaque token voir tous les tokens</translation>
    </message>
    <message>
        <source>Softmax: the attention weights</source>
        <translation>Softmax : les poids d’attention</translation>
    </message>
    <message>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — chaque ligne fait 1</translation>
    </message>
    <message>
        <source>Entropy %1 bits: '%2' spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation>Entropie %1 bits : « %2 » répartit son attention comme le feraient %3 tokens de même poids. C’est la ligne que montre la carte de chaleur d’Explorer.</translation>
    </message>
    <message>
        <source>Output: what '%1' receives</source>
        <translation>Sortie : ce que reçoit « %1 »</translation>
    </message>
    <message>
        <source>output = Σ_j a_j · v_j</source>
        <translation>sortie = Σ_j a_j · v_j</translation>
    </message>
    <message>
        <source>The weighted average of the values: the features of the tokens '%1' attends to now flow into it.</source>
        <translation>La moyenne pondérée des valeurs : les traits des tokens que regarde « %1 » se déversent maintenant en lui.</translation>
    </message>
    <message>
        <source>The weighted average of the values: what the tokens '%1' attends to pass on flows into it (the twelve first entries are listed).</source>
        <translation>La moyenne pondérée des valeurs : ce que transmettent les tokens que regarde « %1 » se déverse en lui (les douze premières entrées sont listées).</translation>
    </message>
    <message>
        <source>The whole matrices</source>
        <translation>Les matrices entières</translation>
    </message>
    <message>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + masque)</translation>
    </message>
    <message>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of '%1' are outlined.</source>
        <translation>Chaque token fait les étapes 2 à 8 en même temps : une ligne par token. La ligne et la colonne de « %1 » sont encadrées.</translation>
    </message>
    <message>
        <source>Q — queries</source>
        <translation>Q — requêtes</translation>
    </message>
    <message>
        <source>V — values</source>
        <translation>V — valeurs</translation>
    </message>
    <message>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation>S = Q·Kᵀ — scores (lignes : de, colonnes : vers)</translation>
    </message>
    <message>
        <source>A — attention weights (each row sums to 1)</source>
        <translation>A — poids d’attention (chaque ligne fait 1)</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>“%1”: the designed %2 head links it to “%3”; Tiny BERT's closest head (layer %4, head %5) to “%6”.</source>
        <extracomment>%1 a word; %2 a designed head's name; %3 the word it links to; %4, %5 layer and head numbers; %6 a word</extracomment>
        <translation>« %1 » : la tête conçue %2 le relie à « %3 » ; la tête la plus proche de Tiny BERT (couche %4, tête %5), à « %6 ».</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Model: designed heads ▾</source>
        <extracomment>the button that chooses the model; %1 its name</extracomment>
        <translation>Modèle : têtes conçues ▾</translation>
    </message>
    <message>
        <source>Model: Tiny BERT (trained here) ▾</source>
        <translation>Modèle : Tiny BERT (entraîné ici) ▾</translation>
    </message>
    <message>
        <source>Model: %1 ▾</source>
        <translation>Modèle : %1 ▾</translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation>Choisir le modèle</translation>
    </message>
    <message>
        <source>Designed heads (built in)</source>
        <translation>Têtes conçues (intégrées)</translation>
    </message>
    <message>
        <source>Tiny BERT (trained here)</source>
        <translation>Tiny BERT (entraîné ici)</translation>
    </message>
    <message>
        <source>Open model folder…</source>
        <translation>Ouvrir un dossier de modèle…</translation>
    </message>
    <message>
        <source>Curated sentences (built in)</source>
        <translation>Phrases choisies (intégrées)</translation>
    </message>
    <message>
        <source>Open sentence pack…</source>
        <extracomment>%1 is the title of the sentence pack in use</extracomment>
        <translation>Ouvrir un paquet de phrases…</translation>
    </message>
    <message>
        <source>Open sentence pack… (now: %1)</source>
        <translation>Ouvrir un paquet de phrases… (actuel : %1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>À propos de Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Open a model folder (config.json, model.safetensors, tokenizer files)</source>
        <translation>Ouvrir un dossier de modèle (config.json, model.safetensors, fichiers du tokenizer)</translation>
    </message>
    <message>
        <source>Open a sentence pack (see docs/sentence-packs.md)</source>
        <translation>Ouvrir un paquet de phrases (voir docs/sentence-packs.md)</translation>
    </message>
    <message>
        <source>Sentence packs (*.json)</source>
        <translation>Paquets de phrases (*.json)</translation>
    </message>
    <message>
        <source>This cannot be opened</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>%1

What you had stays open.</source>
        <translation>%1

Ce que vous aviez reste ouvert.</translation>
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
        <translation>Ce modèle n’a pas de tête de mot masqué : ouvrez Tiny BERT ou un autre modèle BERT de langage masqué.</translation>
    </message>
    <message>
        <source>Put [MASK] where the model should guess a word.</source>
        <translation>Mettez [MASK] là où le modèle doit deviner un mot.</translation>
    </message>
</context>
<context>
    <name>PatternActivity</name>
    <message>
        <source>Activity 2 · Linguistic analysis</source>
        <translation>Activité 2 · Analyse linguistique</translation>
    </message>
    <message>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.</source>
        <translation>Pour chaque motif, ouvrez la phrase et touchez le token qui, selon vous, reçoit le plus d’attention. Vos réponses sont notées ci-dessous avec celles du modèle.</translation>
    </message>
    <message>
        <source>%1: which token does "%2" attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation>%1 : quel token « %2 » regarde-t-il le plus ?</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's answer, %3 its weight in %</extracomment>
        <translation>Exact : le lien le plus fort du modèle depuis « %1 » va à « %2 » (%3 %).</translation>
    </message>
    <message>
        <source>You chose "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %), marked ✓.</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %</extracomment>
        <translation>Vous avez choisi « %1 » (%2 %) ; le lien le plus fort du modèle depuis « %3 » va à « %4 » (%5 %), marqué ✓.</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Your sentence</source>
        <translation>Votre phrase</translation>
    </message>
    <message>
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence's note is about, %2 the head on screen</extracomment>
        <translation>Cette note porte sur la tête %1 ; vous regardez %2.</translation>
    </message>
    <message>
        <source>the average of all heads</source>
        <translation>la moyenne de toutes les têtes</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 a head's name</extracomment>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>A trained model: its heads were learned from text, so none of them is guaranteed to follow a grammatical relation. Look through the layers and heads for one that links a pronoun to a noun, or each word to the one before it.</source>
        <translation>Un modèle entraîné : ses têtes ont été apprises à partir de textes, aucune ne suit donc à coup sûr une relation grammaticale. Cherchez parmi les couches et les têtes celle qui relie un pronom à un nom, ou chaque mot au précédent.</translation>
    </message>
    <message>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation>Les mots tirent leurs traits du lexique intégré : les têtes peuvent donc mal lire une phrase inhabituelle. Essayez la tête de coréférence sur un pronom, ou la tête sujet–verbe sur un verbe.</translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head's name, %2 what it looks for</extracomment>
        <translation>Tête %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is "All heads (average)", %2 what the average is</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>PredictActivity</name>
    <message>
        <source>Activity 1 · Pattern discovery</source>
        <translation>Activité 1 · Découvrir des motifs</translation>
    </message>
    <message>
        <source>Open "%1" in the %2 head.</source>
        <translation>Ouvrez « %1 » dans la tête %2.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <source>Select "%1" — here or on the Explore page.</source>
        <translation>Sélectionnez « %1 » — ici ou sur la page Explorer.</translation>
    </message>
    <message>
        <source>Predict: which token will "%1" attend to most? Tap your prediction.</source>
        <translation>Prédisez : quel token « %1 » regardera-t-il le plus ? Touchez votre prédiction.</translation>
    </message>
    <message>
        <source>4. Reveal what the model computes</source>
        <translation>4. Révéler ce que calcule le modèle</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's token, %3 its weight in %</extracomment>
        <translation>Exact : le lien le plus fort du modèle depuis « %1 » va à « %2 » (%3 %).</translation>
    </message>
    <message>
        <source>You predicted "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %).</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's token, %5 its weight in %</extracomment>
        <translation>Vous avez prédit « %1 » (%2 %) ; le lien le plus fort du modèle depuis « %3 » va à « %4 » (%5 %).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>See the arcs in Explore</source>
        <translation>Voir les arcs dans Explorer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Open quiz pack…</source>
        <translation>Ouvrir un paquet de quiz…</translation>
    </message>
    <message>
        <source>Open a quiz pack (see docs/quiz-packs.md)</source>
        <translation>Ouvrir un paquet de quiz (voir docs/quiz-packs.md)</translation>
    </message>
    <message>
        <source>Quiz packs (*.json)</source>
        <translation>Paquets de quiz (*.json)</translation>
    </message>
    <message>
        <source>The quiz pack could not be used; the quiz stays as it was: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation>Le paquet de quiz n’a pas pu être utilisé ; le quiz reste tel quel : %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation>Question %1 sur %2 · score %3 · record %4</translation>
    </message>
    <message>
        <source>right answer: </source>
        <extracomment>read out before a quiz option once answered: the right answer, or the learner's wrong choice</extracomment>
        <translation>bonne réponse : </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>votre réponse, fausse : </translation>
    </message>
    <message>
        <source>Show the sentence</source>
        <translation>Afficher la phrase</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Not quite — the answer is marked ✓.</source>
        <translation>Pas tout à fait — la réponse est marquée ✓.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation>Vous avez obtenu %1 sur %2. Meilleur score : %3.</translation>
    </message>
    <message>
        <source>Review the ones you missed:</source>
        <translation>Revoyez celles que vous avez manquées :</translation>
    </message>
    <message>
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation>• %1
   Réponse : %2. %3</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Effacer la progression</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>No token selected.</source>
        <translation>Aucun token choisi.</translation>
    </message>
    <message>
        <source>'%1' (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. 'cat' (41 %)</extracomment>
        <translation>« %1 » (%2 %)</translation>
    </message>
    <message>
        <source>'%1' attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like 'cat' (41 %), 'mat' (20 %)</extracomment>
        <translation>« %1 » regarde surtout %2.</translation>
    </message>
</context>
<context>
    <name>SentenceMenu</name>
    <message>
        <source>Choose a sentence</source>
        <translation>Choisir une phrase</translation>
    </message>
    <message>
        <source>Your sentences</source>
        <translation>Vos phrases</translation>
    </message>
    <message>
        <source>Your own sentence…</source>
        <translation>Votre propre phrase…</translation>
    </message>
    <message>
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation>Tapez une phrase en anglais, p. ex. The dog chased the ball because it was bored</translation>
    </message>
    <message>
        <source>Your own sentence</source>
        <translation>Votre propre phrase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>This text cannot be shown: %1.</source>
        <translation>Ce texte ne peut pas être affiché : %1.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>Jusqu’à %1 caractères et %2 tokens. Les mots sont cherchés dans un lexique anglais intégré ; les mots inconnus sont devinés d’après leur terminaison.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens; the model's own tokenizer splits words into sub-words it knows.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>Jusqu’à %1 caractères et %2 tokens ; le tokenizer du modèle découpe les mots en sous-mots qu’il connaît.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>T %1 · causal</source>
        <extracomment>a button that shows the softmax settings: T and the mask ("T 1.00", "T 0.50 · causal")</extracomment>
        <translation>T %1 · causal</translation>
    </message>
    <message>
        <source>T %1</source>
        <translation>T %1</translation>
    </message>
    <message>
        <source>Softmax settings</source>
        <translation>Réglages de la softmax</translation>
    </message>
    <message>
        <source>Computing every layer of the model for this text…</source>
        <translation>Calcul de toutes les couches du modèle pour ce texte…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The example sentences stay in English: the model's word list is English.</source>
        <translation>Les phrases d’exemple restent en anglais : la liste de mots du modèle est anglaise.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Couleurs de la carte de chaleur</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis (for colour-blind readers)</source>
        <translation>Cividis (pour les daltoniens)</translation>
    </message>
    <message>
        <source>Greyscale (for printing)</source>
        <translation>Niveaux de gris (pour imprimer)</translation>
    </message>
    <message>
        <source>Scale from 0 to 100 %</source>
        <translation>Échelle de 0 à 100 %</translation>
    </message>
    <message>
        <source>Scale to each row's largest weight</source>
        <translation>Échelle jusqu’au plus grand poids de chaque ligne</translation>
    </message>
    <message>
        <source>From 0 to 100 %, rows can be compared; scaled to each row, the pattern of a long sentence shows where every weight is small.</source>
        <translation>De 0 à 100 %, les lignes se comparent ; mise à l’échelle par ligne, le motif d’une longue phrase apparaît même quand tous les poids sont petits.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change it from anywhere, Ctrl 0 sets it back to 100 %.</source>
        <translation>Ctrl + et Ctrl − la changent partout, Ctrl 0 la remet à 100 %.</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>For a projector: text at least 140 %, arcs twice as thick, and the softmax controls and notes a class does not need hidden.</source>
        <translation>Pour un projecteur : texte à 140 % au moins, arcs deux fois plus épais, et les réglages de softmax et notes dont une classe n’a pas besoin masqués.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>Arcs appear at once, without growing.</source>
        <translation>Les arcs apparaissent d’un coup, sans grandir.</translation>
    </message>
    <message>
        <source>Restore the default settings</source>
        <translation>Rétablir les réglages par défaut</translation>
    </message>
    <message>
        <source>Answers and quiz progress are kept</source>
        <translation>Les réponses et la progression du quiz sont conservées</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings file could not be read, so new settings were started; the old file was kept as %1.</source>
        <translation>Votre fichier de réglages n’a pas pu être lu : de nouveaux réglages ont été créés ; l’ancien fichier est conservé sous %1.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read or moved aside, so nothing is saved until the app closes.</source>
        <translation>Votre fichier de réglages %1 n’a pu être ni lu ni mis de côté : rien n’est enregistré avant la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Your settings file %1 cannot be read, so nothing is saved until the app closes.</source>
        <translation>Votre fichier de réglages %1 ne peut pas être lu : rien n’est enregistré avant la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.</source>
        <translation>La progression ne peut pas être enregistrée : %1 n’est pas accessible en écriture. Réponses et choix durent jusqu’à la fermeture de l’application.</translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Softmax temperature</source>
        <translation>Température de la softmax</translation>
    </message>
    <message>
        <source>Left sharpens the attention, right flattens it</source>
        <translation>À gauche l’attention se resserre, à droite elle s’aplatit</translation>
    </message>
    <message>
        <source>Softmax temperature: left sharpens the attention, right flattens it</source>
        <translation>Température de la softmax : à gauche l’attention se resserre, à droite elle s’aplatit</translation>
    </message>
    <message>
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Decoder: causal mask</source>
        <translation>Décodeur : masque causal</translation>
    </message>
    <message>
        <source>Encoder: no mask</source>
        <translation>Encodeur : pas de masque</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>Masque causal</translation>
    </message>
    <message>
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Décodeur : chaque token ne voit que lui-même et les tokens précédents</translation>
    </message>
    <message>
        <source>Encoder: every token sees every token</source>
        <translation>Encodeur : chaque token voit tous les tokens</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Temperature 1, no mask</source>
        <translation>Température 1, pas de masque</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
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
        <translation>Activité 3 · L’expérience de la température</translation>
    </message>
    <message>
        <source>With "%1" selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does "%1" focus on a single token?</source>
        <translation>Avec « %1 » choisi dans la tête %2, déplacez le curseur de température (dans Explorer ou Dans le calcul) de 0,1 à 10 et observez les arcs et l’entropie. À quelle température « %1 » se concentre-t-il sur un seul token ?</translation>
    </message>
    <message>
        <source>Open the sentence with "%1" selected</source>
        <translation>Ouvrir la phrase avec « %1 » choisi</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Right.</source>
        <extracomment>%1 the token, %2 its row's entropy at the first temperature %3, %4 at the last temperature %5, in bits</extracomment>
        <translation>Exact.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Pas tout à fait.</translation>
    </message>
    <message>
        <source>The entropy of "%1"'s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation>L’entropie de la ligne de « %1 » vaut %2 bits à T = %3 et %4 bits à T = %5 : diviser les scores par un petit T étire leurs écarts, et la softmax met presque tout sur le premier token.</translation>
    </message>
</context>
<context>
    <name>TokenChoice</name>
    <message>
        <source>right answer: </source>
        <translation>bonne réponse : </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>votre réponse, fausse : </translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>%1, selected</source>
        <translation>%1, choisi</translation>
    </message>
    <message>
        <source>%1, receives under 1 %</source>
        <translation>%1, reçoit moins de 1 %</translation>
    </message>
    <message>
        <source>%1, receives %2 %</source>
        <translation>%1, reçoit %2 %</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens de la phrase</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, choisi</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens de la phrase</translation>
    </message>
    <message>
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Choisissez un token — touchez-le, cliquez ou allez-y avec Tab puis Entrée — pour voir ce qu’il regarde.</translation>
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
        <translation>−∞ masqué</translation>
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
        <translation>%1 : impossible d’écrire (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a token of the sentence, %1 the word</extracomment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (token %2)</translation>
    </message>
    <message>
        <source>Which token does %1 attend to most?</source>
        <translation>Quel token %1 regarde-t-il le plus ?</translation>
    </message>
    <message>
        <source>%1, with %2 of its attention.</source>
        <extracomment>%1 the token, %2 its weight in percent</extracomment>
        <translation>%1, avec %2 de son attention.</translation>
    </message>
    <message>
        <source>Add up the weights in the row of %1. What do you get, and why?</source>
        <translation>Additionnez les poids de la ligne de %1. Qu’obtenez-vous, et pourquoi ?</translation>
    </message>
    <message>
        <source>%1: softmax turns each row of scores into shares of the token's attention, and shares add up to 100 %.</source>
        <translation>%1 : la softmax transforme chaque ligne de scores en parts de l’attention du token, et les parts font 100 % au total.</translation>
    </message>
    <message>
        <source>Which token receives the most attention in total (the column with the largest sum)?</source>
        <translation>Quel token reçoit le plus d’attention au total (la colonne à la plus grande somme) ?</translation>
    </message>
    <message>
        <source>%1: its column adds up to %2 of the %3 rows' attention.</source>
        <extracomment>%1 the token, %2 the column's sum, %3 the number of rows</extracomment>
        <translation>%1 : sa colonne fait %2 de l’attention des %3 lignes.</translation>
    </message>
    <message>
        <source>Why is every cell above the diagonal empty?</source>
        <translation>Pourquoi toutes les cases au-dessus de la diagonale sont-elles vides ?</translation>
    </message>
    <message>
        <source>The causal mask: a token may attend only to itself and the tokens before it, as when a model writes text one word at a time.</source>
        <translation>Le masque causal : un token ne peut regarder que lui-même et les tokens qui le précèdent, comme quand un modèle écrit un texte mot après mot.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Darker cells: more attention.</source>
        <translation>Lignes : le token qui regarde (de). Colonnes : le token regardé (vers). Cases plus sombres : plus d’attention.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Numbers: weight in percent; each row adds up to 100.</source>
        <translation>Lignes : le token qui regarde (de). Colonnes : le token regardé (vers). Nombres : poids en pourcentage ; chaque ligne fait 100.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Each row's weights add up to 100 %.</source>
        <translation>Lignes : le token qui regarde (de). Colonnes : le token regardé (vers). Les poids de chaque ligne font 100 %.</translation>
    </message>
    <message>
        <source>Model: %1 · Head: %2</source>
        <extracomment>%1 model, %2 head</extracomment>
        <translation>Modèle : %1 · Tête : %2</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Fiche d’exercices : auto-attention</translation>
    </message>
    <message>
        <source>Name: ______________________________    Date: ______________</source>
        <translation>Nom : ______________________________    Date : ______________</translation>
    </message>
    <message>
        <source>The sentence</source>
        <translation>La phrase</translation>
    </message>
    <message>
        <source>Tokens: </source>
        <extracomment>the sentence's tokens, numbered</extracomment>
        <translation>Tokens : </translation>
    </message>
    <message>
        <source>The heatmap shows how much each token (row) attends to every token (column).</source>
        <translation>La carte de chaleur montre combien chaque token (ligne) regarde chaque token (colonne).</translation>
    </message>
    <message>
        <source>Shade each row: which tokens do you expect this token to attend to? Darkest where you expect the most. Then compare with the app or the answer key.</source>
        <translation>Coloriez chaque ligne : quels tokens ce token va-t-il regarder selon vous ? Le plus foncé là où vous attendez le plus. Comparez ensuite avec l’application ou le corrigé.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Every number is computed by Self-Attention Explorer: A = softmax(Q·Kᵀ/√d_k). Attention weights show where a head looks, not why a model decides what it does.</source>
        <translation>Chaque nombre est calculé par Self-Attention Explorer : A = softmax(Q·Kᵀ/√d_k). Les poids d’attention montrent où regarde une tête, pas pourquoi un modèle décide ce qu’il décide.</translation>
    </message>
    <message>
        <source>%1: the sentence has no tokens</source>
        <translation>%1 : la phrase ne contient aucun token</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation>Self-Attention Explorer : voyez comment fonctionne l’auto-attention des transformers, calculée pour de vrai.</translation>
    </message>
    <message>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation>Calculer l’attention pour INPUT.json (Q/K/V ou X et poids) et écrire chaque résultat intermédiaire.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation>Écrire le résultat dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation>Lister les phrases choisies : id, motif, texte.</translation>
    </message>
    <message>
        <source>Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the window).</source>
        <translation>Utiliser le paquet de phrases FILE au lieu du paquet intégré (avec --list-sentences, --export ou la fenêtre).</translation>
    </message>
    <message>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation>Afficher les tokens et la matrice d’attention de la phrase ID.</translation>
    </message>
    <message>
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation>Avec --export ou --screenshot : analyser ce texte au lieu d’une phrase choisie.</translation>
    </message>
    <message>
        <source>One head by name (a checkpoint's by number, from 1), or "all" (the designed heads' average; every head of a checkpoint).</source>
        <translation>Une tête par son nom (celle d’un checkpoint par son numéro, à partir de 1) ou "all" (la moyenne des têtes conçues ; chaque tête d’un checkpoint).</translation>
    </message>
    <message>
        <source>The model: "designed" (the built-in designed heads, the default) or a HuggingFace model folder (config.json, model.safetensors, tokenizer files) of a BERT or GPT-2 checkpoint.</source>
        <translation>Le modèle : "designed" (les têtes conçues intégrées, par défaut) ou un dossier de modèle HuggingFace (config.json, model.safetensors, fichiers du tokenizer) d’un checkpoint BERT ou GPT-2.</translation>
    </message>
    <message>
        <source>With --model DIR: the layer, from 1, or "all".</source>
        <translation>Avec --model DIR : la couche, à partir de 1, ou "all".</translation>
    </message>
    <message>
        <source>With --model trained (or a BERT folder with its masked-word head): print the five most likely tokens for the [MASK] in TEXT, with their probabilities.</source>
        <translation>Avec --model trained (ou un dossier BERT avec sa tête de mot masqué) : afficher les cinq tokens les plus probables pour le [MASK] de TEXT, avec leurs probabilités.</translation>
    </message>
    <message>
        <source>Measure what each head of --model attends to over the curated sentences (or --pack): where each row's strongest link goes, and how often it links the same words as each designed head. A Markdown table, or JSON with --format json.</source>
        <translation>Mesurer ce que regarde chaque tête de --model sur les phrases choisies (ou --pack) : où va le lien le plus fort de chaque ligne, et combien de fois elle relie les mêmes mots que chaque tête conçue. Un tableau Markdown, ou du JSON avec --format json.</translation>
    </message>
    <message>
        <source>With --export: csv or json; with --head-statistics: markdown or json.</source>
        <translation>Avec --export : csv ou json ; avec --head-statistics : markdown ou json.</translation>
    </message>
    <message>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation>Dessiner la fenêtre hors écran dans OUT.png et quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Taille de la fenêtre pour --screenshot, p. ex. 390x844.</translation>
    </message>
    <message>
        <source>Open with the curated sentence ID.</source>
        <translation>Ouvrir avec la phrase choisie ID.</translation>
    </message>
    <message>
        <source>Open with token N (from 0) selected.</source>
        <translation>Ouvrir avec le token N (à partir de 0) choisi.</translation>
    </message>
    <message>
        <source>light, dark or contrast (high contrast), for this window only (default: the theme chosen last).</source>
        <translation>light, dark ou contrast (contraste élevé), pour cette fenêtre seulement (par défaut : le dernier thème choisi).</translation>
    </message>
    <message>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation>Ouvrir sur une page : explore, math, heads ou learn.</translation>
    </message>
    <message>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation>Température de la softmax T de 0.1 (nette) à 10 (plate).</translation>
    </message>
    <message>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation>causal (un décodeur : pas de regard en avant) ou none (un encodeur).</translation>
    </message>
    <message>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation>Utiliser le paquet de quiz FILE sur la page Apprendre (voir docs/quiz-packs.md).</translation>
    </message>
    <message>
        <source>Write a printable worksheet (PDF, -o FILE.pdf) for sentence ID, or for --text: the sentence and its tokens, a grid to shade, questions answered from the computed matrix.</source>
        <translation>Écrire une fiche imprimable (PDF, -o FILE.pdf) pour la phrase ID, ou pour --text : la phrase et ses tokens, une grille à colorier, des questions dont les réponses viennent de la matrice calculée.</translation>
    </message>
    <message>
        <source>Write the teacher's handout as a PDF (-o FILE.pdf): a 45-minute lesson plan, how to read the matrix, and the table of attention patterns of the curated sentences (or --pack).</source>
        <translation>Écrire le document de l’enseignant en PDF (-o FILE.pdf) : un plan de cours de 45 minutes, la lecture de la matrice et le tableau des motifs d’attention des phrases choisies (ou --pack).</translation>
    </message>
    <message>
        <source>With a worksheet: add the answer key page.</source>
        <translation>Avec une fiche : ajouter la page de corrigé.</translation>
    </message>
    <message>
        <source>With a worksheet: show the heatmap on the front page instead of an empty grid.</source>
        <translation>Avec une fiche : montrer la carte de chaleur au recto au lieu d’une grille vide.</translation>
    </message>
    <message>
        <source>With a worksheet: A4 or Letter (default: the one your region uses).</source>
        <translation>Avec une fiche : A4 ou Letter (par défaut : celui de votre région).</translation>
    </message>
    <message>
        <source>all heads (average)</source>
        <translation>toutes les têtes (moyenne)</translation>
    </message>
    <message>
        <source>Language of the window: en, de, es or fr (default: the one chosen in the settings, else the system's).</source>
        <translation>Langue de la fenêtre : en, de, es ou fr (par défaut : celle choisie dans les réglages, sinon celle du système).</translation>
    </message>
</context>
</TS>
