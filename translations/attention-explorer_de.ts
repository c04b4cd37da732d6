<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Self-Attention Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="40"/>
        <source>Head: %1 — rows attend to columns; each row sums to 100 %</source>
        <extracomment>%1 is the name of an attention head, e.g. &quot;Coreference&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Self-Attention Explorer: see how transformer self-attention works, computed for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Compute attention for INPUT.json (Q/K/V or X and weights) and write every intermediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>Render the window offscreen to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>List the curated sentences: id, pattern, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="72"/>
        <source>Use the sentence pack FILE instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Print the tokens and attention matrix of sentence ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>With --export: analyse this text instead of a curated sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>With --export: one head by name, or &quot;all&quot; for the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>With --export: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
