<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>Acerca de Self-Attention Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;b&gt;Versión %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every number is computed: A = softmax(Q·Kᵀ/√d_k), then A·V. The default model's heads are &lt;i&gt;designed&lt;/i&gt; from grammar features (coreference, subject–verb, modifier, previous token, question) — not trained on text. Tiny BERT is a small model this project trained on public-domain text, to compare with. A BERT or GPT-2 folder you open is used as it is; the app never downloads anything.</source>
        <translation>Cada número se calcula: A = softmax(Q·Kᵀ/√d_k) y después A·V. Las cabezas del modelo por defecto están &lt;i&gt;diseñadas&lt;/i&gt; a partir de rasgos gramaticales (correferencia, sujeto–verbo, modificador, token anterior, pregunta), no entrenadas con texto. Tiny BERT es un modelo pequeño que este proyecto entrenó con textos de dominio público, para comparar. Una carpeta de BERT o GPT-2 que abras se usa tal cual; la aplicación nunca descarga nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The app: GNU GPL 3.0 or later. Qt: LGPL 3.0. The word list: Princeton WordNet 3.0 licence. First names: Moby Word II (public domain; PDDL 1.0 / CC0 1.0). Tiny BERT's training text: Moby-Dick and the US State of the Union addresses (public domain). Colour maps: viridis and cividis (CC0).</source>
        <translation>&lt;b&gt;Licencias.&lt;/b&gt; La aplicación: GNU GPL 3.0 o posterior. Qt: LGPL 3.0. La lista de palabras: licencia de Princeton WordNet 3.0. Nombres propios: Moby Word II (dominio público; PDDL 1.0 / CC0 1.0). Texto de entrenamiento de Tiny BERT: Moby-Dick y los discursos del Estado de la Unión de EE. UU. (dominio público). Mapas de color: viridis y cividis (CC0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;References&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referencias&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AttendsToChart</name>
    <message>
        <source>What '%1' attends to</source>
        <translation>A qué atiende «%1»</translation>
    </message>
    <message>
        <source>What the selected token attends to</source>
        <translation>A qué atiende el token seleccionado</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Select a token to chart what it attends to, strongest first.</source>
        <translation>Selecciona un token para ver a qué atiende, de más a menos.</translation>
    </message>
</context>
<context>
    <name>AttentionMatrixModel</name>
    <message>
        <source>%1 attends to %2: %3 %</source>
        <translation>%1 atiende a %2: %3 %</translation>
    </message>
</context>
<context>
    <name>AttentionSession</name>
    <message>
        <source>The text has no tokens.</source>
        <translation>El texto no tiene tokens.</translation>
    </message>
    <message>
        <source>This model reads at most %1 tokens; the text has %2, so only the first %1 are shown.</source>
        <translation>Este modelo lee como máximo %1 tokens; el texto tiene %2, así que solo se muestran los primeros %1.</translation>
    </message>
</context>
<context>
    <name>CompareActivity</name>
    <message>
        <source>Activity · Designed vs learned attention</source>
        <translation>Actividad · Atención diseñada frente a aprendida</translation>
    </message>
    <message>
        <source>The same sentence in both models: “%1”. Below, the designed %2 head, then the %3 × %4 heads of Tiny BERT, which learned its attention from text. 1. Which trained head looks most like the designed one? Tap it.</source>
        <extracomment>%1 the sentence, %2 a designed head's name, %3 layers, %4 heads</extracomment>
        <translation>La misma frase en los dos modelos: «%1». Abajo, la cabeza diseñada %2 y después las %3 × %4 cabezas de Tiny BERT, que aprendió su atención de textos. 1. ¿Qué cabeza entrenada se parece más a la diseñada? Tócala.</translation>
    </message>
    <message>
        <source>In each square, rows are the words attending (from) and columns the words attended to, in the sentence's order; Tiny BERT's squares also have [CLS] first, [SEP] last and a row for each piece of a split word.</source>
        <translation>En cada cuadrado, las filas son las palabras que atienden (desde) y las columnas las palabras atendidas, en el orden de la frase; los cuadrados de Tiny BERT tienen además [CLS] al principio, [SEP] al final y una fila por cada trozo de una palabra dividida.</translation>
    </message>
    <message>
        <source>Use the sentence from Explore instead</source>
        <translation>Usar en su lugar la frase de Explorar</translation>
    </message>
    <message>
        <source>Designed: %1</source>
        <translation>Diseñada: %1</translation>
    </message>
    <message>
        <source>The designed %1 head's attention</source>
        <translation>Atención de la cabeza diseñada %1</translation>
    </message>
    <message>
        <source>Tiny BERT: rows are layers, columns heads</source>
        <extracomment>rows are layers, columns heads</extracomment>
        <translation>Tiny BERT: las filas son capas y las columnas cabezas</translation>
    </message>
    <message>
        <source>Layer %1, head %2</source>
        <translation>Capa %1, cabeza %2</translation>
    </message>
    <message>
        <source>Yes. </source>
        <extracomment>%1, %2 layer and head; %3 a share; %4 a designed head; %5, %6 layer and head; %7 a share</extracomment>
        <translation>Sí. </translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation>No del todo. </translation>
    </message>
    <message>
        <source>Layer %1, head %2 makes %3 of the designed %4 head's links, measured on the built-in sentences. The closest is layer %5, head %6 (%7): it has learned the same pattern without being told.</source>
        <translation>La capa %1, cabeza %2 hace %3 de los enlaces de la cabeza diseñada %4, medido en las frases incluidas. La más cercana es la capa %5, cabeza %6 (%7): ha aprendido el mismo patrón sin que se lo digan.</translation>
    </message>
    <message>
        <source>2. Where they differ</source>
        <translation>2. Dónde difieren</translation>
    </message>
    <message>
        <source>No trained head resembles the designed %1 head: the closest makes only %2 of its links. A model learns what helps it guess hidden words, not the relations a linguist would name.</source>
        <extracomment>%1 a designed head, %2 a share</extracomment>
        <translation>Ninguna cabeza entrenada se parece a la cabeza diseñada %1: la más cercana solo hace %2 de sus enlaces. Un modelo aprende lo que le ayuda a adivinar palabras ocultas, no las relaciones que nombraría un lingüista.</translation>
    </message>
    <message>
        <source>On this sentence, the closest trained heads link every word as the designed heads do.</source>
        <translation>En esta frase, las cabezas entrenadas más cercanas enlazan cada palabra igual que las diseñadas.</translation>
    </message>
    <message>
        <source>3. Raw attention or rollout?</source>
        <translation>3. ¿Atención directa o rollout?</translation>
    </message>
    <message>
        <source>The designed Coreference head links “%1” to “%2”. </source>
        <extracomment>%1 a word, %2 the word the designed head links it to</extracomment>
        <translation>La cabeza diseñada de correferencia enlaza «%1» con «%2». </translation>
    </message>
    <message>
        <source>In Tiny BERT's last layer, raw attention from “%1” (averaged over the heads) is strongest to “%2” (%3); the rollout to the last layer (Abnar &amp; Zuidema 2020), which follows attention through every layer, is strongest to “%4” (%5), itself left out. The two can disagree: which one says what the model used?</source>
        <extracomment>%1 a word; %2, %3 a word and its weight; %4, %5 a word and its weight</extracomment>
        <translation>En la última capa de Tiny BERT, la atención directa desde «%1» (promediada sobre las cabezas) es máxima hacia «%2» (%3); el rollout hasta la última capa (Abnar &amp; Zuidema 2020), que sigue la atención a través de todas las capas, es máximo hacia «%4» (%5), sin contar la propia palabra. Pueden no coincidir: ¿cuál dice lo que el modelo usó?</translation>
    </message>
    <message>
        <source>4. Discuss: is attention an explanation?</source>
        <translation>4. Debate: ¿la atención es una explicación?</translation>
    </message>
    <message>
        <source>Jain &amp; Wallace (2019, “Attention is not Explanation”) found that attention weights often disagree with other measures of which words matter, and that very different weights can give the same prediction. Wiegreffe &amp; Pinter (2019, “Attention is not not Explanation”) answered that this depends on what counts as an explanation, and that attention is not arbitrary either. If a Tiny BERT head attends to the previous word, does that tell you why it guessed “whale” for “The cat sat on the [MASK]”? What would you need to know besides the weights?</source>
        <translation>Jain &amp; Wallace (2019, «Attention is not Explanation») encontraron que los pesos de atención a menudo no coinciden con otras medidas de qué palabras importan, y que pesos muy distintos pueden dar la misma predicción. Wiegreffe &amp; Pinter (2019, «Attention is not not Explanation») respondieron que eso depende de qué se considere una explicación, y que la atención tampoco es arbitraria. Si una cabeza de Tiny BERT atiende a la palabra anterior, ¿te dice eso por qué adivinó «whale» en «The cat sat on the [MASK]»? ¿Qué más necesitarías saber además de los pesos?</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Designed heads</source>
        <translation>Cabezas diseñadas</translation>
    </message>
    <message>
        <source>Coreference</source>
        <translation>Correferencia</translation>
    </message>
    <message>
        <source>A pronoun looks back for a noun phrase that agrees with it in person, number, humanness and gender; a reflexive (himself) takes the subject of its own clause, an object pronoun (them) never does; among the rest it prefers a subject, then the nearest.</source>
        <translation>Un pronombre busca hacia atrás un sintagma nominal que concuerde con él en persona, número, humanidad y género; un reflexivo (himself) toma el sujeto de su propia oración, un pronombre de objeto (them) nunca; entre el resto prefiere un sujeto y luego el más cercano.</translation>
    </message>
    <message>
        <source>Subject–verb</source>
        <translation>Sujeto–verbo</translation>
    </message>
    <message>
        <source>A verb looks for the subject of its own clause, skipping the subjects of clauses nested inside.</source>
        <translation>Un verbo busca el sujeto de su propia oración y se salta los sujetos de las oraciones anidadas.</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificador</translation>
    </message>
    <message>
        <source>A modifier looks for the word it modifies: a determiner, adjective or noun modifier the noun of its own noun phrase; a predicative adjective ("was calm") the subject; an adverb the adjective or adverb right after it, or else the verb.</source>
        <translation>Un modificador busca la palabra que modifica: un determinante, adjetivo o modificador nominal, el sustantivo de su propio sintagma; un adjetivo predicativo («was calm»), el sujeto; un adverbio, el adjetivo o adverbio que lo sigue, o si no el verbo.</translation>
    </message>
    <message>
        <source>Previous token</source>
        <translation>Token anterior</translation>
    </message>
    <message>
        <source>Every token looks at the token just before it, using only the position encoding.</source>
        <translation>Cada token mira al token justo anterior, usando solo la codificación de posición.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The question mark looks back for what makes its sentence a question: the wh-word that opens it, or else the auxiliary before the subject (Is the museum open?, …, aren't you?); the wh-word looks for its question mark. Only inside one sentence.</source>
        <translation>El signo de interrogación busca hacia atrás lo que hace de su frase una pregunta: la palabra interrogativa que la abre, o si no el auxiliar antes del sujeto (Is the museum open?, …, aren't you?); la palabra interrogativa busca su signo de interrogación. Solo dentro de una frase.</translation>
    </message>
    <message>
        <source>Curated English sentences</source>
        <translation>Frases inglesas seleccionadas</translation>
    </message>
    <message>
        <source>Who was tired?</source>
        <translation>¿Quién estaba cansado?</translation>
    </message>
    <message>
        <source>Select "it" in the Coreference head. Both "cat" and "mat" are singular and not human, so both agree with "it"; "cat" wins because it is the subject of the sentence (without the head's preference for subjects, the nearer "mat" would win). The model does not know that mats cannot be tired: it follows grammar, not meaning.</source>
        <translation>Selecciona «it» en la cabeza de correferencia. «cat» y «mat» son singulares y no humanos, así que ambos concuerdan con «it»; gana «cat» porque es el sujeto de la frase (sin la preferencia de la cabeza por los sujetos, ganaría «mat», más cercano). El modelo no sabe que una alfombra no puede estar cansada: sigue la gramática, no el significado.</translation>
    </message>
    <message>
        <source>The animal and the street</source>
        <translation>El animal y la calle</translation>
    </message>
    <message>
        <source>"it" could be the animal or the street. The Coreference head links it to "animal", the subject, the reading every English speaker picks. Swap "tired" for "wide" and a person would change their mind; this head would not.</source>
        <translation>«it» podría ser el animal o la calle. La cabeza de correferencia lo enlaza con «animal», el sujeto, la lectura que elige cualquier hablante de inglés. Cambia «tired» por «wide» y una persona cambiaría de opinión; esta cabeza no.</translation>
    </message>
    <message>
        <source>The bored dog</source>
        <translation>El perro aburrido</translation>
    </message>
    <message>
        <source>"it" agrees with both "dog" and "ball" (singular, not human). The head prefers the subject, "dog"; among equals it would take the nearest, "ball".</source>
        <translation>«it» concuerda con «dog» y con «ball» (singulares, no humanos). La cabeza prefiere el sujeto, «dog»; entre iguales tomaría el más cercano, «ball».</translation>
    </message>
    <message>
        <source>He and her</source>
        <translation>Él y ella</translation>
    </message>
    <message>
        <source>Gender does the work here. In the second half, "he" can only be the man: it skips "She" and "her" and finds "him". The second "her" finds "She". Two clauses, two subjects: each "gave" finds its own.</source>
        <translation>Aquí decide el género. En la segunda mitad, «he» solo puede ser el hombre: se salta «She» y «her» y encuentra «him». El segundo «her» encuentra «She». Dos oraciones, dos sujetos: cada «gave» encuentra el suyo.</translation>
    </message>
    <message>
        <source>They were hungry</source>
        <translation>Tenían hambre</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree with it, although it is nearer. "children" agrees in number and is the subject too: two reasons point the same way.</source>
        <translation>«they» es plural, así que el singular «dog» no concuerda, aunque esté más cerca. «children» concuerda en número y además es el sujeto: dos razones apuntan en la misma dirección.</translation>
    </message>
    <message>
        <source>She and the ball</source>
        <translation>Ella y la pelota</translation>
    </message>
    <message>
        <source>"she" must be a female person. "ball" is the subject, which the head usually prefers, but it is not human, so "she" finds "girl".</source>
        <translation>«she» tiene que ser una persona femenina. «ball» es el sujeto, que la cabeza suele preferir, pero no es humano, así que «she» encuentra «girl».</translation>
    </message>
    <message>
        <source>Who passed?</source>
        <translation>¿Quién aprobó?</translation>
    </message>
    <message>
        <source>Select "passed" in the Subject–verb head. Its subject, "students", is four tokens back, across the clause "who studied hard". The head skips "who", the subject of the inner clause, because it looks for a subject in its own clause.</source>
        <translation>Selecciona «passed» en la cabeza sujeto–verbo. Su sujeto, «students», está cuatro tokens atrás, al otro lado de la oración «who studied hard». La cabeza se salta «who», el sujeto de la oración interior, porque busca un sujeto en su propia oración.</translation>
    </message>
    <message>
        <source>The keys to the cabinet</source>
        <translation>Las llaves del armario</translation>
    </message>
    <message>
        <source>"were" finds "keys", across the phrase "to the old cabinet" — the long-range link that simple language models get wrong. What decides is structure: the noun inside a prepositional phrase cannot be the subject, so the analyser marks "keys" as the subject and the head looks for its clause's subject. Number agrees too (plural "were", plural "keys"), but it is not needed: in the ungrammatical "The key to the old cabinets were …" the head still picks "key".</source>
        <translation>«were» encuentra «keys» al otro lado del sintagma «to the old cabinet»: el enlace a larga distancia en el que fallan los modelos de lenguaje sencillos. Lo que decide es la estructura: el sustantivo dentro de un sintagma preposicional no puede ser el sujeto, así que el analizador marca «keys» como sujeto y la cabeza busca el sujeto de su oración. El número también concuerda (plural «were», plural «keys»), pero no hace falta: en la frase agramatical «The key to the old cabinets were …» la cabeza sigue eligiendo «key».</translation>
    </message>
    <message>
        <source>The author of the books</source>
        <translation>El autor de los libros</translation>
    </message>
    <message>
        <source>"lives" finds its subject "author", not the nearer "books": "books" sits inside the phrase "of the famous books", and a noun in a prepositional phrase is not a subject. Number agrees as well (singular "lives", singular "author"), but structure decides.</source>
        <translation>«lives» encuentra su sujeto «author», no el más cercano «books»: «books» está dentro del sintagma «of the famous books», y un sustantivo en un sintagma preposicional no es sujeto. El número también concuerda (singular «lives», singular «author»), pero decide la estructura.</translation>
    </message>
    <message>
        <source>The dog that the boy saw</source>
        <translation>El perro que vio el niño</translation>
    </message>
    <message>
        <source>Two verbs, two subjects. "saw" belongs to the inner clause and finds "boy"; "was" belongs to the main clause and finds "dog", five tokens back.</source>
        <translation>Dos verbos, dos sujetos. «saw» pertenece a la oración interior y encuentra «boy»; «was» pertenece a la principal y encuentra «dog», cinco tokens atrás.</translation>
    </message>
    <message>
        <source>The quick brown fox</source>
        <translation>El rápido zorro marrón</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Select "quick" or "lazy" in the Modifier head. Each adjective finds the noun it describes: "quick" and "brown" find "fox", "lazy" finds "dog" — not "fox", which comes before it.</source>
        <translation>Selecciona «quick» o «lazy» en la cabeza de modificador. Cada adjetivo encuentra el sustantivo que describe: «quick» y «brown» encuentran «fox», «lazy» encuentra «dog», no «fox», que va antes.</translation>
    </message>
    <message>
        <source>A small red house</source>
        <translation>Una casa roja pequeña</translation>
    </message>
    <message>
        <source>Determiners and adjectives look for the noun of their own noun phrase: "A", "small" and "red" find "house"; "the" and "old" find "church".</source>
        <translation>Los determinantes y adjetivos buscan el sustantivo de su propio sintagma nominal: «A», «small» y «red» encuentran «house»; «the» y «old» encuentran «church».</translation>
    </message>
    <message>
        <source>What is the capital?</source>
        <translation>¿Cuál es la capital?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>In the Question head, "What" and "?" find each other: the question word and the mark that closes its sentence belong together, however far apart they are in that sentence.</source>
        <translation>En la cabeza de pregunta, «What» y «?» se encuentran: la palabra interrogativa y el signo que cierra su frase van juntos, por lejos que estén en ella.</translation>
    </message>
    <message>
        <source>Where did the children go?</source>
        <translation>¿Adónde fueron los niños?</translation>
    </message>
    <message>
        <source>"Where" opens the question and "?" closes it; the Question head links them across the whole sentence.</source>
        <translation>«Where» abre la pregunta y «?» la cierra; la cabeza de pregunta los enlaza a lo largo de toda la frase.</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Un paso atrás</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>The Previous token head uses no word features at all, only the position encoding: every token attends to the one just before it. Heads like this one help real models follow word order.</source>
        <translation>La cabeza de token anterior no usa ningún rasgo de las palabras, solo la codificación de posición: cada token atiende al que va justo antes. Cabezas como esta ayudan a los modelos reales a seguir el orden de las palabras.</translation>
    </message>
    <message>
        <source>Position in a long sentence</source>
        <translation>La posición en una frase larga</translation>
    </message>
    <message>
        <source>The Previous token head works the same at token 20 as at token 2: the sinusoidal position encoding lets q·k depend only on the distance between two tokens. The Coreference head links "his" to "man" across the whole sentence.</source>
        <translation>La cabeza de token anterior funciona igual en el token 20 que en el 2: la codificación de posición sinusoidal hace que q·k dependa solo de la distancia entre dos tokens. La cabeza de correferencia enlaza «his» con «man» a lo largo de toda la frase.</translation>
    </message>
    <message>
        <source>The trophy was too big</source>
        <translation>El trofeo era demasiado grande</translation>
    </message>
    <message>
        <source>Where designed heads fail</source>
        <translation>Donde fallan las cabezas diseñadas</translation>
    </message>
    <message>
        <source>Here the head is right: "it" is the trophy, and the trophy is the subject. Now open the next sentence, where one word changes.</source>
        <translation>Aquí la cabeza acierta: «it» es el trofeo, y el trofeo es el sujeto. Abre ahora la frase siguiente, en la que cambia una palabra.</translation>
    </message>
    <message>
        <source>The suitcase was too small</source>
        <translation>La maleta era demasiado pequeña</translation>
    </message>
    <message>
        <source>A person reads "it" as the suitcase: things do not fit into containers that are too small. The Coreference head still picks "trophy", because all it sees is grammar — person, number, humanness, gender and which noun is the subject — and "big" and "small" have the same grammar. No single head of this kind can get both sentences right. Trained models resolve such Winograd pairs, when they do, by combining many heads over many layers with knowledge of the world learned from text.</source>
        <translation>Una persona entiende «it» como la maleta: las cosas no caben en recipientes demasiado pequeños. La cabeza de correferencia sigue eligiendo «trophy», porque solo ve gramática (persona, número, humanidad, género y qué sustantivo es el sujeto), y «big» y «small» tienen la misma gramática. Ninguna cabeza de este tipo puede acertar en las dos frases. Los modelos entrenados resuelven estos pares de Winograd, cuando lo hacen, combinando muchas cabezas en muchas capas con conocimiento del mundo aprendido de textos.</translation>
    </message>
    <message>
        <source>Both "cat" and "mat" agree with "it" (singular, not human); the head prefers the subject, "cat". It knows grammar, not that mats cannot be tired.</source>
        <translation>«cat» y «mat» concuerdan con «it» (singulares, no humanos); la cabeza prefiere el sujeto, «cat». Sabe gramática, no que una alfombra no puede estar cansada.</translation>
    </message>
    <message>
        <source>Why must "it" attend to "cat" for a model to continue the sentence correctly? What would go wrong if it attended to "mat"?</source>
        <translation>¿Por qué tiene que atender «it» a «cat» para que un modelo continúe bien la frase? ¿Qué saldría mal si atendiera a «mat»?</translation>
    </message>
    <message>
        <source>How does attention handle long-range dependencies, such as a verb and its subject several words apart? Compare with reading one word at a time.</source>
        <translation>¿Cómo maneja la atención las dependencias a larga distancia, como un verbo y su sujeto separados por varias palabras? Compáralo con leer palabra por palabra.</translation>
    </message>
    <message>
        <source>What should happen when a pronoun has several valid referents? Try the trophy and the suitcase: what does a person use that this head lacks?</source>
        <translation>¿Qué debería pasar cuando un pronombre tiene varios referentes válidos? Prueba con el trofeo y la maleta: ¿qué usa una persona que le falta a esta cabeza?</translation>
    </message>
    <message>
        <source>Self-attention quiz</source>
        <translation>Cuestionario de autoatención</translation>
    </message>
    <message>
        <source>What is the main purpose of self-attention?</source>
        <translation>¿Cuál es el objetivo principal de la autoatención?</translation>
    </message>
    <message>
        <source>To drop the words that matter least from a sentence</source>
        <translation>Quitar de una frase las palabras que menos importan</translation>
    </message>
    <message>
        <source>To let each token gather information from the tokens that matter to it</source>
        <translation>Dejar que cada token reúna información de los tokens que le importan</translation>
    </message>
    <message>
        <source>To translate every word into a word of another language</source>
        <translation>Traducir cada palabra a una palabra de otro idioma</translation>
    </message>
    <message>
        <source>To count how often each word appears in the texts the model was trained on</source>
        <translation>Contar cuántas veces aparece cada palabra en los textos con los que se entrenó el modelo</translation>
    </message>
    <message>
        <source>Each token computes how relevant every other token is (its attention weights) and takes a weighted mix of their values, so its representation now carries context.</source>
        <translation>Cada token calcula lo relevante que es cada uno de los demás (sus pesos de atención) y toma una mezcla ponderada de sus valores, de modo que su representación ya lleva contexto.</translation>
    </message>
    <message>
        <source>In the attention heatmap, what do the rows and columns mean?</source>
        <translation>En el mapa de calor de la atención, ¿qué significan las filas y las columnas?</translation>
    </message>
    <message>
        <source>Rows are the heads of the model and columns are the layers each head is in</source>
        <translation>Las filas son las cabezas del modelo y las columnas las capas en las que está cada una</translation>
    </message>
    <message>
        <source>Rows are the words and columns are the letters of each word in the sentence</source>
        <translation>Las filas son las palabras y las columnas las letras de cada palabra de la frase</translation>
    </message>
    <message>
        <source>Rows: the tokens attending (queries); columns: the tokens attended to (keys)</source>
        <translation>Filas: los tokens que atienden (consultas); columnas: los tokens atendidos (claves)</translation>
    </message>
    <message>
        <source>Rows are the layers of the network and columns are the positions in the sentence</source>
        <translation>Las filas son las capas de la red y las columnas las posiciones de la frase</translation>
    </message>
    <message>
        <source>Row i is token i's query; cell (i, j) is how much token i attends to token j. Each row sums to 1 because it comes out of a softmax.</source>
        <translation>La fila i es la consulta del token i; la celda (i, j) es cuánto atiende el token i al token j. Cada fila suma 1 porque sale de una softmax.</translation>
    </message>
    <message>
        <source>What are Q, K and V?</source>
        <translation>¿Qué son Q, K y V?</translation>
    </message>
    <message>
        <source>Query: what a token looks for; Key: what it offers; Value: what it passes on</source>
        <translation>Query (consulta): lo que busca un token; Key (clave): lo que ofrece; Value (valor): lo que transmite</translation>
    </message>
    <message>
        <source>Three copies of the sentence, one for each direction of reading it</source>
        <translation>Tres copias de la frase, una por cada sentido de lectura</translation>
    </message>
    <message>
        <source>Quality, Knowledge and Vocabulary: three scores the model gives to every word</source>
        <translation>Calidad, conocimiento y vocabulario: tres puntuaciones que el modelo da a cada palabra</translation>
    </message>
    <message>
        <source>The first, second and third layers that every transformer network has</source>
        <translation>La primera, segunda y tercera capas que tiene toda red transformer</translation>
    </message>
    <message>
        <source>Every token is projected three ways. q_i·k_j measures how well token j's key matches token i's query; the softmax of those scores weights the values v_j.</source>
        <translation>Cada token se proyecta de tres maneras. q_i·k_j mide cuánto encaja la clave del token j con la consulta del token i; la softmax de esas puntuaciones pondera los valores v_j.</translation>
    </message>
    <message>
        <source>In "The cat sat on the mat because it was tired", why does "it" attend most to "cat" in the Coreference head?</source>
        <translation>En «The cat sat on the mat because it was tired», ¿por qué «it» atiende más a «cat» en la cabeza de correferencia?</translation>
    </message>
    <message>
        <source>The model has learned from text that a mat cannot be tired</source>
        <translation>El modelo ha aprendido de los textos que una alfombra no puede estar cansada</translation>
    </message>
    <message>
        <source>The weights are random, and this time they just happened to favour "cat"</source>
        <translation>Los pesos son aleatorios y esta vez favorecieron «cat» por casualidad</translation>
    </message>
    <message>
        <source>"cat" is the noun closest to "it", and the head prefers the nearest noun</source>
        <translation>«cat» es el sustantivo más cercano a «it», y la cabeza prefiere el más cercano</translation>
    </message>
    <message>
        <source>Both agree with "it" (singular, not human); the head prefers the subject</source>
        <translation>Ambos concuerdan con «it» (singulares, no humanos); la cabeza prefiere el sujeto</translation>
    </message>
    <message>
        <source>"mat" is closer, and the head knows nothing about tiredness. Its query looks for a singular, non-human noun phrase and adds a bonus for the subject — that is why "cat" wins.</source>
        <translation>«mat» está más cerca, y la cabeza no sabe nada del cansancio. Su consulta busca un sintagma nominal singular y no humano y añade un extra al sujeto: por eso gana «cat».</translation>
    </message>
    <message>
        <source>Why was self-attention a breakthrough over earlier recurrent networks?</source>
        <translation>¿Por qué la autoatención fue un avance frente a las redes recurrentes anteriores?</translation>
    </message>
    <message>
        <source>It needs no training data, so a model can be built without any text</source>
        <translation>No necesita datos de entrenamiento, así que se puede crear un modelo sin ningún texto</translation>
    </message>
    <message>
        <source>Any token reaches any other directly, and a whole text is encoded in parallel</source>
        <translation>Cualquier token llega directamente a cualquier otro, y todo un texto se codifica en paralelo</translation>
    </message>
    <message>
        <source>It reads a sentence strictly one word at a time, so it never loses track of order</source>
        <translation>Lee una frase estrictamente palabra por palabra, así que nunca pierde el orden</translation>
    </message>
    <message>
        <source>It uses fewer numbers than any other method, so it always runs faster</source>
        <translation>Usa menos números que cualquier otro método, así que siempre es más rápida</translation>
    </message>
    <message>
        <source>A recurrent network passes information along one token at a time, so distant tokens reach each other only through many steps. In self-attention every token reaches every other in one step, and all the tokens of a text are encoded (or trained on) at the same time. Generating text is still one new token at a time.</source>
        <translation>Una red recurrente pasa la información token a token, así que los tokens lejanos solo se alcanzan tras muchos pasos. En la autoatención cada token alcanza a todos los demás en un paso, y todos los tokens de un texto se codifican (o se entrenan) a la vez. Generar texto sigue siendo un token nuevo cada vez.</translation>
    </message>
    <message>
        <source>Tap the token that "were" attends to most in the Subject–verb head.</source>
        <translation>Toca el token al que más atiende «were» en la cabeza sujeto–verbo.</translation>
    </message>
    <message>
        <source>"were" looks for the subject of its own clause. That is "keys", at the start, not the nearer "cabinet".</source>
        <translation>«were» busca el sujeto de su propia oración. Es «keys», al principio, no «cabinet», más cercano.</translation>
    </message>
    <message>
        <source>Tap the token that "small" attends to most in the Modifier head.</source>
        <translation>Toca el token al que más atiende «small» en la cabeza de modificador.</translation>
    </message>
    <message>
        <source>An adjective looks for the head noun of its own noun phrase: "small" skips "red", another adjective, and finds "house".</source>
        <translation>Un adjetivo busca el núcleo de su propio sintagma nominal: «small» se salta «red», otro adjetivo, y encuentra «house».</translation>
    </message>
    <message>
        <source>Tap the token that "?" attends to most in the Question head.</source>
        <translation>Toca el token al que más atiende «?» en la cabeza de pregunta.</translation>
    </message>
    <message>
        <source>The question mark looks back for the question word that opened its question: "Where", at the other end of the sentence.</source>
        <translation>El signo de interrogación busca hacia atrás la palabra interrogativa que abrió su pregunta: «Where», al otro extremo de la frase.</translation>
    </message>
    <message>
        <source>Tap the token that "they" attends to most in the Coreference head.</source>
        <translation>Toca el token al que más atiende «they» en la cabeza de correferencia.</translation>
    </message>
    <message>
        <source>"they" is plural, so the singular "dog" does not agree; "children" does.</source>
        <translation>«they» es plural, así que el singular «dog» no concuerda; «children», sí.</translation>
    </message>
    <message>
        <source>What does every row of the attention matrix add up to?</source>
        <translation>¿Cuánto suma cada fila de la matriz de atención?</translation>
    </message>
    <message>
        <source>It depends on the sentence</source>
        <translation>Depende de la frase</translation>
    </message>
    <message>
        <source>1, that is 100 %</source>
        <translation>1, es decir, 100 %</translation>
    </message>
    <message>
        <source>0, the weights cancel out</source>
        <translation>0, los pesos se anulan</translation>
    </message>
    <message>
        <source>The number of tokens</source>
        <translation>El número de tokens</translation>
    </message>
    <message>
        <source>Each row is a softmax: positive numbers that add up to 1, a distribution over the tokens.</source>
        <translation>Cada fila es una softmax: números positivos que suman 1, una distribución sobre los tokens.</translation>
    </message>
    <message>
        <source>Why are the scores divided by √d_k before the softmax?</source>
        <translation>¿Por qué se dividen las puntuaciones por √d_k antes de la softmax?</translation>
    </message>
    <message>
        <source>To make every score negative before the softmax is applied</source>
        <translation>Para que todas las puntuaciones sean negativas antes de aplicar la softmax</translation>
    </message>
    <message>
        <source>Their spread grows with √d_k; dividing keeps the softmax from saturating</source>
        <translation>Su dispersión crece con √d_k; dividir evita que la softmax se sature</translation>
    </message>
    <message>
        <source>It has no effect on the result at all; it only makes the numbers look smaller</source>
        <translation>No tiene ningún efecto en el resultado; solo hace que los números parezcan más pequeños</translation>
    </message>
    <message>
        <source>To count the tokens, so that longer sentences get larger scores</source>
        <translation>Para contar los tokens, de modo que las frases más largas tengan puntuaciones mayores</translation>
    </message>
    <message>
        <source>A dot product of d_k random components has a standard deviation that grows like √d_k. Without the division, wider heads would give ever larger differences between scores, the softmax would put almost all weight on one token, and its gradients would vanish.</source>
        <translation>Un producto escalar de d_k componentes aleatorias tiene una desviación típica que crece como √d_k. Sin la división, las cabezas más anchas darían diferencias cada vez mayores entre puntuaciones, la softmax pondría casi todo el peso en un token y sus gradientes se desvanecerían.</translation>
    </message>
    <message>
        <source>What happens to a token's attention when the softmax temperature T goes from 1 down to 0.1?</source>
        <translation>¿Qué le pasa a la atención de un token cuando la temperatura T de la softmax baja de 1 a 0,1?</translation>
    </message>
    <message>
        <source>It becomes sharper: the top token gets almost all weight, the entropy falls</source>
        <translation>Se vuelve más nítida: el primer token recibe casi todo el peso y la entropía baja</translation>
    </message>
    <message>
        <source>It becomes flatter: every token gets about the same weight, the entropy rises</source>
        <translation>Se vuelve más plana: cada token recibe más o menos el mismo peso y la entropía sube</translation>
    </message>
    <message>
        <source>Nothing changes: the temperature only changes the colours of the heatmap</source>
        <translation>No cambia nada: la temperatura solo cambia los colores del mapa de calor</translation>
    </message>
    <message>
        <source>The rows stop adding up to 1, because the scores are divided by a small T</source>
        <translation>Las filas dejan de sumar 1 porque las puntuaciones se dividen por una T pequeña</translation>
    </message>
    <message>
        <source>Dividing the scores by a small T stretches their differences, so the softmax concentrates on the largest. Try it on the Inside the math page and watch the entropy.</source>
        <translation>Dividir las puntuaciones por una T pequeña estira sus diferencias, así que la softmax se concentra en la mayor. Pruébalo en la página Dentro del cálculo y mira la entropía.</translation>
    </message>
    <message>
        <source>In a decoder (causal mask), what can the token "it" attend to?</source>
        <translation>En un decodificador (máscara causal), ¿a qué puede atender el token «it»?</translation>
    </message>
    <message>
        <source>Nothing at all: a causal mask hides every token from it</source>
        <translation>A nada: una máscara causal le oculta todos los tokens</translation>
    </message>
    <message>
        <source>Only itself and the tokens that come before it</source>
        <translation>Solo a sí mismo y a los tokens que van antes</translation>
    </message>
    <message>
        <source>Only the tokens that come after it in the sentence</source>
        <translation>Solo a los tokens que van después en la frase</translation>
    </message>
    <message>
        <source>Every token in the sentence, with weights unchanged</source>
        <translation>A todos los tokens de la frase, con los pesos sin cambiar</translation>
    </message>
    <message>
        <source>A decoder generates text left to right, so a token may not look ahead: scores for later tokens are set to −∞ and get weight exactly 0.</source>
        <translation>Un decodificador genera texto de izquierda a derecha, así que un token no puede mirar hacia delante: las puntuaciones de los tokens posteriores valen −∞ y reciben un peso de exactamente 0.</translation>
    </message>
    <message>
        <source>Why do transformers use several attention heads?</source>
        <translation>¿Por qué los transformers usan varias cabezas de atención?</translation>
    </message>
    <message>
        <source>Each head handles a different sentence of the text at the same time</source>
        <translation>Cada cabeza se ocupa de una frase distinta del texto al mismo tiempo</translation>
    </message>
    <message>
        <source>Heads are exact copies that must all give the same attention weights</source>
        <translation>Las cabezas son copias exactas que deben dar todas los mismos pesos de atención</translation>
    </message>
    <message>
        <source>Each head can look for another relation (coreference, position…) at once</source>
        <translation>Cada cabeza puede buscar otra relación (correferencia, posición…) a la vez</translation>
    </message>
    <message>
        <source>Adding heads makes the computation slower, and slower computation is more accurate</source>
        <translation>Añadir cabezas hace el cálculo más lento, y un cálculo más lento es más preciso</translation>
    </message>
    <message>
        <source>Heads have their own W_Q, W_K, W_V. Compare them on the All heads page: one links pronouns, one verbs and subjects, one adjacent tokens.</source>
        <translation>Las cabezas tienen sus propias W_Q, W_K, W_V. Compáralas en la página Todas las cabezas: una enlaza pronombres, otra verbos y sujetos, otra tokens vecinos.</translation>
    </message>
    <message>
        <source>In "The trophy didn't fit in the suitcase because it was too small", the Coreference head links "it" to "trophy". Why is that wrong, and why does the head do it?</source>
        <translation>En «The trophy didn't fit in the suitcase because it was too small», la cabeza de correferencia enlaza «it» con «trophy». ¿Por qué es incorrecto y por qué lo hace la cabeza?</translation>
    </message>
    <message>
        <source>It is the suitcase, but the head sees only grammar and prefers the subject</source>
        <translation>Es la maleta, pero la cabeza solo ve gramática y prefiere el sujeto</translation>
    </message>
    <message>
        <source>The head is right: it really was the trophy that was too small to fit inside</source>
        <translation>La cabeza acierta: de verdad era el trofeo lo que era demasiado pequeño</translation>
    </message>
    <message>
        <source>The sentence is ungrammatical, so no head can find a referent for "it"</source>
        <translation>La frase es agramatical, así que ninguna cabeza puede encontrar un referente para «it»</translation>
    </message>
    <message>
        <source>The head always picks the last noun before the pronoun, here "suitcase"</source>
        <translation>La cabeza siempre elige el último sustantivo antes del pronombre, aquí «suitcase»</translation>
    </message>
    <message>
        <source>Deciding needs knowledge of the world (things do not fit into containers that are too small). Trained models combine many heads and layers, and still sometimes fail on such Winograd pairs.</source>
        <translation>Decidir requiere conocimiento del mundo (las cosas no caben en recipientes demasiado pequeños). Los modelos entrenados combinan muchas cabezas y capas, y aun así a veces fallan con estos pares de Winograd.</translation>
    </message>
    <message>
        <source>After the softmax, what does a token's output contain?</source>
        <translation>Después de la softmax, ¿qué contiene la salida de un token?</translation>
    </message>
    <message>
        <source>Only the value vector of the one token it attends to most strongly of all</source>
        <translation>Solo el vector de valor del token al que más atiende</translation>
    </message>
    <message>
        <source>The sum of all the key vectors, each multiplied by its query</source>
        <translation>La suma de todos los vectores clave, cada uno multiplicado por su consulta</translation>
    </message>
    <message>
        <source>The same vector it started with, since attention changes nothing</source>
        <translation>El mismo vector con el que empezó, ya que la atención no cambia nada</translation>
    </message>
    <message>
        <source>The average of all tokens' value vectors, weighted by its attention</source>
        <translation>La media de los vectores de valor de todos los tokens, ponderada por su atención</translation>
    </message>
    <message>
        <source>output_i = Σ_j a_ij · v_j. With the designed heads the values are the tokens' features, so "it" receives "animate" from "cat".</source>
        <translation>salida_i = Σ_j a_ij · v_j. Con las cabezas diseñadas, los valores son los rasgos de los tokens, así que «it» recibe «animate» de «cat».</translation>
    </message>
</context>
<context>
    <name>DiscussionCard</name>
    <message>
        <source>Discussion questions</source>
        <translation>Preguntas para debatir</translation>
    </message>
    <message>
        <source>Open this sentence in Explore</source>
        <translation>Abrir esta frase en Explorar</translation>
    </message>
</context>
<context>
    <name>EntropyChart</name>
    <message>
        <source>Entropy of the row against temperature</source>
        <translation>Entropía de la fila según la temperatura</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>log₁₀ T   (−1 = T 0.1 sharp, 0 = T 1, 1 = T 10 flat)</source>
        <translation>log₁₀ T   (−1 = T 0,1 nítida, 0 = T 1, 1 = T 10 plana)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>the text has %1 characters; the limit is %2</source>
        <translation>el texto tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>the text has more than %1 tokens; the limit is %1</source>
        <translation>el texto tiene más de %1 tokens; el límite es %1</translation>
    </message>
    <message>
        <source>the text has no words or symbols to attend to</source>
        <translation>el texto no tiene palabras ni símbolos a los que atender</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the limit is %2</source>
        <translation>el texto tiene %1 tokens; el límite es %2</translation>
    </message>
    <message>
        <source>the text has %1 tokens; the model has %2 positions</source>
        <translation>el texto tiene %1 tokens; el modelo tiene %2 posiciones</translation>
    </message>
    <message>
        <source>the text has no [MASK] to fill</source>
        <translation>el texto no tiene ningún [MASK] que rellenar</translation>
    </message>
    <message>
        <source>expected a list of rows, got %1</source>
        <translation>se esperaba una lista de filas; hay %1</translation>
    </message>
    <message>
        <source>row 1: expected a list of numbers, got %1</source>
        <translation>fila 1: se esperaba una lista de números; hay %1</translation>
    </message>
    <message>
        <source>%1×%2 entries is more than the limit of %3</source>
        <translation>%1×%2 entradas superan el límite de %3</translation>
    </message>
    <message>
        <source>row %1: expected a list, got %2</source>
        <translation>fila %1: se esperaba una lista; hay %2</translation>
    </message>
    <message>
        <source>row %1 has %2 entries, but row 1 has %3</source>
        <translation>la fila %1 tiene %2 entradas, pero la fila 1 tiene %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>field "format": expected "%1"</source>
        <translation>campo "format": se esperaba "%1"</translation>
    </message>
    <message>
        <source>field "version": only version 1 is understood</source>
        <translation>campo "version": solo se entiende la versión 1</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>el archivo tiene %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <source>the file is more than the limit of %1 bytes</source>
        <translation>el archivo supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número; hay %1</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>el número no es finito</translation>
    </message>
    <message>
        <source>expected true/false or 1/0, got %1</source>
        <translation>se esperaba true/false o 1/0; hay %1</translation>
    </message>
    <message>
        <source>expected a list of numbers, got %1</source>
        <translation>se esperaba una lista de números; hay %1</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
    <message>
        <source>field "tasks": expected a list of 1 to %1 tasks</source>
        <translation>campo "tasks": se esperaba una lista de 1 a %1 tareas</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected one of %1, got "%2"</source>
        <translation>se esperaba uno de %1; hay "%2"</translation>
    </message>
    <message>
        <source>no such token in "%1"</source>
        <translation>no existe ese token en "%1"</translation>
    </message>
    <message>
        <source>expected a list of 2 to %1 temperatures</source>
        <translation>se esperaba una lista de 2 a %1 temperaturas</translation>
    </message>
    <message>
        <source>each temperature must be from 0.1 to 10, got %1</source>
        <translation>cada temperatura debe estar entre 0.1 y 10; hay %1</translation>
    </message>
    <message>
        <source>field "questions": expected a list of 1 to %1 questions</source>
        <translation>campo "questions": se esperaba una lista de 1 a %1 preguntas</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>el id se usa dos veces</translation>
    </message>
    <message>
        <source>expected a list of 2 to 8 answers</source>
        <translation>se esperaba una lista de 2 a 8 respuestas</translation>
    </message>
    <message>
        <source>every answer must be a non-empty text</source>
        <translation>cada respuesta debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>expected the index of one of the %1 options (from 0)</source>
        <translation>se esperaba el índice de una de las %1 opciones (desde 0)</translation>
    </message>
    <message>
        <source>expected "choice" or "tap-token", got "%1"</source>
        <translation>se esperaba "choice" o "tap-token"; hay "%1"</translation>
    </message>
    <message>
        <source>field "sentences": expected a list of 1 to %1 sentences</source>
        <translation>campo "sentences": se esperaba una lista de 1 a %1 frases</translation>
    </message>
    <message>
        <source>expected an object of token → features</source>
        <translation>se esperaba un objeto token → rasgos</translation>
    </message>
    <message>
        <source>there is no such token in the text</source>
        <translation>ese token no está en el texto</translation>
    </message>
    <message>
        <source>expected an object of feature → number</source>
        <translation>se esperaba un objeto rasgo → número</translation>
    </message>
    <message>
        <source>"clause" must be a whole number from 0 to 100</source>
        <translation>"clause" debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>"phrase" must be a whole number from -1 to 1000</source>
        <translation>"phrase" debe ser un número entero de -1 a 1000</translation>
    </message>
    <message>
        <source>unknown feature "%1"</source>
        <translation>rasgo desconocido "%1"</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>se esperaba un número de %1 a %2; hay %3</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>unknown head "%1"</source>
        <translation>cabeza desconocida "%1"</translation>
    </message>
    <message>
        <source>no token %1 in "%2"</source>
        <translation>ningún token %1 en "%2"</translation>
    </message>
    <message>
        <source>no sentence "%1" in the sentence pack</source>
        <translation>no hay ninguna frase "%1" en el paquete de frases</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>"%1" debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>"%1" is missing</source>
        <translation>falta "%1"</translation>
    </message>
    <message>
        <source>"%1" must be a number between 0 and 1</source>
        <translation>"%1" debe ser un número entre 0 y 1</translation>
    </message>
    <message>
        <source>not a folder (a model folder has config.json, model.safetensors and tokenizer files)</source>
        <translation>no es una carpeta (una carpeta de modelo tiene config.json, model.safetensors y archivos del tokenizador)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>no hay config.json</translation>
    </message>
    <message>
        <source>model_type "%1" is not supported: this app opens "bert" (BERT encoders) and "gpt2" (GPT-2 decoders)</source>
        <translation>model_type "%1" no es compatible: esta aplicación abre "bert" (codificadores BERT) y "gpt2" (decodificadores GPT-2)</translation>
    </message>
    <message>
        <source>%1 attention heads do not divide the width %2</source>
        <translation>%1 cabezas de atención no dividen el ancho %2</translation>
    </message>
    <message>
        <source>activation "%1" is not supported (gelu, gelu_new or relu)</source>
        <translation>la activación "%1" no es compatible (gelu, gelu_new o relu)</translation>
    </message>
    <message>
        <source>no model.safetensors (other weight formats are not read)</source>
        <translation>no hay model.safetensors (no se leen otros formatos de pesos)</translation>
    </message>
    <message>
        <source>the tokenizer's vocabulary has ids up to %1, but the model has only %2 embeddings</source>
        <translation>el vocabulario del tokenizador tiene ids hasta %1, pero el modelo solo tiene %2 embeddings</translation>
    </message>
    <message>
        <source>tensor "%1": %2</source>
        <translation>tensor "%1": %2</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than its 8-byte header length</source>
        <translation>no es un archivo safetensors: %1 bytes, menos que los 8 bytes de la longitud de su cabecera</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the header claims %1 bytes; the limit is %2</source>
        <translation>la cabecera indica %1 bytes; el límite es %2</translation>
    </message>
    <message>
        <source>the header claims %1 bytes but the file has only %2 after its length</source>
        <translation>la cabecera indica %1 bytes, pero el archivo solo tiene %2 tras su longitud</translation>
    </message>
    <message>
        <source>the header is not valid JSON at byte %1: %2</source>
        <translation>la cabecera no es JSON válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>la cabecera no es un objeto JSON</translation>
    </message>
    <message>
        <source>the last %1 bytes of data belong to no tensor</source>
        <translation>los últimos %1 bytes de datos no pertenecen a ningún tensor</translation>
    </message>
    <message>
        <source>cannot read %1 bytes at %2: %3</source>
        <translation>no se pueden leer %1 bytes en %2: %3</translation>
    </message>
    <message>
        <source>entry "%1": the id must be a whole number from 0</source>
        <translation>entrada "%1": el id debe ser un número entero desde 0</translation>
    </message>
    <message>
        <source>the vocabulary has no %1 token</source>
        <translation>el vocabulario no tiene el token %1</translation>
    </message>
    <message>
        <source>the vocabulary has no token for the byte character "%1"</source>
        <translation>el vocabulario no tiene token para el carácter de byte "%1"</translation>
    </message>
    <message>
        <source>no vocabulary entry for the merged token "%1"</source>
        <translation>no hay entrada de vocabulario para el token fusionado "%1"</translation>
    </message>
    <message>
        <source>model.type is "%1"; a BERT model needs WordPiece</source>
        <translation>model.type es "%1"; un modelo BERT necesita WordPiece</translation>
    </message>
    <message>
        <source>model.type is "%1"; a GPT-2 model needs BPE</source>
        <translation>model.type es "%1"; un modelo GPT-2 necesita BPE</translation>
    </message>
    <message>
        <source>model.merges[%1]: expected two tokens</source>
        <translation>model.merges[%1]: se esperaban dos tokens</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.txt</source>
        <translation>no hay tokenizador: ni tokenizer.json ni vocab.txt</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>do_lower_case must be true or false</source>
        <translation>do_lower_case debe ser true o false</translation>
    </message>
    <message>
        <source>no tokenizer: neither tokenizer.json nor vocab.json and merges.txt</source>
        <translation>no hay tokenizador: ni tokenizer.json ni vocab.json y merges.txt</translation>
    </message>
    <message>
        <source>expected two tokens separated by one space</source>
        <translation>se esperaban dos tokens separados por un espacio</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) with the model "%1". Its heads are designed from grammar features, not trained on text — it follows grammar, not meaning.</source>
        <extracomment>%1 is the model's name, e.g. "Designed heads"</extracomment>
        <translation>Cada número aquí se calcula: A = softmax(Q·Kᵀ/√d_k) con el modelo «%1». Sus cabezas están diseñadas a partir de rasgos gramaticales, no entrenadas con texto: sigue la gramática, no el significado.</translation>
    </message>
    <message>
        <source>Every number here is computed: A = softmax(Q·Kᵀ/√d_k) in the trained model "%1", layer by layer from its weights. Attention weights show where a head looks, not why the model predicts what it does.</source>
        <extracomment>%1 is the model's name, e.g. "bert-base-uncased (BERT, 12 layers × 12 heads)"</extracomment>
        <translation>Cada número aquí se calcula: A = softmax(Q·Kᵀ/√d_k) en el modelo entrenado «%1», capa a capa a partir de sus pesos. Los pesos de atención muestran adónde mira una cabeza, no por qué el modelo predice lo que predice.</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>%1: cannot be written.</source>
        <extracomment>%1 the file</extracomment>
        <translation>%1: no se puede escribir.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Save or print</source>
        <translation>Guardar o imprimir</translation>
    </message>
    <message>
        <source>Save this page as a picture…</source>
        <translation>Guardar esta página como imagen…</translation>
    </message>
    <message>
        <source>Save the matrix as CSV…</source>
        <translation>Guardar la matriz como CSV…</translation>
    </message>
    <message>
        <source>Save the matrix as JSON…</source>
        <translation>Guardar la matriz como JSON…</translation>
    </message>
    <message>
        <source>Worksheet for this sentence…</source>
        <translation>Ficha de trabajo de esta frase…</translation>
    </message>
    <message>
        <source>Save this page as a picture</source>
        <translation>Guardar esta página como imagen</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <extracomment>%1 × %2 the picture's size in pixels</extracomment>
        <translation>Como en pantalla (%1 × %2)</translation>
    </message>
    <message>
        <source>Twice as sharp (%1 × %2), for slides and print</source>
        <translation>El doble de nítida (%1 × %2), para diapositivas e impresión</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Ficha de trabajo</translation>
    </message>
    <message>
        <source>“%1”, head %2: the sentence and its tokens, a grid, and questions answered from the computed matrix.</source>
        <extracomment>%1 the sentence, %2 the head</extracomment>
        <translation>«%1», cabeza %2: la frase y sus tokens, una cuadrícula y preguntas respondidas con la matriz calculada.</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>An empty grid to shade</source>
        <translation>Una cuadrícula vacía para sombrear</translation>
    </message>
    <message>
        <source>The heatmap</source>
        <translation>El mapa de calor</translation>
    </message>
    <message>
        <source>Answer key page</source>
        <translation>Página de soluciones</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save the page as a picture</source>
        <translation>Guardar la página como imagen</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Guardar la ficha de trabajo</translation>
    </message>
    <message>
        <source>Save the matrix</source>
        <translation>Guardar la matriz</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This cannot be saved</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the PDF and print it elsewhere.</source>
        <translation>No hay ninguna impresora configurada en este ordenador: guarda el PDF e imprímelo en otro sitio.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There is no matrix to save.</source>
        <translation>No hay ninguna matriz que guardar.</translation>
    </message>
    <message>
        <source>Unknown format "%1": csv or json.</source>
        <translation>Formato desconocido «%1»: csv o json.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <extracomment>%1 the file, %2 the system's reason</extracomment>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>There is no sentence to make a worksheet of.</source>
        <translation>No hay ninguna frase para hacer una ficha.</translation>
    </message>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>La autoatención en 45 minutos: un plan de clase</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Ficha de trabajo: autoatención</translation>
    </message>
</context>
<context>
    <name>HeadListModel</name>
    <message>
        <source>All heads (average)</source>
        <translation>Todas las cabezas (media)</translation>
    </message>
    <message>
        <source>The mean of every head's weights. Each head looks for a different relation; pick one to see it alone.</source>
        <translation>La media de los pesos de todas las cabezas. Cada cabeza busca una relación distinta; elige una para verla sola.</translation>
    </message>
</context>
<context>
    <name>HeadSelector</name>
    <message>
        <source>Head: %1</source>
        <translation>Cabeza: %1</translation>
    </message>
    <message>
        <source>Attention head</source>
        <translation>Cabeza de atención</translation>
    </message>
</context>
<context>
    <name>HeadsPage</name>
    <message>
        <source>All heads: each head looks for a different relation in "%1". Tap one to explore it.</source>
        <translation>Todas las cabezas: cada una busca una relación distinta en «%1». Toca una para explorarla.</translation>
    </message>
    <message>
        <source>Every layer and head: %1 layers × %2 heads of the trained model on "%3". Tap one to explore it.</source>
        <extracomment>%1 layers, %2 heads, %3 the sentence</extracomment>
        <translation>Cada capa y cabeza: %1 capas × %2 cabezas del modelo entrenado para «%3». Toca una para explorarla.</translation>
    </message>
    <message>
        <source>Rows: layers 1 to %1. Columns: heads 1 to %2, then the layer's average (avg). The outlined tile is the one Explore shows.</source>
        <translation>Filas: capas 1 a %1. Columnas: cabezas 1 a %2 y después la media de la capa (med.). El recuadro marcado es el que muestra Explorar.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>med.</translation>
    </message>
    <message>
        <source>Every layer and head</source>
        <translation>Cada capa y cabeza</translation>
    </message>
    <message>
        <source>Layer %1, head %2 is selected; arrow keys move, Enter opens it.</source>
        <translation>Capa %1, cabeza %2 seleccionada; las flechas mueven, Intro la abre.</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>Rollout de atención</translation>
    </message>
    <message>
        <source>Left: layer %1's attention, averaged over its heads. Right: the rollout to layer %1 (Abnar &amp; Zuidema 2020), which follows attention through every layer up to it, counting the residual connection as half of each step. Rollout is an estimate of how information mixes, not an explanation: attention weights alone do not say why a model predicts what it does (Jain &amp; Wallace 2019).</source>
        <extracomment>%1 is a layer number</extracomment>
        <translation>Izquierda: la atención de la capa %1, promediada sobre sus cabezas. Derecha: el rollout hasta la capa %1 (Abnar &amp; Zuidema 2020), que sigue la atención a través de todas las capas hasta ella, contando la conexión residual como la mitad de cada paso. El rollout estima cómo se mezcla la información, no es una explicación: los pesos de atención por sí solos no dicen por qué un modelo predice lo que predice (Jain &amp; Wallace 2019).</translation>
    </message>
    <message>
        <source>Raw attention, layer %1 (average)</source>
        <translation>Atención directa, capa %1 (media)</translation>
    </message>
    <message>
        <source>Rollout to layer %1</source>
        <translation>Rollout hasta la capa %1</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
        <extracomment>a cell of a head's heatmap: from-token → to-token: weight</extracomment>
        <translation>«%1» → «%2»: %3 %</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>'%1' → '%2': masked (may not attend)</source>
        <extracomment>a masked heatmap cell: the row token may not attend to the column token</extracomment>
        <translation>«%1» → «%2»: enmascarado (no puede atender)</translation>
    </message>
    <message>
        <source>'%1' → '%2': %3 %</source>
        <translation>«%1» → «%2»: %3 %</translation>
    </message>
    <message>
        <source>Attention heatmap, rows attend to columns</source>
        <translation>Mapa de calor de la atención: las filas atienden a las columnas</translation>
    </message>
    <message>
        <source>Row → column; rows sum to 100 %. Tap a cell.</source>
        <extracomment>the heatmap's readout before a cell is chosen; keep it short (one line of ~300 px)</extracomment>
        <translation>Fila → columna; cada fila suma 100 %. Toca una celda.</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>row max</source>
        <extracomment>the colour scale's top: 100 % or each row's maximum</extracomment>
        <translation>máx. fila</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Colour scale: 0 to each row's largest weight. Show 0 to 100 %</source>
        <translation>Escala de color: de 0 al mayor peso de cada fila. Mostrar de 0 a 100 %</translation>
    </message>
    <message>
        <source>Colour scale: 0 to 100 %. Scale each row to its largest weight</source>
        <translation>Escala de color: de 0 a 100 %. Escalar cada fila a su mayor peso</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>enmascarado</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>%1 may not attend to %2 (masked), row %3, column %4</source>
        <extracomment>spoken for a masked heatmap cell: %1 and %2 tokens, %3 row number, %4 column number</extracomment>
        <translation>%1 no puede atender a %2 (enmascarado), fila %3, columna %4</translation>
    </message>
    <message>
        <source>%1 attends to %2: %3 %, row %4, column %5</source>
        <extracomment>spoken for a heatmap cell: %1 and %2 tokens, %3 the weight in percent, %4 row number, %5 column number</extracomment>
        <translation>%1 atiende a %2: %3 %, fila %4, columna %5</translation>
    </message>
    <message>
        <source>Arrow keys move from cell to cell; Enter selects the row's token.</source>
        <translation>Las flechas van de celda en celda; Intro selecciona el token de la fila.</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>Layer %1 of %2</source>
        <extracomment>the layer shown, of how many ("Layer 3 of 12")</extracomment>
        <translation>Capa %1 de %2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Saved as %1</source>
        <extracomment>%1 the file</extracomment>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Lo que aprenderás</translation>
    </message>
    <message>
        <source>Understand — explain how self-attention captures relationships between tokens.</source>
        <translation>Comprender: explicar cómo la autoatención capta relaciones entre tokens.</translation>
    </message>
    <message>
        <source>Analyze — interpret attention patterns and what they mean linguistically.</source>
        <translation>Analizar: interpretar los patrones de atención y lo que significan lingüísticamente.</translation>
    </message>
    <message>
        <source>Evaluate — assess why certain patterns emerge, and where a simple head fails.</source>
        <translation>Evaluar: valorar por qué surgen ciertos patrones y dónde falla una cabeza sencilla.</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Cómo leer la matriz de atención</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Patrones de atención</translation>
    </message>
    <message>
        <source>The activities and discussion questions are about the designed heads. Choose Model ▾ → Designed heads to do them; the quiz below is about attention in general.</source>
        <translation>Las actividades y preguntas para debatir tratan de las cabezas diseñadas. Elige Modelo ▾ → Cabezas diseñadas para hacerlas; el cuestionario de abajo trata de la atención en general.</translation>
    </message>
    <message>
        <source>Clear my activity answers</source>
        <translation>Borrar mis respuestas de las actividades</translation>
    </message>
    <message>
        <source>For teachers: a 45-minute lesson plan</source>
        <translation>Para docentes: un plan de clase de 45 minutos</translation>
    </message>
    <message>
        <source>Timing, what to project, what students do on tablets, prerequisites and common misconceptions — with how to read the matrix and the table of patterns, as a handout to print.</source>
        <translation>Tiempos, qué proyectar, qué hacen los estudiantes en las tabletas, requisitos previos y errores frecuentes, con cómo leer la matriz y la tabla de patrones, como material para imprimir.</translation>
    </message>
    <message>
        <source>Hide the plan</source>
        <translation>Ocultar el plan</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Mostrar el plan</translation>
    </message>
    <message>
        <source>Save the handout (PDF)…</source>
        <translation>Guardar el material (PDF)…</translation>
    </message>
    <message>
        <source>Save the lesson plan</source>
        <translation>Guardar el plan de clase</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Self-attention in 45 minutes — a lesson plan</source>
        <translation>La autoatención en 45 minutos: un plan de clase</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>a link in the table of patterns: %1 the token that attends, %2 the one it attends to</extracomment>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 (head %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <extracomment>one pattern on a phone: %1 pattern, %2 link, %3 head, %4 example sentence</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2 (cabeza %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the attention matrix</source>
        <translation>Cómo leer la matriz de atención</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows are “from”, columns are “to”.&lt;/b&gt; Each row is one token paying attention; each column is a token being attended to. The cell in row “it” and column “cat” is the share of “it”’s attention that goes to “cat”.</source>
        <translation>&lt;b&gt;Las filas son «desde», las columnas «hacia».&lt;/b&gt; Cada fila es un token que presta atención; cada columna, un token que recibe atención. La celda de la fila «it» y la columna «cat» es la parte de la atención de «it» que va a «cat».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every row adds up to 100 %.&lt;/b&gt; Softmax turns a row of scores into shares of one token’s attention, so raising one cell lowers the others in its row.</source>
        <translation>&lt;b&gt;Cada fila suma 100 %.&lt;/b&gt; La softmax convierte una fila de puntuaciones en partes de la atención de un token, así que si una celda sube, las demás de su fila bajan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns add up to anything.&lt;/b&gt; A column’s sum says how much the other tokens look at that token: a large sum marks a token many rows use, such as a subject. Compare columns to find the tokens a head relies on.</source>
        <translation>&lt;b&gt;Las columnas suman cualquier cosa.&lt;/b&gt; La suma de una columna dice cuánto miran los demás tokens a ese token: una suma grande señala un token que usan muchas filas, como un sujeto. Compara columnas para encontrar los tokens en los que se apoya una cabeza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The diagonal&lt;/b&gt; is each token attending to itself. &lt;b&gt;Under a causal mask&lt;/b&gt; every cell above the diagonal is empty: no token may use a later one, as in a model that writes one word at a time.</source>
        <translation>&lt;b&gt;La diagonal&lt;/b&gt; es cada token atendiéndose a sí mismo. &lt;b&gt;Con una máscara causal&lt;/b&gt; todas las celdas por encima de la diagonal están vacías: ningún token puede usar uno posterior, como en un modelo que escribe palabra por palabra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One matrix is one head.&lt;/b&gt; Each head looks for one relation; the average of all heads blurs them.</source>
        <translation>&lt;b&gt;Una matriz es una cabeza.&lt;/b&gt; Cada cabeza busca una relación; la media de todas las cabezas las difumina.</translation>
    </message>
    <message>
        <source>Each link is the strongest one from that token in that head, computed — the app's tests check every one.</source>
        <translation>Cada enlace es el más fuerte desde ese token en esa cabeza, calculado; las pruebas de la aplicación comprueban cada uno.</translation>
    </message>
    <message>
        <source>Attention patterns</source>
        <translation>Patrones de atención</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>What attends to what</source>
        <translation>Qué atiende a qué</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Explore</source>
        <extracomment>page names on a phone's bottom tab bar, where a quarter of 360 px is all a name gets</extracomment>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Inside the math</source>
        <translation>Dentro del cálculo</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>Todas las cabezas</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Math</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Cabezas</translation>
    </message>
    <message>
        <source>Self-Attention Explorer</source>
        <translation>Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Usar el tema claro</translation>
    </message>
    <message>
        <source>Use the dark theme</source>
        <translation>Usar el tema oscuro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MaskActivity</name>
    <message>
        <source>Activity 4 · Encoder or decoder</source>
        <translation>Actividad 4 · Codificador o decodificador</translation>
    </message>
    <message>
        <source>A decoder (like a chatbot writing text) may not look ahead. Open "%1" and switch on the causal mask. Can "%2" still attend to "%3"?</source>
        <translation>Un decodificador (como un chatbot que escribe texto) no puede mirar hacia delante. Abre «%1» y activa la máscara causal. ¿Puede «%2» seguir atendiendo a «%3»?</translation>
    </message>
    <message>
        <source>Open with the causal mask</source>
        <translation>Abrir con la máscara causal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Look again at the heatmap: the cells right of the diagonal are hatched.</source>
        <translation>Vuelve a mirar el mapa de calor: las celdas a la derecha de la diagonal están rayadas.</translation>
    </message>
    <message>
        <source>With the mask, the score for every later token is −∞ and its weight is exactly 0, so "%1" cannot use "%2". An encoder such as BERT has no such mask; a decoder such as GPT does.</source>
        <translation>Con la máscara, la puntuación de cada token posterior es −∞ y su peso es exactamente 0, así que «%1» no puede usar «%2». Un codificador como BERT no tiene esa máscara; un decodificador como GPT sí.</translation>
    </message>
</context>
<context>
    <name>MaskedWordCard</name>
    <message>
        <source>What it was trained to do: guess the hidden word</source>
        <translation>Para qué se entrenó: adivinar la palabra oculta</translation>
    </message>
    <message>
        <source>During training, words were hidden as [MASK] and the model learned to guess them from the words around — its attention heads are whatever made that guessing easier. Type a sentence with [MASK] and see its five best guesses.</source>
        <translation>Durante el entrenamiento se ocultaron palabras como [MASK] y el modelo aprendió a adivinarlas a partir de las palabras de alrededor: sus cabezas de atención son lo que le facilitó adivinar. Escribe una frase con [MASK] y mira sus cinco mejores apuestas.</translation>
    </message>
    <message>
        <source>Sentence with [MASK]</source>
        <translation>Frase con [MASK]</translation>
    </message>
    <message>
        <source>Insert [MASK]</source>
        <translation>Insertar [MASK]</translation>
    </message>
    <message>
        <source>Puts [MASK] at the cursor, for keyboards without brackets.</source>
        <translation>Pone [MASK] en el cursor, para teclados sin corchetes.</translation>
    </message>
    <message>
        <source>Guess the word</source>
        <translation>Adivinar la palabra</translation>
    </message>
    <message>
        <source>Guess %1: %2, %3</source>
        <translation>Apuesta %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>MathPage</name>
    <message>
        <source>Inside the math: A = softmax(Q·Kᵀ / (T·√d_k)), output = A·V — for one token, with the real numbers.</source>
        <translation>Dentro del cálculo: A = softmax(Q·Kᵀ / (T·√d_k)), salida = A·V, para un token, con los números reales.</translation>
    </message>
    <message>
        <source>The average of all heads has no single Q and K. Choose one head above to see its computation.</source>
        <translation>La media de todas las cabezas no tiene un único Q y K. Elige una cabeza arriba para ver su cálculo.</translation>
    </message>
    <message>
        <source>Choose a token above to follow its query through the computation.</source>
        <translation>Elige un token arriba para seguir su consulta a lo largo del cálculo.</translation>
    </message>
    <message>
        <source>Show every step</source>
        <translation>Mostrar todos los pasos</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The input vector x of '%1'</source>
        <translation>El vector de entrada x de «%1»</translation>
    </message>
    <message>
        <source>x = [features ; position encoding]   (d_model = %1 = %2 + %3)</source>
        <extracomment>%1 = d_model, %2 features, %3 position numbers</extracomment>
        <translation>x = [rasgos ; codificación de posición]   (d_model = %1 = %2 + %3)</translation>
    </message>
    <message>
        <source>x = the hidden state entering layer %2   (d_model = %1)</source>
        <extracomment>%1 = d_model, %2 = the layer (from 1)</extracomment>
        <translation>x = el estado oculto que entra en la capa %2   (d_model = %1)</translation>
    </message>
    <message>
        <source>The token's features from the lexicon (only the non-zero ones are listed), then 32 numbers sin(ω·i), cos(ω·i) that encode its position i = %1.</source>
        <translation>Los rasgos del token según el léxico (solo se listan los distintos de cero) y después 32 números sin(ω·i), cos(ω·i) que codifican su posición i = %1.</translation>
    </message>
    <message>
        <source>In a trained model the %1 numbers of x have no names: they were learned, and position is already mixed in. The twelve largest are listed.</source>
        <translation>En un modelo entrenado, los %1 números de x no tienen nombre: se aprendieron y la posición ya está mezclada. Se listan los doce mayores.</translation>
    </message>
    <message>
        <source>The query: what '%1' looks for</source>
        <translation>La consulta: qué busca «%1»</translation>
    </message>
    <message>
        <source>q = x · W_Q   (d_k = %1)</source>
        <translation>q = x · W_Q   (d_k = %1)</translation>
    </message>
    <message>
        <source>The query's dimensions have no names either; the twelve largest are listed.</source>
        <translation>Las dimensiones de la consulta tampoco tienen nombre; se listan las doce mayores.</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for. %1 more numbers carry its preference for positions (see Q in step 9).</source>
        <translation>Cada dimensión con nombre es algo que busca la consulta de esta cabeza. %1 números más llevan su preferencia por posiciones (ver Q en el paso 9).</translation>
    </message>
    <message>
        <source>Each named dimension is something this head's query looks for.</source>
        <translation>Cada dimensión con nombre es algo que busca la consulta de esta cabeza.</translation>
    </message>
    <message>
        <source>Every token's key and value</source>
        <translation>La clave y el valor de cada token</translation>
    </message>
    <message>
        <source>k_j = x_j · W_K,   v_j = x_j · W_V</source>
        <translation>k_j = x_j · W_K,   v_j = x_j · W_V</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to (here: its features).</source>
        <translation>Una clave dice qué ofrece un token a las consultas; su valor es lo que transmite si se le atiende (aquí: sus rasgos).</translation>
    </message>
    <message>
        <source>A key says what a token offers to queries; its value is what it passes on if attended to. In a trained model neither has named columns.</source>
        <translation>Una clave dice qué ofrece un token a las consultas; su valor es lo que transmite si se le atiende. En un modelo entrenado, ninguno tiene columnas con nombre.</translation>
    </message>
    <message>
        <source>K (one row per token)</source>
        <translation>K (una fila por token)</translation>
    </message>
    <message>
        <source>Scores: how well each key matches the query</source>
        <translation>Puntuaciones: cuánto encaja cada clave con la consulta</translation>
    </message>
    <message>
        <source>score_j = q · k_j</source>
        <translation>score_j = q · k_j</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2. Below the scores: the products q[c]·k[c] that add up to it, largest first.</source>
        <extracomment>%1 token, %2 score</extracomment>
        <translation>«%1» puntúa más alto: %2. Bajo las puntuaciones: los productos q[c]·k[c] que la suman, de mayor a menor.</translation>
    </message>
    <message>
        <source>'%1' scores highest: %2 = %3 from the feature dimensions + %4 from position.</source>
        <extracomment>%1 token, %2 score, %3 part from features, %4 part from position</extracomment>
        <translation>«%1» puntúa más alto: %2 = %3 de las dimensiones de rasgos + %4 de la posición.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</source>
        <translation>score_j ÷ (T·√d_k) = score_j ÷ (%1 × √%2) = score_j ÷ %3</translation>
    </message>
    <message>
        <source>Dividing by √d_k keeps scores in a range where softmax is not saturated; the temperature T makes the result sharper (T &lt; 1) or flatter (T &gt; 1).</source>
        <translation>Dividir por √d_k mantiene las puntuaciones en un rango donde la softmax no se satura; la temperatura T hace el resultado más nítido (T &lt; 1) o más plano (T &gt; 1).</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>score_j = −∞ for every j after '%1' (causal: a decoder cannot look ahead)</source>
        <translation>score_j = −∞ para cada j después de «%1» (causal: un decodificador no puede mirar hacia delante)</translation>
    </message>
    <message>
        <source>no mask: an encoder lets every token see every token</source>
        <translation>sin máscara: un codificador deja que cada token vea todos los tokens</translation>
    </message>
    <message>
        <source>Softmax: the attention weights</source>
        <translation>Softmax: los pesos de atención</translation>
    </message>
    <message>
        <source>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   — each row sums to 1</source>
        <translation>a_j = exp(s_j − max s) / Σ_k exp(s_k − max s)   (cada fila suma 1)</translation>
    </message>
    <message>
        <source>Entropy %1 bits: '%2' spreads its attention like %3 equally weighted tokens would. This is the row the Explore heatmap shows.</source>
        <extracomment>%1 entropy in bits, %2 effective number of tokens</extracomment>
        <translation>Entropía %1 bits: «%2» reparte su atención como lo harían %3 tokens con el mismo peso. Es la fila que muestra el mapa de calor de Explorar.</translation>
    </message>
    <message>
        <source>Output: what '%1' receives</source>
        <translation>Salida: lo que recibe «%1»</translation>
    </message>
    <message>
        <source>output = Σ_j a_j · v_j</source>
        <translation>salida = Σ_j a_j · v_j</translation>
    </message>
    <message>
        <source>The weighted average of the values: the features of the tokens '%1' attends to now flow into it.</source>
        <translation>La media ponderada de los valores: los rasgos de los tokens a los que atiende «%1» fluyen ahora hacia él.</translation>
    </message>
    <message>
        <source>The weighted average of the values: what the tokens '%1' attends to pass on flows into it (the twelve first entries are listed).</source>
        <translation>La media ponderada de los valores: lo que transmiten los tokens a los que atiende «%1» fluye hacia él (se listan las doce primeras entradas).</translation>
    </message>
    <message>
        <source>The whole matrices</source>
        <translation>Las matrices completas</translation>
    </message>
    <message>
        <source>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + mask)</source>
        <translation>Q = X·W_Q,  K = X·W_K,  V = X·W_V,  S = Q·Kᵀ,  A = softmax(S / (T·√d_k) + máscara)</translation>
    </message>
    <message>
        <source>Every token does steps 2–8 at once: one row per token. The row and column of '%1' are outlined.</source>
        <translation>Cada token hace los pasos 2–8 a la vez: una fila por token. La fila y la columna de «%1» están resaltadas.</translation>
    </message>
    <message>
        <source>Q — queries</source>
        <translation>Q: consultas</translation>
    </message>
    <message>
        <source>V — values</source>
        <translation>V: valores</translation>
    </message>
    <message>
        <source>S = Q·Kᵀ — scores (rows: from, columns: to)</source>
        <translation>S = Q·Kᵀ: puntuaciones (filas: desde, columnas: hacia)</translation>
    </message>
    <message>
        <source>A — attention weights (each row sums to 1)</source>
        <translation>A: pesos de atención (cada fila suma 1)</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <source>“%1”: the designed %2 head links it to “%3”; Tiny BERT's closest head (layer %4, head %5) to “%6”.</source>
        <extracomment>%1 a word; %2 a designed head's name; %3 the word it links to; %4, %5 layer and head numbers; %6 a word</extracomment>
        <translation>«%1»: la cabeza diseñada %2 lo enlaza con «%3»; la cabeza más cercana de Tiny BERT (capa %4, cabeza %5), con «%6».</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>Model: designed heads ▾</source>
        <extracomment>the button that chooses the model; %1 its name</extracomment>
        <translation>Modelo: cabezas diseñadas ▾</translation>
    </message>
    <message>
        <source>Model: Tiny BERT (trained here) ▾</source>
        <translation>Modelo: Tiny BERT (entrenado aquí) ▾</translation>
    </message>
    <message>
        <source>Model: %1 ▾</source>
        <translation>Modelo: %1 ▾</translation>
    </message>
    <message>
        <source>Choose the model</source>
        <translation>Elegir el modelo</translation>
    </message>
    <message>
        <source>Designed heads (built in)</source>
        <translation>Cabezas diseñadas (incluidas)</translation>
    </message>
    <message>
        <source>Tiny BERT (trained here)</source>
        <translation>Tiny BERT (entrenado aquí)</translation>
    </message>
    <message>
        <source>Open model folder…</source>
        <translation>Abrir carpeta de modelo…</translation>
    </message>
    <message>
        <source>Curated sentences (built in)</source>
        <translation>Frases seleccionadas (incluidas)</translation>
    </message>
    <message>
        <source>Open sentence pack…</source>
        <extracomment>%1 is the title of the sentence pack in use</extracomment>
        <translation>Abrir paquete de frases…</translation>
    </message>
    <message>
        <source>Open sentence pack… (now: %1)</source>
        <translation>Abrir paquete de frases… (ahora: %1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>About Self-Attention Explorer</source>
        <translation>Acerca de Self-Attention Explorer</translation>
    </message>
    <message>
        <source>Open a model folder (config.json, model.safetensors, tokenizer files)</source>
        <translation>Abrir una carpeta de modelo (config.json, model.safetensors, archivos del tokenizador)</translation>
    </message>
    <message>
        <source>Open a sentence pack (see docs/sentence-packs.md)</source>
        <translation>Abrir un paquete de frases (ver docs/sentence-packs.md)</translation>
    </message>
    <message>
        <source>Sentence packs (*.json)</source>
        <translation>Paquetes de frases (*.json)</translation>
    </message>
    <message>
        <source>This cannot be opened</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>%1

What you had stays open.</source>
        <translation>%1

Lo que tenías sigue abierto.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ModelWorkspace</name>
    <message>
        <source>This model has no masked-word head: open Tiny BERT or another BERT masked-language model.</source>
        <translation>Este modelo no tiene cabeza de palabra oculta: abre Tiny BERT u otro modelo BERT de lenguaje enmascarado.</translation>
    </message>
    <message>
        <source>Put [MASK] where the model should guess a word.</source>
        <translation>Pon [MASK] donde el modelo deba adivinar una palabra.</translation>
    </message>
</context>
<context>
    <name>PatternActivity</name>
    <message>
        <source>Activity 2 · Linguistic analysis</source>
        <translation>Actividad 2 · Análisis lingüístico</translation>
    </message>
    <message>
        <source>For each pattern, open the sentence and tap the token you think receives the most attention. Your answers are recorded below with the model's.</source>
        <translation>Para cada patrón, abre la frase y toca el token que crees que recibe más atención. Tus respuestas se anotan abajo junto a las del modelo.</translation>
    </message>
    <message>
        <source>%1: which token does "%2" attend to most?</source>
        <extracomment>%1 pattern name, %2 the token</extracomment>
        <translation>%1: ¿a qué token atiende más «%2»?</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's answer, %3 its weight in %</extracomment>
        <translation>Correcto: el enlace más fuerte del modelo desde «%1» es «%2» (%3 %).</translation>
    </message>
    <message>
        <source>You chose "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %), marked ✓.</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's answer, %5 its weight in %</extracomment>
        <translation>Elegiste «%1» (%2 %); el enlace más fuerte del modelo desde «%3» es «%4» (%5 %), marcado con ✓.</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Your sentence</source>
        <translation>Tu frase</translation>
    </message>
    <message>
        <source>This note is about the %1 head; you are looking at %2.</source>
        <extracomment>%1 the head the sentence's note is about, %2 the head on screen</extracomment>
        <translation>Esta nota trata de la cabeza %1; estás viendo %2.</translation>
    </message>
    <message>
        <source>the average of all heads</source>
        <translation>la media de todas las cabezas</translation>
    </message>
    <message>
        <source>Show %1</source>
        <extracomment>%1 a head's name</extracomment>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>A trained model: its heads were learned from text, so none of them is guaranteed to follow a grammatical relation. Look through the layers and heads for one that links a pronoun to a noun, or each word to the one before it.</source>
        <translation>Un modelo entrenado: sus cabezas se aprendieron de textos, así que ninguna sigue con seguridad una relación gramatical. Busca en las capas y cabezas una que enlace un pronombre con un sustantivo, o cada palabra con la anterior.</translation>
    </message>
    <message>
        <source>Words get their features from the built-in lexicon, so the heads may misread an unusual sentence. Try the Coreference head on a pronoun, or the Subject–verb head on a verb.</source>
        <translation>Las palabras toman sus rasgos del léxico incluido, así que las cabezas pueden leer mal una frase poco habitual. Prueba la cabeza de correferencia con un pronombre o la de sujeto–verbo con un verbo.</translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <extracomment>%1 is a head's name, %2 what it looks for</extracomment>
        <translation>Cabeza %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is "All heads (average)", %2 what the average is</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PredictActivity</name>
    <message>
        <source>Activity 1 · Pattern discovery</source>
        <translation>Actividad 1 · Descubrir patrones</translation>
    </message>
    <message>
        <source>Open "%1" in the %2 head.</source>
        <translation>Abre «%1» en la cabeza %2.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Select "%1" — here or on the Explore page.</source>
        <translation>Selecciona «%1», aquí o en la página Explorar.</translation>
    </message>
    <message>
        <source>Predict: which token will "%1" attend to most? Tap your prediction.</source>
        <translation>Predice: ¿a qué token atenderá más «%1»? Toca tu predicción.</translation>
    </message>
    <message>
        <source>4. Reveal what the model computes</source>
        <translation>4. Descubrir lo que calcula el modelo</translation>
    </message>
    <message>
        <source>Right: the model's strongest link from "%1" is "%2" (%3 %).</source>
        <extracomment>%1 the token asked about, %2 the model's token, %3 its weight in %</extracomment>
        <translation>Correcto: el enlace más fuerte del modelo desde «%1» es «%2» (%3 %).</translation>
    </message>
    <message>
        <source>You predicted "%1" (%2 %); the model's strongest link from "%3" is "%4" (%5 %).</source>
        <extracomment>%1 the student's token, %2 its weight in %, %3 the token asked about, %4 the model's token, %5 its weight in %</extracomment>
        <translation>Predijiste «%1» (%2 %); el enlace más fuerte del modelo desde «%3» es «%4» (%5 %).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>See the arcs in Explore</source>
        <translation>Ver los arcos en Explorar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Open quiz pack…</source>
        <translation>Abrir paquete de cuestionario…</translation>
    </message>
    <message>
        <source>Open a quiz pack (see docs/quiz-packs.md)</source>
        <translation>Abrir un paquete de cuestionario (ver docs/quiz-packs.md)</translation>
    </message>
    <message>
        <source>Quiz packs (*.json)</source>
        <translation>Paquetes de cuestionario (*.json)</translation>
    </message>
    <message>
        <source>The quiz pack could not be used; the quiz stays as it was: %1</source>
        <extracomment>%1 is the error message naming the file and the problem</extracomment>
        <translation>No se pudo usar el paquete de cuestionario; el cuestionario sigue como estaba: %1</translation>
    </message>
    <message>
        <source>Question %1 of %2 · score %3 · best %4</source>
        <extracomment>%1 question number, %2 questions, %3 score, %4 best score</extracomment>
        <translation>Pregunta %1 de %2 · puntos %3 · récord %4</translation>
    </message>
    <message>
        <source>right answer: </source>
        <extracomment>read out before a quiz option once answered: the right answer, or the learner's wrong choice</extracomment>
        <translation>respuesta correcta: </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>tu respuesta, incorrecta: </translation>
    </message>
    <message>
        <source>Show the sentence</source>
        <translation>Mostrar la frase</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite — the answer is marked ✓.</source>
        <translation>No del todo: la respuesta está marcada con ✓.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>You scored %1 of %2. Best so far: %3.</source>
        <extracomment>%1 score, %2 number of questions, %3 best score</extracomment>
        <translation>Has obtenido %1 de %2. Tu mejor resultado: %3.</translation>
    </message>
    <message>
        <source>Review the ones you missed:</source>
        <translation>Repasa las que fallaste:</translation>
    </message>
    <message>
        <source>• %1
   Answer: %2. %3</source>
        <extracomment>%1 question, %2 the right answer, %3 why</extracomment>
        <translation>• %1
   Respuesta: %2. %3</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Borrar el progreso</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>No token selected.</source>
        <translation>Ningún token seleccionado.</translation>
    </message>
    <message>
        <source>'%1' (%2 %)</source>
        <extracomment>one target in the summary: token and percentage, e.g. 'cat' (41 %)</extracomment>
        <translation>«%1» (%2 %)</translation>
    </message>
    <message>
        <source>'%1' attends most to %2.</source>
        <extracomment>%1 is the selected token, %2 a list like 'cat' (41 %), 'mat' (20 %)</extracomment>
        <translation>«%1» atiende más a %2.</translation>
    </message>
</context>
<context>
    <name>SentenceMenu</name>
    <message>
        <source>Choose a sentence</source>
        <translation>Elegir una frase</translation>
    </message>
    <message>
        <source>Your sentences</source>
        <translation>Tus frases</translation>
    </message>
    <message>
        <source>Your own sentence…</source>
        <translation>Tu propia frase…</translation>
    </message>
    <message>
        <source>Type a sentence, e.g. The dog chased the ball because it was bored</source>
        <translation>Escribe una frase en inglés, p. ej. The dog chased the ball because it was bored</translation>
    </message>
    <message>
        <source>Your own sentence</source>
        <translation>Tu propia frase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>This text cannot be shown: %1.</source>
        <translation>Este texto no se puede mostrar: %1.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens. Words are looked up in a built-in lexicon; unknown words are guessed from their endings.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>Hasta %1 caracteres y %2 tokens. Las palabras se buscan en un léxico inglés incluido; las desconocidas se deducen por su terminación.</translation>
    </message>
    <message>
        <source>Up to %1 characters and %2 tokens; the model's own tokenizer splits words into sub-words it knows.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>Hasta %1 caracteres y %2 tokens; el tokenizador del propio modelo divide las palabras en subpalabras que conoce.</translation>
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
        <translation>Ajustes de softmax</translation>
    </message>
    <message>
        <source>Computing every layer of the model for this text…</source>
        <translation>Calculando todas las capas del modelo para este texto…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The example sentences stay in English: the model's word list is English.</source>
        <translation>Las frases de ejemplo siguen en inglés: la lista de palabras del modelo es inglesa.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Colores del mapa de calor</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis (for colour-blind readers)</source>
        <translation>Cividis (para daltónicos)</translation>
    </message>
    <message>
        <source>Greyscale (for printing)</source>
        <translation>Escala de grises (para imprimir)</translation>
    </message>
    <message>
        <source>Scale from 0 to 100 %</source>
        <translation>Escala de 0 a 100 %</translation>
    </message>
    <message>
        <source>Scale to each row's largest weight</source>
        <translation>Escala hasta el mayor peso de cada fila</translation>
    </message>
    <message>
        <source>From 0 to 100 %, rows can be compared; scaled to each row, the pattern of a long sentence shows where every weight is small.</source>
        <translation>De 0 a 100 %, las filas se pueden comparar; escalada por fila, el patrón de una frase larga se ve aunque todos los pesos sean pequeños.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change it from anywhere, Ctrl 0 sets it back to 100 %.</source>
        <translation>Ctrl + y Ctrl − la cambian desde cualquier sitio; Ctrl 0 la vuelve al 100 %.</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>For a projector: text at least 140 %, arcs twice as thick, and the softmax controls and notes a class does not need hidden.</source>
        <translation>Para un proyector: texto al menos al 140 %, arcos el doble de gruesos y ocultos los controles de softmax y las notas que una clase no necesita.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Arcs appear at once, without growing.</source>
        <translation>Los arcos aparecen de inmediato, sin crecer.</translation>
    </message>
    <message>
        <source>Restore the default settings</source>
        <translation>Restablecer los ajustes por defecto</translation>
    </message>
    <message>
        <source>Answers and quiz progress are kept</source>
        <translation>Se conservan las respuestas y el progreso del cuestionario</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Your settings file could not be read, so new settings were started; the old file was kept as %1.</source>
        <translation>No se pudo leer tu archivo de ajustes, así que se empezaron ajustes nuevos; el archivo anterior se guardó como %1.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read or moved aside, so nothing is saved until the app closes.</source>
        <translation>No se pudo leer ni apartar tu archivo de ajustes %1, así que no se guarda nada hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>Your settings file %1 cannot be read, so nothing is saved until the app closes.</source>
        <translation>No se puede leer tu archivo de ajustes %1, así que no se guarda nada hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>Progress cannot be saved: %1 is not writable. Answers and choices last until the app closes.</source>
        <translation>No se puede guardar el progreso: %1 no admite escritura. Las respuestas y elecciones duran hasta que se cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>SoftmaxControls</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Softmax temperature</source>
        <translation>Temperatura de la softmax</translation>
    </message>
    <message>
        <source>Left sharpens the attention, right flattens it</source>
        <translation>A la izquierda la atención se agudiza; a la derecha se aplana</translation>
    </message>
    <message>
        <source>Softmax temperature: left sharpens the attention, right flattens it</source>
        <translation>Temperatura de la softmax: a la izquierda la atención se agudiza; a la derecha se aplana</translation>
    </message>
    <message>
        <source>T = %1</source>
        <extracomment>T is the softmax temperature</extracomment>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Decoder: causal mask</source>
        <translation>Decodificador: máscara causal</translation>
    </message>
    <message>
        <source>Encoder: no mask</source>
        <translation>Codificador: sin máscara</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>Máscara causal</translation>
    </message>
    <message>
        <source>Decoder: each token sees only itself and earlier tokens</source>
        <translation>Decodificador: cada token solo se ve a sí mismo y a los anteriores</translation>
    </message>
    <message>
        <source>Encoder: every token sees every token</source>
        <translation>Codificador: cada token ve todos los tokens</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Temperature 1, no mask</source>
        <translation>Temperatura 1, sin máscara</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
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
        <translation>Actividad 3 · El experimento de la temperatura</translation>
    </message>
    <message>
        <source>With "%1" selected in the %2 head, move the temperature slider (on Explore or Inside the math) from 0.1 to 10 and watch the arcs and the entropy. At which temperature does "%1" focus on a single token?</source>
        <translation>Con «%1» seleccionado en la cabeza %2, mueve el control de temperatura (en Explorar o Dentro del cálculo) de 0,1 a 10 y observa los arcos y la entropía. ¿A qué temperatura se centra «%1» en un solo token?</translation>
    </message>
    <message>
        <source>Open the sentence with "%1" selected</source>
        <translation>Abrir la frase con «%1» seleccionado</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>Right.</source>
        <extracomment>%1 the token, %2 its row's entropy at the first temperature %3, %4 at the last temperature %5, in bits</extracomment>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
    <message>
        <source>The entropy of "%1"'s row is %2 bits at T = %3 and %4 bits at T = %5: dividing the scores by a small T stretches their differences, so the softmax puts nearly everything on the top token.</source>
        <translation>La entropía de la fila de «%1» es %2 bits con T = %3 y %4 bits con T = %5: dividir las puntuaciones por una T pequeña estira sus diferencias, así que la softmax pone casi todo en el primer token.</translation>
    </message>
</context>
<context>
    <name>TokenChoice</name>
    <message>
        <source>right answer: </source>
        <translation>respuesta correcta: </translation>
    </message>
    <message>
        <source>your answer, wrong: </source>
        <translation>tu respuesta, incorrecta: </translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>%1, selected</source>
        <translation>%1, seleccionado</translation>
    </message>
    <message>
        <source>%1, receives under 1 %</source>
        <translation>%1, recibe menos del 1 %</translation>
    </message>
    <message>
        <source>%1, receives %2 %</source>
        <translation>%1, recibe el %2 %</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens de la frase</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, seleccionado</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>Tokens of the sentence</source>
        <translation>Tokens de la frase</translation>
    </message>
    <message>
        <source>Select a token — tap, click, or Tab to it and press Enter — to see what it attends to.</source>
        <translation>Selecciona un token (tócalo, haz clic o llega con Tab y pulsa Intro) para ver a qué atiende.</translation>
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
        <translation>−∞ enmascarado</translation>
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
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a token of the sentence, %1 the word</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (token %2)</translation>
    </message>
    <message>
        <source>Which token does %1 attend to most?</source>
        <translation>¿A qué token atiende más %1?</translation>
    </message>
    <message>
        <source>%1, with %2 of its attention.</source>
        <extracomment>%1 the token, %2 its weight in percent</extracomment>
        <translation>%1, con el %2 de su atención.</translation>
    </message>
    <message>
        <source>Add up the weights in the row of %1. What do you get, and why?</source>
        <translation>Suma los pesos de la fila de %1. ¿Qué obtienes y por qué?</translation>
    </message>
    <message>
        <source>%1: softmax turns each row of scores into shares of the token's attention, and shares add up to 100 %.</source>
        <translation>%1: la softmax convierte cada fila de puntuaciones en partes de la atención del token, y las partes suman 100 %.</translation>
    </message>
    <message>
        <source>Which token receives the most attention in total (the column with the largest sum)?</source>
        <translation>¿Qué token recibe más atención en total (la columna con la mayor suma)?</translation>
    </message>
    <message>
        <source>%1: its column adds up to %2 of the %3 rows' attention.</source>
        <extracomment>%1 the token, %2 the column's sum, %3 the number of rows</extracomment>
        <translation>%1: su columna suma %2 de la atención de las %3 filas.</translation>
    </message>
    <message>
        <source>Why is every cell above the diagonal empty?</source>
        <translation>¿Por qué están vacías todas las celdas por encima de la diagonal?</translation>
    </message>
    <message>
        <source>The causal mask: a token may attend only to itself and the tokens before it, as when a model writes text one word at a time.</source>
        <translation>La máscara causal: un token solo puede atender a sí mismo y a los tokens anteriores, como cuando un modelo escribe texto palabra por palabra.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Darker cells: more attention.</source>
        <translation>Filas: el token que atiende (desde). Columnas: el token atendido (hacia). Celdas más oscuras: más atención.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Numbers: weight in percent; each row adds up to 100.</source>
        <translation>Filas: el token que atiende (desde). Columnas: el token atendido (hacia). Números: peso en porcentaje; cada fila suma 100.</translation>
    </message>
    <message>
        <source>Rows: the token that attends (from). Columns: the token attended to (to). Each row's weights add up to 100 %.</source>
        <translation>Filas: el token que atiende (desde). Columnas: el token atendido (hacia). Los pesos de cada fila suman 100 %.</translation>
    </message>
    <message>
        <source>Model: %1 · Head: %2</source>
        <extracomment>%1 model, %2 head</extracomment>
        <translation>Modelo: %1 · Cabeza: %2</translation>
    </message>
    <message>
        <source>Self-attention worksheet</source>
        <translation>Ficha de trabajo: autoatención</translation>
    </message>
    <message>
        <source>Name: ______________________________    Date: ______________</source>
        <translation>Nombre: ______________________________    Fecha: ______________</translation>
    </message>
    <message>
        <source>The sentence</source>
        <translation>La frase</translation>
    </message>
    <message>
        <source>Tokens: </source>
        <extracomment>the sentence's tokens, numbered</extracomment>
        <translation>Tokens: </translation>
    </message>
    <message>
        <source>The heatmap shows how much each token (row) attends to every token (column).</source>
        <translation>El mapa de calor muestra cuánto atiende cada token (fila) a cada token (columna).</translation>
    </message>
    <message>
        <source>Shade each row: which tokens do you expect this token to attend to? Darkest where you expect the most. Then compare with the app or the answer key.</source>
        <translation>Sombrea cada fila: ¿a qué tokens esperas que atienda este token? Más oscuro donde esperes más. Después compara con la aplicación o con las soluciones.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>Every number is computed by Self-Attention Explorer: A = softmax(Q·Kᵀ/√d_k). Attention weights show where a head looks, not why a model decides what it does.</source>
        <translation>Cada número lo calcula Self-Attention Explorer: A = softmax(Q·Kᵀ/√d_k). Los pesos de atención muestran adónde mira una cabeza, no por qué un modelo decide lo que decide.</translation>
    </message>
    <message>
        <source>%1: the sentence has no tokens</source>
        <translation>%1: la frase no tiene tokens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation>Self-Attention Explorer: mira cómo funciona la autoatención de los transformers, calculada de verdad.</translation>
    </message>
    <message>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation>Calcular la atención de INPUT.json (Q/K/V o X y pesos) y escribir cada resultado intermedio.</translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation>Escribir el resultado en FILE en vez de en la salida estándar.</translation>
    </message>
    <message>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation>Listar las frases seleccionadas: id, patrón, texto.</translation>
    </message>
    <message>
        <source>Use the sentence pack FILE instead of the built-in one (with --list-sentences, --export or the window).</source>
        <translation>Usar el paquete de frases FILE en lugar del incluido (con --list-sentences, --export o la ventana).</translation>
    </message>
    <message>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation>Mostrar los tokens y la matriz de atención de la frase ID.</translation>
    </message>
    <message>
        <source>With --export or --screenshot: analyse this text instead of a curated sentence.</source>
        <translation>Con --export o --screenshot: analizar este texto en lugar de una frase seleccionada.</translation>
    </message>
    <message>
        <source>One head by name (a checkpoint's by number, from 1), or "all" (the designed heads' average; every head of a checkpoint).</source>
        <translation>Una cabeza por nombre (la de un checkpoint por número, desde 1) o "all" (la media de las cabezas diseñadas; todas las cabezas de un checkpoint).</translation>
    </message>
    <message>
        <source>The model: "designed" (the built-in designed heads, the default) or a HuggingFace model folder (config.json, model.safetensors, tokenizer files) of a BERT or GPT-2 checkpoint.</source>
        <translation>El modelo: "designed" (las cabezas diseñadas incluidas, por defecto) o una carpeta de modelo de HuggingFace (config.json, model.safetensors, archivos del tokenizador) de un checkpoint de BERT o GPT-2.</translation>
    </message>
    <message>
        <source>With --model DIR: the layer, from 1, or "all".</source>
        <translation>Con --model DIR: la capa, desde 1, o "all".</translation>
    </message>
    <message>
        <source>With --model trained (or a BERT folder with its masked-word head): print the five most likely tokens for the [MASK] in TEXT, with their probabilities.</source>
        <translation>Con --model trained (o una carpeta BERT con su cabeza de palabra oculta): mostrar los cinco tokens más probables para el [MASK] de TEXT, con sus probabilidades.</translation>
    </message>
    <message>
        <source>Measure what each head of --model attends to over the curated sentences (or --pack): where each row's strongest link goes, and how often it links the same words as each designed head. A Markdown table, or JSON with --format json.</source>
        <translation>Medir a qué atiende cada cabeza de --model en las frases seleccionadas (o --pack): adónde va el enlace más fuerte de cada fila y con qué frecuencia enlaza las mismas palabras que cada cabeza diseñada. Una tabla Markdown, o JSON con --format json.</translation>
    </message>
    <message>
        <source>With --export: csv or json; with --head-statistics: markdown or json.</source>
        <translation>Con --export: csv o json; con --head-statistics: markdown o json.</translation>
    </message>
    <message>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation>Dibujar la ventana fuera de pantalla en OUT.png y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 390x844.</translation>
    </message>
    <message>
        <source>Open with the curated sentence ID.</source>
        <translation>Abrir con la frase seleccionada ID.</translation>
    </message>
    <message>
        <source>Open with token N (from 0) selected.</source>
        <translation>Abrir con el token N (desde 0) seleccionado.</translation>
    </message>
    <message>
        <source>light, dark or contrast (high contrast), for this window only (default: the theme chosen last).</source>
        <translation>light, dark o contrast (alto contraste), solo para esta ventana (por defecto: el último tema elegido).</translation>
    </message>
    <message>
        <source>Open on a page: explore, math, heads or learn.</source>
        <translation>Abrir en una página: explore, math, heads o learn.</translation>
    </message>
    <message>
        <source>Softmax temperature T from 0.1 (sharp) to 10 (flat).</source>
        <translation>Temperatura de la softmax T de 0.1 (nítida) a 10 (plana).</translation>
    </message>
    <message>
        <source>causal (a decoder: no looking ahead) or none (an encoder).</source>
        <translation>causal (un decodificador: sin mirar hacia delante) o none (un codificador).</translation>
    </message>
    <message>
        <source>Use the quiz pack FILE on the Learn page (see docs/quiz-packs.md).</source>
        <translation>Usar el paquete de cuestionario FILE en la página Aprender (ver docs/quiz-packs.md).</translation>
    </message>
    <message>
        <source>Write a printable worksheet (PDF, -o FILE.pdf) for sentence ID, or for --text: the sentence and its tokens, a grid to shade, questions answered from the computed matrix.</source>
        <translation>Escribir una ficha imprimible (PDF, -o FILE.pdf) de la frase ID, o de --text: la frase y sus tokens, una cuadrícula para sombrear y preguntas respondidas con la matriz calculada.</translation>
    </message>
    <message>
        <source>Write the teacher's handout as a PDF (-o FILE.pdf): a 45-minute lesson plan, how to read the matrix, and the table of attention patterns of the curated sentences (or --pack).</source>
        <translation>Escribir el material docente en PDF (-o FILE.pdf): un plan de clase de 45 minutos, cómo leer la matriz y la tabla de patrones de atención de las frases seleccionadas (o --pack).</translation>
    </message>
    <message>
        <source>With a worksheet: add the answer key page.</source>
        <translation>Con una ficha: añadir la página de soluciones.</translation>
    </message>
    <message>
        <source>With a worksheet: show the heatmap on the front page instead of an empty grid.</source>
        <translation>Con una ficha: mostrar el mapa de calor en la primera página en vez de una cuadrícula vacía.</translation>
    </message>
    <message>
        <source>With a worksheet: A4 or Letter (default: the one your region uses).</source>
        <translation>Con una ficha: A4 o Letter (por defecto: el que se usa en tu región).</translation>
    </message>
    <message>
        <source>all heads (average)</source>
        <translation>todas las cabezas (media)</translation>
    </message>
    <message>
        <source>Language of the window: en, de, es or fr (default: the one chosen in the settings, else the system's).</source>
        <translation>Idioma de la ventana: en, de, es o fr (por defecto: el elegido en los ajustes o, si no, el del sistema).</translation>
    </message>
</context>
</TS>
