"""Tests for newsresearch.lexicons.chunks: chunk ids found at once, exactly."""

from __future__ import annotations

import sys

import numpy as np

from newsresearch.lexicons.chunks import ChunkIndex, ChunkTable, code_points, is_space


def test_is_space_is_what_str_split_splits_on():
    chars = "".join(map(chr, range(0x3100))) + "\U0001f600\U000e0020\uffff"
    expected = [c.isspace() for c in chars]
    assert is_space(code_points(chars)).tolist() == expected
    assert not any(chr(c).isspace() for c in range(0x3100, sys.maxunicode + 1))


def test_chunk_index_finds_exactly_the_chunks_it_holds():
    index = ChunkIndex()
    known = ["voss,", "left", "“said", "\ud800x", "ab", "ba"]
    index.sync({c: i for i, c in enumerate(known)})
    text = "left  ba voss, “said right\tab \ud800x abc lef"
    chars = code_points(text)
    word = ~np.asarray([c.isspace() for c in text])
    chunks = text.split()
    starts, at = [], 0
    for c in chunks:
        at = text.index(c, at)
        starts.append(at)
        at += len(c)
    starts_a = np.asarray(starts)
    ends = starts_a + np.asarray([len(c) for c in chunks])
    expected = [known.index(c) if c in known else -1 for c in chunks]
    assert index.find(chars, starts_a, ends, word).tolist() == expected
    # chunks added later are found too; the table grows past half full
    more = {c: i for i, c in enumerate(known + [f"w{k}" for k in range(2000)] + ["abc"])}
    index.sync(more)
    assert index.count == len(more) and 2 * index.count <= len(index.keys)
    expected = [more.get(c, -1) for c in chunks]
    assert index.find(chars, starts_a, ends, word).tolist() == expected


def test_chunk_index_checks_the_characters_not_only_the_hash():
    index = ChunkIndex()
    index.sync({"left": 0, "right": 1})
    index.hashes[:2] = 7  # every chunk collides: found by its hash, refused by its characters
    index.keys[:] = 0
    index.slot_ids[:] = -1
    index._insert(index.hashes[:2], np.arange(2))
    chars = code_points("left right")
    word = chars != ord(" ")
    starts, ends = np.asarray([0, 5]), np.asarray([4, 10])
    found = index.find(chars, starts, ends, word)
    assert found.tolist() in ([-1, -1], [0, -1], [-1, 1])  # never a wrong id


def test_chunk_index_follows_a_growing_chunk_table():
    table = ChunkTable()
    for k in range(3000):
        table.add(f"chunk{k}", (k,))
    index = table.index()
    assert index.count == 3000 and index.n_chars == sum(len(f"chunk{k}") for k in range(3000))
    text = "chunk2999 chunk0 chunk3000"
    chars = code_points(text)
    starts, ends = np.asarray([0, 10, 17]), np.asarray([9, 16, 26])
    assert index.find(chars, starts, ends, ~is_space(chars)).tolist() == [2999, 0, -1]
    table.add("chunk3000", (1,))
    assert table.index().find(chars, starts, ends, ~is_space(chars)).tolist() == [2999, 0, 3000]
