#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Self-Attention Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes wordnet-lexicon.tsv, the open-class part of the lexicon, from Princeton WordNet 3.0.

Needs Debian's wordnet-base (/usr/share/wordnet). Each line: word TAB readings, most frequent first.
Readings: n:h (noun, a person), n:a (noun, an animal), n:t (noun, anything else), v (verb), a (adjective),
r (adverb); ":pl" marks an irregular plural noun form (from noun.exc). Every adjective and adverb is kept (WordNet
tags few of them: "shy" has no tagged adjective sense); a noun or verb is kept when WordNet has a sense-tagged use of
it, or when its first noun sense is a person or an animal (by WordNet's lexicographer files and hypernyms) (so
animacy is known) — except an untagged noun that is a regular -ed/-ing form of a verb ("chased"). A word keeps every
class it has; the analyser chooses one by context.

    python3 resources/lexicon/make_wordnet_lexicon.py /usr/share/wordnet > resources/lexicon/wordnet-lexicon.tsv
"""
import re
import sys

WORD = re.compile(r"^[a-z]+(-[a-z]+)?$")
LEX_PERSON, LEX_ANIMAL = 18, 5  # lexicographer files noun.person and noun.animal


def read_index(root, pos):
    """lemma → (tagged sense count, first synset offset)."""
    out = {}
    with open(f"{root}/index.{pos}", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, p_cnt = fields[0], int(fields[3])
            tagged = int(fields[5 + p_cnt])
            first = fields[6 + p_cnt]
            out[lemma] = (tagged, first)
    return out


PERSON, ANIMAL = "00007846", "00015388"  # person.n.01 and animal.n.01


def noun_synsets(root):
    """synset offset → (lexicographer file number, hypernym offsets)."""
    out = {}
    with open(f"{root}/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            w_cnt = int(fields[3], 16)
            p_at = 4 + 2 * w_cnt
            p_cnt = int(fields[p_at])
            pointers = [fields[p_at + 1 + 4 * i: p_at + 5 + 4 * i] for i in range(p_cnt)]
            out[fields[0]] = (int(fields[1]), [p[1] for p in pointers if p[0] in ("@", "@i")])
    return out


def animacy(synsets, offset):
    """"h" for a person, "a" for an animal, "t" otherwise: by lexicographer file, then up the hypernyms."""
    seen, todo = set(), [offset]
    while todo:
        o = todo.pop()
        if o in seen or o not in synsets:
            continue
        seen.add(o)
        lex, hypernyms = synsets[o]
        if o == PERSON or lex == LEX_PERSON:
            return "h"
        if o == ANIMAL or lex == LEX_ANIMAL:
            return "a"
        todo.extend(hypernyms)
    return "t"


def verb_form(word, verbs):
    """true if word is a regular -ed or -ing form of a verb lemma ("chased", "running")."""
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs):
                return True
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    index = {pos: read_index(root, pos) for pos in ("noun", "verb", "adj", "adv")}
    synsets = noun_synsets(root)

    def noun_code(lemma):
        return "n:" + animacy(synsets, index["noun"][lemma][1])

    codes = {"noun": noun_code, "verb": lambda _: "v", "adj": lambda _: "a", "adv": lambda _: "r"}
    entries = {}
    for pos, table in index.items():
        for lemma, (tagged, _) in table.items():
            if not WORD.match(lemma):
                continue
            code = codes[pos](lemma)
            if tagged == 0 and code not in ("n:h", "n:a", "a", "r"):
                continue
            if tagged == 0 and pos == "noun" and verb_form(lemma, index["verb"]):
                continue
            # "cows" is also a WordNet lemma; as an untagged lemma it would hide the regular plural of "cow"
            if tagged == 0 and pos == "noun" and lemma.endswith("s") and (lemma[:-1] in table or lemma[:-2] in table):
                continue
            entries.setdefault(lemma, []).append((tagged, code))

    # Irregular plurals and verb forms, so "children" and "ran" are known.
    for exc, suffix in (("noun", ":pl"), ("verb", ""), ("adj", "")):
        with open(f"{root}/{exc}.exc", encoding="latin-1") as f:
            for line in f:
                form, lemma = line.split()[:2]
                if not WORD.match(form) or lemma not in entries:
                    continue
                base = [c for _, c in sorted(entries[lemma], key=lambda e: -e[0])]
                wanted = {"noun": "n", "verb": "v", "adj": "a"}[exc]
                picked = [c for c in base if c.startswith(wanted)]
                if picked:
                    # an irregular form ("bit" of "bite") goes first, before any lemma of the same spelling
                    known = [e for e in entries.get(form, []) if not e[1].startswith(wanted)]
                    entries[form] = [(10 ** 6, picked[0] + suffix)] + known

    print("# Open-class words from Princeton WordNet 3.0 (see WORDNET-LICENSE), generated by make_wordnet_lexicon.py.")
    print("# word<TAB>readings, most frequent first: n:h person noun, n:a animal noun, n:t other noun, v, a, r; :pl plural")
    for lemma in sorted(entries):
        readings = []
        for _, code in sorted(entries[lemma], key=lambda e: -e[0]):
            if code not in readings:
                readings.append(code)
        print(f"{lemma}\t{' '.join(readings)}")


if __name__ == "__main__":
    main()
