"""Which words of two to four answers differ from the others (the compare view's highlight).

Pure. ``word_diff`` splits each text into tokens: words (letters, digits and ``_``, with inner
apostrophes, as in "don't") and the runs of everything else between them (spaces, punctuation,
line breaks). Joining a text's tokens gives the text back exactly.

A word is *shared* when it lies in a matching block against at least one other text: the texts
are compared pairwise, in order, as word sequences (case-insensitive), the way ``difflib`` finds
the longest common runs. Every other word *differs*. A run between words differs only when the
words on both sides of it differ (at the start or end of a text, the one neighbour decides), so a
highlight covers a whole changed phrase and never a lone space. With a single text, nothing
differs.

Speed: answers are first aligned by sentence (cheap: sentences rarely repeat), and only the
stretches that do not match as whole sentences are compared word by word. Four answers of 2,000
words take a few tens of milliseconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import pairwise

Token = tuple[str, bool]  # (text, differs)

_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w]+")
_SENTENCE_END_RE = re.compile(r"[.!?…:;]|\n")
_COMMON_FROM = 200  # words; below this, every word may start a match


def tokenize(text: str) -> list[str]:
    """Words and the runs between them; ``"".join(tokenize(t)) == t``."""
    return _TOKEN_RE.findall(text)


def word_diff(texts: Sequence[str]) -> list[list[Token]]:
    """For each text, its tokens with a flag: True where the token differs from the others."""
    tokens = [tokenize(text) for text in texts]
    is_word = [[_is_word(token) for token in row] for row in tokens]
    words = [
        [token.casefold() for token, word in zip(row, flags, strict=True) if word]
        for row, flags in zip(tokens, is_word, strict=True)
    ]
    shared = [[len(texts) < 2] * len(row) for row in words]
    sentences = [
        _sentences(row, toks, flags)
        for row, toks, flags in zip(words, tokens, is_word, strict=True)
    ]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            _mark_pair(words[i], words[j], sentences[i], sentences[j], shared[i], shared[j])
    return [
        _flag_tokens(row, flags, marks)
        for row, flags, marks in zip(tokens, is_word, shared, strict=True)
    ]


def _is_word(token: str) -> bool:
    return token[:1].isalnum() or token[:1] == "_"


def _sentences(words: list[str], tokens: list[str], is_word: list[bool]) -> list[int]:
    """Start indexes (into ``words``) of each sentence, plus ``len(words)`` at the end."""
    starts = [0]
    count = 0
    for token, word in zip(tokens, is_word, strict=True):
        if word:
            count += 1
        elif count > starts[-1] and _SENTENCE_END_RE.search(token):
            starts.append(count)
    if starts[-1] != len(words):
        starts.append(len(words))
    return starts


def _mark_pair(
    a: list[str],
    b: list[str],
    a_starts: list[int],
    b_starts: list[int],
    a_shared: list[bool],
    b_shared: list[bool],
) -> None:
    a_sent = [tuple(a[s:e]) for s, e in pairwise(a_starts)]
    b_sent = [tuple(b[s:e]) for s, e in pairwise(b_starts)]
    matcher = SequenceMatcher(None, a_sent, b_sent, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a_lo, a_hi = a_starts[i1], a_starts[i2] if i2 < len(a_starts) else len(a)
        b_lo, b_hi = b_starts[j1], b_starts[j2] if j2 < len(b_starts) else len(b)
        if tag == "equal":
            a_shared[a_lo:a_hi] = [True] * (a_hi - a_lo)
            b_shared[b_lo:b_hi] = [True] * (b_hi - b_lo)
        elif a_hi > a_lo and b_hi > b_lo:
            _mark_words(a, b, (a_lo, a_hi), (b_lo, b_hi), a_shared, b_shared)


def _mark_words(
    a: list[str],
    b: list[str],
    a_range: tuple[int, int],
    b_range: tuple[int, int],
    a_shared: list[bool],
    b_shared: list[bool],
) -> None:
    a_lo, a_hi = a_range
    b_lo, b_hi = b_range
    a_part, b_part = a[a_lo:a_hi], b[b_lo:b_hi]
    common = _common_words(b_part)
    # Common words ("the") are "junk" to difflib: they never start a match (which keeps this
    # fast on long answers) but still join the matches next to them. difflib's own autojunk
    # is off: it would never match a common word at all.
    matcher = SequenceMatcher(common.__contains__, a_part, b_part, autojunk=False)
    for i, j, n in matcher.get_matching_blocks():
        if n:
            a_shared[a_lo + i : a_lo + i + n] = [True] * n
            b_shared[b_lo + j : b_lo + j + n] = [True] * n


def _common_words(words: list[str]) -> set[str]:
    """Words making up more than 1% of a long stretch (the same rule as difflib's autojunk)."""
    if len(words) < _COMMON_FROM:
        return set()
    counts = Counter(words)
    limit = len(words) // 100 + 1
    return {word for word, count in counts.items() if count > limit}


def _flag_tokens(tokens: list[str], is_word: list[bool], shared: list[bool]) -> list[Token]:
    """Words differ when not shared; a run between words when its neighbours both differ."""
    word_flags = iter([not mark for mark in shared])
    flags: list[bool | None] = [next(word_flags) if word else None for word in is_word]
    before: bool | None = None
    previous: list[bool | None] = []
    for flag in flags:
        previous.append(before)
        before = flag if flag is not None else before
    after: bool | None = None
    out: list[Token] = []
    for position in range(len(tokens) - 1, -1, -1):
        flag = flags[position]
        if flag is None:
            sides = [side for side in (previous[position], after) if side is not None]
            out.append((tokens[position], bool(sides) and all(sides)))
        else:
            out.append((tokens[position], flag))
            after = flag
    out.reverse()
    return out


# A sentence runs to its end mark (and any closing quotes or brackets) before a space, or to a
# line break; what lies between sentences (spaces, line breaks) is never marked. A run of end
# marks is tried once, from its first mark and without giving any back (the look-behind and
# the possessive quantifiers): otherwise a long run of dots before a letter takes quadratic time.
_SENTENCE_RE = re.compile(r"[^\n]*?(?:(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s|$)|(?=\n)|$)")
_SPACE_RE = re.compile(r"\s+")


def sentences(text: str) -> list[str]:
    """Sentences and the spaces between them; ``"".join(sentences(t)) == t``."""
    out: list[str] = []
    at = 0
    while at < len(text):
        space = _SPACE_RE.match(text, at)
        if space:
            out.append(space.group())
            at = space.end()
            continue
        match = _SENTENCE_RE.match(text, at)
        end = match.end() if match and match.end() > at else len(text)
        out.append(text[at:end])
        at = end
    return out


def sentence_diff(texts: Sequence[str]) -> list[list[Token]]:
    """For each text, its sentences (and the spaces between) with a flag: True for a sentence
    no other text has (the same words, whatever the case and spacing). With a single text,
    nothing differs."""
    split = [sentences(text) for text in texts]
    keys = [{_sentence_key(s) for s in row if not s.isspace()} for row in split]
    out: list[list[Token]] = []
    for i, row in enumerate(split):
        others: set[str] = set().union(*(k for j, k in enumerate(keys) if j != i))
        out.append(
            [
                (s, len(texts) > 1 and not s.isspace() and _sentence_key(s) not in others)
                for s in row
            ]
        )
    return out


def _sentence_key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())
