"""Attributed claims: which sentences assert something, of what type, hedged or not, and on
whose authority; quantities; corpus-level claim graph and co-occurrence tables.

>>> from araseclit.claims import find_claims
>>> text = "ويؤكد بوزان أن الأمن لا يقتصر على البعد العسكري."
>>> [(c["claim_type"], c["attributed_to"]) for c in find_claims(text, [(0, len(text), "s0")], [], [])]
[('empirical', 'بوزان')]
"""

from araseclit.claims.detect import CLAIM_FIELDS, claim_type, find_claims, is_hedged
from araseclit.claims.lexicon import CLAIM_TYPES, ClaimCues, load_cues
from araseclit.claims.quantities import find_quantities

__all__ = [
    "CLAIM_FIELDS",
    "CLAIM_TYPES",
    "ClaimCues",
    "claim_type",
    "find_claims",
    "find_quantities",
    "is_hedged",
    "load_cues",
]
