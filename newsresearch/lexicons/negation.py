"""The negator word lists, in one place.

Three rules negate a matched word today, each with its own list; all three live
here so that the difference is visible and deliberate:

* :data:`FRAME_NEGATORS`: :func:`newsresearch.frames` drops a frame hit that one
  of these words (or a word ending in ``n't``) precedes within three word tokens
  with no punctuation in between, unless the negator is followed by ``only`` or
  ``just`` (:data:`NOT_NEGATING_NEXT`: "not only", "not just" add, they do not
  negate). A deliberately short list: a denial such as "nothing to do with the
  economy" still invokes the frame, "did not blame" does not.
* :data:`DICTIONARY_NEGATORS`: a sentiment :class:`~newsresearch.sentiment.Dictionary`
  without Lexicoder negation keys turns a positive word preceded (same sentence,
  within ``negation_window`` words) by one of these, or by a word ending in
  ``n't``, into a negative one. The frame list plus the quantifier and adverb
  negators of VADER and Lexicoder (``none``, ``nobody``, ``nothing``,
  ``nowhere``, ``hardly``, ``barely``, ``scarcely``): "hardly good" is not
  praise.
* :data:`TARGET_NEGATORS`: a feature of the shipped target-sentiment model; it
  must keep producing the features the model was trained on, so it is frozen as
  it was (exact token membership, contracted forms listed, curly apostrophes
  included, ``lack``/``lacks``/``lacked`` in, ``nowhere``/``scarcely`` out).
  Change it only together with retraining the model.

Examples
--------
>>> DICTIONARY_NEGATORS - FRAME_NEGATORS == {
...     "none", "nobody", "nothing", "nowhere", "hardly", "barely", "scarcely", "n't"}
True
>>> is_negator("didn't", FRAME_NEGATORS), is_negator("nothing", FRAME_NEGATORS)
(True, False)
"""

from __future__ import annotations

__all__ = [
    "DICTIONARY_NEGATORS",
    "FRAME_NEGATORS",
    "NEGATION_WINDOW",
    "NEGATOR_SUFFIX",
    "NOT_NEGATING_NEXT",
    "TARGET_NEGATORS",
    "is_negator",
]

#: Words before a matched term (in word tokens) that a negator may stand.
NEGATION_WINDOW = 3
#: Any word ending in this negates (didn't, isn't, can't, ...), in the frame and dictionary rules.
NEGATOR_SUFFIX = "n't"
#: Negators of frame hits (see the module notes for why the list is short).
FRAME_NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot"})
#: A negator followed by one of these does not negate (frame rule): "not only", "not just".
NOT_NEGATING_NEXT = frozenset({"only", "just"})
#: Negators of a positive dictionary word (sentiment dictionaries without negation keys).
DICTIONARY_NEGATORS = FRAME_NEGATORS | frozenset(
    "none nobody nothing nowhere hardly barely scarcely n't".split()
)
_TARGET = frozenset(
    "not no never nor neither none nobody nothing without cannot hardly barely lack lacks "
    "lacked isn't wasn't aren't weren't don't doesn't didn't won't wouldn't can't couldn't "
    "shouldn't hasn't haven't hadn't ain't n't".split()
)
#: Negators seen by the target-sentiment model's features (frozen with the trained model).
TARGET_NEGATORS = _TARGET | {w.replace("'", "’") for w in _TARGET}


def is_negator(word: str, negators: frozenset[str]) -> bool:
    """True when lower-cased *word* is in *negators* or ends in ``n't``.

    Examples
    --------
    >>> is_negator("couldn't", FRAME_NEGATORS)
    True
    """
    return word in negators or word.endswith(NEGATOR_SUFFIX)
