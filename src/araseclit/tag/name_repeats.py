"""A person's full name written again in the same document names the same person.

The person finders read evidence around each occurrence (a title, a reporting verb, a
citation, a rare surname), and the same two words may have it in one sentence and not in
the next: ``ومن دراسة زهرة علي عن ...`` then ``وتلاحظ زهرة علي أن ...`` (علي is too common
to be read as a surname alone). A name of two words or more found once is evidence for its
other occurrences where no other mention holds any of their words, when it starts with a
given name of the measured list (``wordlists/given_names``): a phrase the finders took for a
name (``إدارة السجن``, ``مغني الراب`` in NTREX news) is not spread through the document.
"""

from __future__ import annotations

from araseclit.tag.lexicon import load_word_list

#: fewest words of a name whose repeats are read: one word alone (سلام, جمعة) is often an
#: ordinary word, and tag.persons reads lone surnames with evidence of their own
MIN_WORDS = 2


def repeatable_names(norms: list[str], names: list[tuple[int, int]]) -> set[tuple[str, ...]]:
    """The names of ``names`` (spans of ``norms``) whose repeats are read: two words or
    more, starting with a measured given name."""
    given = load_word_list("given_names")
    return {
        tuple(norms[s:e])
        for s, e in names
        if e - s >= MIN_WORDS and norms[s].removeprefix("و") in given
    }


def repeated_names(
    norms: list[str],
    names: list[tuple[int, int]],
    taken: set[int],
    elsewhere: frozenset[tuple[str, ...]] = frozenset(),
) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of other occurrences of the names ``names`` (spans of
    ``norms``, normalised tokens) whose tokens are all outside ``taken`` (other mentions,
    the names themselves included); ``elsewhere``: :func:`repeatable_names` found in the rest of
    the document (a chunk of a long one sees one part of it)."""
    wanted = repeatable_names(norms, names) | elsewhere
    if not wanted:
        return []
    firsts = {name[0] for name in wanted}
    out: list[tuple[int, int]] = []
    for p, norm in enumerate(norms):
        if norm not in firsts:
            continue
        for name in wanted:
            end = p + len(name)
            if tuple(norms[p:end]) == name and taken.isdisjoint(range(p, end)):
                out.append((p, end))
    return out
