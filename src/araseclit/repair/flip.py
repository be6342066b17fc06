"""Words reversed one by one (pypdfium2 on some PDFs): which to turn round, learnt from the
document itself.

Such extractions keep the words of a line in logical order but give some words letter by
letter backwards (``نمألا`` for ``الأمن``, ``يف`` for ``في``), always the same form for the
same word, so counting forms cannot tell which is right. Arabic spelling can: ``ة`` and
``ى`` only end a word, the article opens it, and letter pairs are far from symmetric. A letter
bigram model (with word-boundary symbols) is trained on the words whose direction their shape
already shows (:func:`araseclit.repair.detect.word_direction`), used to judge the rest, and
retrained on all words once; a word is turned round when its reverse is clearly likelier.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from araseclit.repair import patterns as P
from araseclit.repair.detect import word_direction

# tanween fath and alef ending a word, which such extractions leave at the end of a reversed
# word (raw): "لعافًا" for "فاعلًا"
_TANWEEN_ALEF = re.compile("\u064bا$")
# an Arabic letter with the marks that follow it: "دّ"
_CLUSTER = re.compile(f"[{P.ARABIC_LETTER}\u0640][{P.ARABIC_MARK}]*|.")
_MARKS = re.compile(f"[{P.ARABIC_MARK}\u0640]")
#: log odds (beyond the document's share of backward words) a word needs to be turned round;
#: below zero because the model learns from nouns whose shape shows their direction (article,
#: final ta marbuta) and so underrates the backward reading of the verbs and short words it
#: judges (on the sample Chromium/pypdfium2 extractions: 449 -> 374 of 5057 words wrong)
MARGIN = -1.5
#: rounds of judging all words and retraining on them
ROUNDS = 2


def flip_word(word: str) -> str:
    """``نمألا`` -> ``الأمن``: letters reversed, each keeping its marks; a final ``ًا`` stays."""
    m = _TANWEEN_ALEF.search(word)
    stem, tail = (word[: m.start()], m.group()) if m and m.start() > 0 else (word, "")
    return "".join(reversed(_CLUSTER.findall(stem))) + tail


# Persian letters that stand where Arabic writes its own (``رضایی``, ``کاظمی``): one letter to
# the model, which otherwise sees them too seldom to judge a Persian name's direction
_PERSIAN_AS_ARABIC = str.maketrans("\u06cc\u06a9", "\u064a\u0643")


def _letters(word: str) -> str:
    return _MARKS.sub("", word).translate(_PERSIAN_AS_ARABIC)


class LetterModel:
    """Letter trigrams with ``^``/``$`` word boundaries, Witten-Bell interpolated down through
    bigrams and single letters to a uniform guess."""

    ORDER = 3

    def __init__(self, words: Iterable[tuple[str, int]]) -> None:
        self.grams: Counter[str] = Counter()  # "abc" for every order up to ORDER
        self.contexts: Counter[str] = Counter()  # how often "ab" was a context
        letters: set[str] = set()
        pad = "^" * (self.ORDER - 1)
        for word, n in words:
            s = f"{pad}{word}$"
            letters.update(s)
            for i in range(self.ORDER - 1, len(s)):
                for k in range(self.ORDER):
                    self.grams[s[i - k : i + 1]] += n
                    self.contexts[s[i - k : i]] += n
        self.size = len(letters) + 1
        self.kinds: Counter[str] = Counter(g[:-1] for g in self.grams)

    def _p(self, context: str, letter: str) -> float:
        p = 1.0 / self.size
        for k in range(len(context) + 1):
            ctx = context[len(context) - k :]
            seen, kinds = self.contexts[ctx], self.kinds[ctx]
            if seen:
                p = (self.grams[ctx + letter] + kinds * p) / (seen + kinds)
        return p

    def logp(self, word: str) -> float:
        """Log-likelihood of ``word`` (letters only)."""
        n = self.ORDER
        s = "^" * (n - 1) + word + "$"
        return sum(math.log(self._p(s[i - n + 1 : i], s[i])) for i in range(n - 1, len(s)))


#: Arabic function words and the commonest short words: a closed class, so a fixed list
FUNCTION_WORDS = frozenset(
    """في من إلى على عن مع بعد قبل بين حتى منذ عند غير دون ضد حول عبر خلال لدى أن إن لا ولا ما لم
    لن قد بل ثم أو أم كما مثل حيث كيف هذا هذه ذلك تلك هو هي هم هن نحن أي التي الذي الذين كان
    كانت يكن تكن وقد وفي ومن وما ولم فقد لقد إذ إذا لو لكن عام عامي أيضا فقط""".split()
)
_REVERSED_FUNCTION_WORDS = frozenset(w[::-1] for w in FUNCTION_WORDS) - FUNCTION_WORDS


def _shape_says(word: str) -> bool | None:
    """True: the shape says backwards, False: forwards, None: it does not say."""
    if word in FUNCTION_WORDS:
        return False
    if word in _REVERSED_FUNCTION_WORDS:
        return True
    back, fwd = word_direction(word)
    if back >= 1 and fwd == 0:
        return True
    if fwd >= 1 and back == 0:
        return False
    return None


def learn_flips(words: Iterable[str]) -> set[str]:
    """The word forms of a document (as extracted) that read backwards."""
    counts = Counter(w for w in words if len(_letters(w)) >= 2)
    letters = {w: _letters(w) for w in counts}
    # the word turned round as flip_word turns it (a final "ًا" stays at the end)
    turned = {w: _letters(flip_word(w)) for w in counts}
    known = {w: s for w in counts if (s := _shape_says(letters[w])) is not None}
    back = sum(counts[w] for w, b in known.items() if b) + 1
    prior = math.log(back / (sum(counts[w] for w in known) + 2 - back))  # log odds of backwards
    judged = dict(known)
    for _ in range(ROUNDS):
        model = LetterModel(
            (turned[w] if back else letters[w], counts[w]) for w, back in judged.items()
        )
        judged = dict(known)
        for w in counts:
            if w not in known:
                gain = model.logp(turned[w]) - model.logp(letters[w])
                judged[w] = gain + prior > MARGIN
    return {w for w, back in judged.items() if back}


def flip_words(line: str, flips: set[str]) -> str:
    """Turn round the words of ``line`` that :func:`learn_flips` found backwards."""
    return P.ARABIC_RUN.sub(
        lambda m: flip_word(m.group()) if m.group() in flips else m.group(), line
    )
