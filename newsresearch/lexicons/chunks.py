"""Whitespace-separated chunks of text and their token codes, for :mod:`.matcher`.

:class:`ChunkTable` gives each chunk seen an id and keeps its token codes end to
end, so that a text's codes are one numpy gather from its chunk ids.
:class:`ChunkIndex` finds the ids of all the chunks of many texts at once, in
numpy: 64-bit hashes of the chunks in an open-addressing table, every hit checked
character by character (so the ids are exact); chunks it does not find are looked
up as strings by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

import numpy as np

__all__ = ["ChunkIndex", "ChunkTable", "code_points", "is_space"]


class ChunkTable:
    """Whitespace-separated chunks seen so far: an id per chunk and its token codes.

    The codes of all chunks are kept end to end (``flat``), chunk ``i``'s from
    ``offsets[i]`` to ``offsets[i + 1]``, so that the codes of a text are found
    from its chunk ids by one numpy gather (:meth:`expand`) instead of a Python
    pass over every token. The table only grows; a matcher starts a new one when
    it is full, and a batch keeps the table it started with.

    Examples
    --------
    >>> t = ChunkTable()
    >>> t.add("voss,", (7, 2)), t.add("left", (5,))
    (0, 1)
    >>> t.expand(np.asarray([1, 0, 1])).tolist()
    [5, 7, 2, 5]
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.flat: list[int] = []
        self.offsets: list[int] = [0]
        self._arrays: tuple[int, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._index: ChunkIndex | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_index"} | {"_index": None}

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, chunk: str, codes: Sequence[int]) -> int:
        """The id of a new *chunk* whose token codes are *codes* (call under the matcher's lock)."""
        found = self.ids.get(chunk)
        if found is not None:
            return found
        self.flat.extend(codes)
        self.offsets.append(len(self.flat))
        cid = self.ids[chunk] = len(self.offsets) - 2
        return cid

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``flat``, the chunks' start offsets and their code counts, as arrays (kept until
        the table grows)."""
        kept, n = self._arrays, len(self.offsets)
        if kept is None or kept[0] != n:
            offsets = np.asarray(self.offsets[:n], dtype=np.int64)
            flat = np.asarray(self.flat[: offsets[-1]], dtype=np.int64)
            kept = self._arrays = (n, flat, offsets[:-1], np.diff(offsets))
        return kept[1], kept[2], kept[3]

    def expand(self, ids: np.ndarray) -> np.ndarray:
        """The token codes of the chunks *ids*, in order (one gather)."""
        flat, starts, lengths = self.arrays()
        counts = lengths[ids]
        total = int(counts.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64)
        # position k of chunk j's codes: starts[j] + (k - where chunk j begins in the output)
        shift = np.repeat(starts[ids] - (np.cumsum(counts) - counts), counts)
        return flat[shift + np.arange(total)]

    def index(self) -> ChunkIndex:
        """The :class:`ChunkIndex` of the chunks added so far (call under the matcher's lock)."""
        if self._index is None:
            self._index = ChunkIndex()
        self._index.sync(self.ids)
        return self._index


#: Code points up to which white space is looked up in :data:`_SPACE` (none is above).
_SPACE_LIMIT = 0x3001
#: Whether each code point below :data:`_SPACE_LIMIT` is white space to ``str.split()``
#: (the last entry, for every code point from the limit on, is False).
_SPACE = np.asarray([chr(c).isspace() for c in range(_SPACE_LIMIT)] + [False])


def is_space(chars: np.ndarray) -> np.ndarray:
    """Whether each code point in *chars* is white space, as ``str.split()`` splits on.

    Examples
    --------
    >>> is_space(code_points("a\\u3000b\\tc")).tolist()
    [False, True, False, True, False]
    """
    return _SPACE.take(chars, mode="clip")


_HASH_BASE = 0x9E3779B97F4A7C15  # odd: invertible modulo 2**64
_HASH_LENGTH = np.uint64(0xC2B2AE3D27D4EB4F)
#: Powers of the hash base and of its inverse modulo 2**64 are kept up to this many.
_POWERS_KEPT = 1 << 21
_POWERS = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``B ** k`` and ``B ** -k`` modulo 2**64 (B the hash base) for k < *n* (at least)."""
    global _POWERS
    if len(_POWERS[0]) >= n:
        return _POWERS
    size = max(n, min(2 * len(_POWERS[0]), _POWERS_KEPT))
    out = []
    for base in (_HASH_BASE, pow(_HASH_BASE, -1, 1 << 64)):
        steps = np.full(size, base, dtype=np.uint64)
        steps[0] = 1
        out.append(np.cumprod(steps))  # integer overflow wraps: modulo 2**64
    if size <= _POWERS_KEPT:
        _POWERS = (out[0], out[1])
    return out[0], out[1]


def _chunk_hashes(chars: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each chunk ``chars[starts[k]:ends[k]]`` (code points), which does
    not depend on where the chunk is: a polynomial in the base over its code points, from
    prefix sums, times the inverse power at its start; then mixed with its length.

    Examples
    --------
    >>> chars = np.frombuffer("ab ab".encode("utf-32-le"), dtype=np.uint32)
    >>> h = _chunk_hashes(chars, np.asarray([0, 3, 0]), np.asarray([2, 5, 1]))
    >>> bool(h[0] == h[1]), bool(h[0] == h[2])
    (True, False)
    """
    n = len(chars)
    up, down = _powers(n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum(np.multiply(chars, up[:n], dtype=np.uint64), out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * down[starts]
    return hashes * _HASH_LENGTH + (ends - starts).astype(np.uint64)


class ChunkIndex:
    """The chunks of a :class:`ChunkTable` as arrays, to look many chunks up at once.

    Each chunk's code points are kept end to end (``chars``) and its 64-bit hash
    (:func:`_chunk_hashes`) in an open-addressing table. :meth:`find` hashes the chunks
    of a text in numpy, looks each hash up, then compares the chunk's characters with
    those of the chunk found: an id is only given to an equal string, so the ids are
    exact whatever the hashes (a chunk not found, or colliding, gets -1 and is looked up
    as a string).

    Examples
    --------
    >>> index = ChunkIndex()
    >>> index.sync({"voss,": 0, "left": 1})
    >>> chars = np.frombuffer("left voss, right".encode("utf-32-le"), dtype=np.uint32)
    >>> word = chars != ord(" ")
    >>> index.find(chars, np.asarray([0, 5, 11]), np.asarray([4, 10, 16]), word).tolist()
    [1, 0, -1]
    """

    def __init__(self) -> None:
        # The arrays below grow by doubling; only the first count (n_chars) entries count.
        self.count = 0
        self.n_chars = 0
        self.chars = np.zeros(0, dtype=np.uint32)
        self.starts = np.zeros(0, dtype=np.int64)
        self.lengths = np.zeros(0, dtype=np.int64)
        self.hashes = np.zeros(0, dtype=np.uint64)
        self.bits = 10
        self.keys = np.zeros(1 << self.bits, dtype=np.uint64)
        self.slot_ids = np.full(1 << self.bits, -1, dtype=np.int64)

    def sync(self, ids: dict[str, int]) -> None:
        """Index the chunks of *ids* (chunk -> id, ids in insertion order, non-empty
        chunks) added since the last call."""
        if len(ids) == self.count:
            return
        new = list(islice(ids, self.count, None))
        chars = code_points("".join(new))
        lengths = np.fromiter(map(len, new), dtype=np.int64, count=len(new))
        ends = np.cumsum(lengths)
        hashes = _chunk_hashes(chars, ends - lengths, ends)
        first, used = self.count, self.n_chars
        self.chars = _put(self.chars, used, chars)
        self.starts = _put(self.starts, first, used + ends - lengths)
        self.lengths = _put(self.lengths, first, lengths)
        self.hashes = _put(self.hashes, first, hashes)
        self.count, self.n_chars = len(ids), used + len(chars)
        if 2 * self.count > len(self.keys):  # keep the table at most half full
            while 2 * self.count > (1 << self.bits):
                self.bits += 1
            self.keys = np.zeros(1 << self.bits, dtype=np.uint64)
            self.slot_ids = np.full(1 << self.bits, -1, dtype=np.int64)
            first = 0
        self._insert(self.hashes[first : self.count], np.arange(first, self.count))

    def _slots(self, hashes: np.ndarray) -> np.ndarray:
        return (hashes >> np.uint64(64 - self.bits)).astype(np.int64)

    def _insert(self, hashes: np.ndarray, ids: np.ndarray) -> None:
        """Put *ids* under their *hashes* (linear probing, in rounds)."""
        mask = (1 << self.bits) - 1
        slot = self._slots(hashes)
        while len(ids):
            free = np.flatnonzero(self.slot_ids[slot] < 0)
            taken, first = np.unique(slot[free], return_index=True)
            placed = free[first]
            self.keys[taken] = hashes[placed]
            self.slot_ids[taken] = ids[placed]
            rest = np.ones(len(ids), dtype=bool)
            rest[placed] = False
            hashes, ids, slot = hashes[rest], ids[rest], (slot[rest] + 1) & mask

    def find(
        self, chars: np.ndarray, starts: np.ndarray, ends: np.ndarray, word: np.ndarray
    ) -> np.ndarray:
        """The id of each chunk ``chars[starts[k]:ends[k]]``, -1 when not known.

        The chunks are non-empty, in order, and cover exactly the positions where
        *word* is true.
        """
        out = np.full(len(starts), -1, dtype=np.int64)
        if not self.count or not len(starts):
            return out
        lengths = ends - starts
        hashes = _chunk_hashes(chars, starts, ends)
        mask = (1 << self.bits) - 1
        slot = self._slots(hashes)
        ids = self.slot_ids[slot]
        hit = self.keys[slot] == hashes
        out[hit] = ids[hit]
        todo = np.flatnonzero(~hit & (ids >= 0))
        while len(todo):  # probe on past slots holding other hashes
            slot_t = slot[todo] = (slot[todo] + 1) & mask
            ids = self.slot_ids[slot_t]
            hit = self.keys[slot_t] == hashes[todo]
            out[todo[hit]] = ids[hit]
            todo = todo[~hit & (ids >= 0)]
        found = np.maximum(out, 0)
        out[self.lengths[found] != lengths] = -1
        # The characters of each chunk against those of the chunk found (clipped: the
        # comparisons of chunks not found, or of another length, do not count).
        at = np.flatnonzero(word)
        theirs = self.chars.take(at + np.repeat(self.starts[found] - starts, lengths), mode="clip")
        differs = np.flatnonzero(chars[at] != theirs)
        if len(differs):
            out[np.searchsorted(starts, at[differs], "right") - 1] = -1
        return out


def _put(kept: np.ndarray, used: int, new: np.ndarray) -> np.ndarray:
    """*kept* (its first *used* entries count) with *new* after those: the same array
    when it has room, else one twice as large (appending costs the new entries only)."""
    if used + len(new) > len(kept):
        grown = np.zeros(max(used + len(new), 2 * len(kept)), dtype=kept.dtype)
        grown[:used] = kept[:used]
        kept = grown
    kept[used : used + len(new)] = new
    return kept


def code_points(text: str) -> np.ndarray:
    """The code points of *text* (lone surrogates too)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
