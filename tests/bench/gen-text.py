#!/usr/bin/env python3
"""Writes a large, deterministic text dump for `make bench`: a page's
navigation, a title, byline and date, then paragraphs of mixed German and
English news prose with headings, captions with credits and quotes, until
the file reaches the asked size.

Usage: gen-text.py OUT [SIZE_BYTES]   (default 10 MB; seed fixed, so every
run writes the same bytes and timings compare across machines and commits)
"""

import random
import sys

WORDS_DE = ("der die das und nicht mit auf für ist Regierung Präsident "
            "Ministerium Zusammenarbeit Sanktionen Bericht Woche Mittwoch "
            "Bürgerinnen Straße Überblick Verhandlungen Entscheidung Grenze "
            "wirtschaftlich militärisch öffentlich sagte erklärte betonte "
            "Experten Land Länder Jahr Jahren gegen über nach vor zwischen "
            "Außenministerin Verbündeten Öffentlichkeit Staatschef").split()
WORDS_EN = ("the of and to in that for on with government president "
            "ministry cooperation sanctions report week Wednesday citizens "
            "street overview negotiations decision border economic military "
            "public said explained stressed experts country countries year "
            "years against over after before between ally officials").split()
NAMES = ["Anna Schmidt", "Leif-Eric Easley", "Yakov Zinberg", "María López",
         "Jürgen Weiß", "Kim Jong Un", "Olaf Müller", "Sarah O'Neill"]
CITIES = ["Berlin", "Seoul", "Tokio", "Moskau", "Washington", "Genf"]


def sentence(rng):
    words = WORDS_DE if rng.random() < 0.6 else WORDS_EN
    n = rng.randint(8, 24)
    s = " ".join(rng.choice(words) for _ in range(n))
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?", "!"])


def paragraph(rng):
    kind = rng.random()
    if kind < 0.15:
        quote = " ".join(sentence(rng) for _ in range(rng.randint(1, 2)))
        return '"%s", sagt %s in %s.' % (quote.rstrip(".?!"), rng.choice(NAMES),
                                         rng.choice(CITIES))
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))


def main():
    out = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10 * 1000 * 1000
    rng = random.Random(20230913)
    parts = ["  1. Zum Inhalt springen\n  2. Zur Hauptnavigation springen\n"
             "PolitikWelt\n",
             "Ein sehr langer Artikel für die Messung\n",
             "%s aus %s\n13. September 2023\n" % (rng.choice(NAMES), rng.choice(CITIES)),
             paragraph(rng) + "\n"]
    total = sum(len(p.encode()) for p in parts)
    while total < size:
        r = rng.random()
        if r < 0.05:
            p = " ".join(rng.choice(WORDS_DE).capitalize() for _ in range(rng.randint(2, 5))) + "\n"
        elif r < 0.08:
            p = "%s | %s\nBild: %s/dpa\n" % (rng.choice(CITIES), sentence(rng).rstrip(".?!"),
                                            rng.choice(NAMES))
        else:
            p = paragraph(rng) + "\n"
        parts.append(p)
        total += len(p.encode())
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
