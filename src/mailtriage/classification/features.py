"""The one feature definition shared by training and the daemon: text preparation, hashing, TF-IDF.

Only numpy, the standard library and mmh3 are imported here: the daemon classifies with this
module and must not pay for scikit-learn or scipy (the fitting MailVectorizer is in vectorizer.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mmh3
import numpy as np
import snowballstemmer

from mailtriage.classification.cleaning import classifier_body

# Bump whenever prepare_text() or the vectorizers change meaning: artifacts record it and
# the daemon refuses a model trained with another version.
FEATURE_VERSION = "2"

MAX_BODY_CHARS = 4000

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LONG_NUMBER = re.compile(r"\d{5,}")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|wg|fw|fwd|tr|rif|r|i)\s*:\s*)+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


class _CombiningMarks(dict[int, int | None]):
    """A str.translate table that deletes combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()


def normalise(text: str) -> str:
    """Lower case without accents (NFKD), URLs/addresses/long numbers masked, spaces collapsed.

    Accents go because customers often type without them ("mise a jour", "Passwort
    zuruecksetzen" is left to the character n-grams).
    """
    text = text.lower().replace("ß", "ss")
    if not text.isascii():  # NFKD and NFKC leave ASCII as it is
        text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKD", text).translate(_MARKS))
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = _LONG_NUMBER.sub("00000", text)
    return _SPACES.sub(" ", text).strip()


def clean_subject(subject: str) -> str:
    """The subject without reply/forward prefixes (Re:, AW:, WG:, TR:, R:, I: ...)."""
    return _REPLY_PREFIX.sub("", subject).strip()


def clean_body(body: str) -> str:
    """The body as the classifier reads it (cleaning.classifier_body), length capped."""
    return classifier_body(body)[:MAX_BODY_CHARS]


# A prepared text starts with the language its words are stemmed in and this separator.
LANGUAGE_MARK = "\x1f"
STEMMERS = {"de": "german", "fr": "french", "it": "italian", "en": "english"}


def format_text(subject: str, body: str, language: str = "") -> str:
    """The classifier's input from a cleaned subject and body: language, both normalised."""
    return f"{language}{LANGUAGE_MARK}{normalise(subject)}\n{normalise(body)}"


def split_language(text: str) -> tuple[str, str]:
    """(language, text) of a prepared text; "" when it carries no language."""
    language, mark, rest = text.partition(LANGUAGE_MARK)
    return (language, rest) if mark else ("", text)


def prepare_text(subject: str, body: str, language: str = "") -> str:
    """The classifier's input for one mail as received."""
    return format_text(clean_subject(subject), clean_body(body), language)


def prepare_texts(mails: Iterable[tuple[str, str]]) -> list[str]:
    """prepare_text() over (subject, body) pairs, without a language."""
    return [prepare_text(subject, body) for subject, body in mails]


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(STEMMERS[language])


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The Snowball stem of a (normalised) word in de/fr/it/en; other languages: the word."""
    if language not in STEMMERS or word.isdigit():
        return word
    return str(_stemmer(language).stemWord(word))


N_BITS = 20
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_BASE = np.uint64(0x100000001B3)
# scikit-learn's default token_pattern: runs of two or more word characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class SparseRows:
    """Feature rows as (row, column, value) entries, sorted by row."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    shape: tuple[int, int]


@dataclass(frozen=True)
class FeatureTables:
    """A fitted vectorizer's tables: n-gram ranges, hash size, kept buckets and their IDF."""

    word_ngrams: tuple[int, int]
    char_ngrams: tuple[int, int]
    n_bits: int
    word_lookup: np.ndarray
    word_idf: np.ndarray
    char_lookup: np.ndarray
    char_idf: np.ndarray

    def transform(self, texts: Sequence[str]) -> SparseRows:
        """TF-IDF rows of prepared texts: the word block, then the character block."""
        word_hashes = word_ngram_hashes(texts, self.word_ngrams, self.n_bits)
        char_hashes = char_ngram_hashes(texts, self.char_ngrams, self.n_bits)
        words = tfidf_rows(*word_hashes, len(texts), self.word_lookup, self.word_idf)
        chars = tfidf_rows(*char_hashes, len(texts), self.char_lookup, self.char_idf)
        return hstack([words, chars])


def word_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """N-grams of word stems joined by one space, as scikit-learn's word analyzer builds them.

    Words are stemmed in the prepared text's language, so "Drucker", "druckt" and
    "Druckers" share a feature.
    """
    language, text = split_language(text)
    tokens = [stem(token, language) for token in _TOKEN.findall(text)]
    low, high = ngram_range
    return [
        " ".join(tokens[i : i + n])
        for n in range(low, high + 1)
        for i in range(len(tokens) - n + 1)
    ]


def word_ngram_hashes(
    texts: Sequence[str], ngram_range: tuple[int, int], n_bits: int
) -> tuple[np.ndarray, np.ndarray]:
    """(text number, hash bucket) of every word n-gram, bucketed as HashingVectorizer does.

    HashingVectorizer(alternate_sign=False) counts an n-gram in column abs(h) % 2**n_bits,
    h being the signed 32-bit MurmurHash3 (seed 0) of its UTF-8 bytes.
    """
    grams = [word_ngrams(text, ngram_range) for text in texts]
    counts = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
    hashes = np.fromiter(
        (mmh3.hash(gram, 0, signed=True) for doc in grams for gram in doc),
        dtype=np.int64,
        count=int(counts.sum()),
    )
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
    return rows, np.abs(hashes) % (1 << n_bits)


def char_ngram_hashes(
    texts: Sequence[str], ngram_range: tuple[int, int], n_bits: int
) -> tuple[np.ndarray, np.ndarray]:
    """(text number, hash bucket) of every character n-gram inside word boundaries."""
    codes, doc_of = _encode(texts)
    is_space = codes == 32
    rows, buckets = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    h = np.zeros(len(codes), dtype=np.uint64)
    low, high = ngram_range
    with np.errstate(over="ignore"):
        for n in range(1, min(high, len(codes)) + 1):
            h[: len(codes) - n + 1] = h[: len(codes) - n + 1] * _BASE + codes[n - 1 :]
            if n < low:
                continue
            keep = _valid_starts(is_space, doc_of, n)
            mixed = ((h[keep] ^ np.uint64(n)) * _MIX) >> np.uint64(64 - n_bits)
            rows.append(doc_of[keep])
            buckets.append(mixed.astype(np.int64))
    return np.concatenate(rows), np.concatenate(buckets)


def _encode(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts as one array of code points (each word padded by spaces) and each one's doc."""
    padded = [" " + " ".join(split_language(text)[1].split()) + " " for text in texts]
    lengths = np.array([len(p) for p in padded], dtype=np.int64)
    joined = "".join(padded)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    doc_of = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    return codes, doc_of


def _valid_starts(is_space: np.ndarray, doc_of: np.ndarray, n: int) -> np.ndarray:
    """Start positions of n-grams inside one document with no space except at their ends."""
    count = len(is_space) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    same_doc = doc_of[:count] == doc_of[n - 1 :]
    spaces = np.concatenate(([0], np.cumsum(is_space, dtype=np.int64)))
    interior = spaces[n - 1 : n - 1 + count] - spaces[1 : 1 + count] if n > 2 else 0
    not_all_space = ~(is_space[:count] & is_space[n - 1 :])
    return np.flatnonzero(same_doc & (interior == 0) & not_all_space)


def lookup_table(columns: np.ndarray, n_bits: int) -> np.ndarray:
    """A table from hash bucket to kept column number (len(columns): not kept).

    Two bytes a bucket while fewer than 65,535 columns are kept (the shipped model keeps
    25k and 49k): 2 MiB a table instead of 4 for the daemon to hold.
    """
    dtype = np.uint16 if len(columns) < np.iinfo(np.uint16).max else np.int32
    table = np.full(2**n_bits, len(columns), dtype=dtype)
    table[columns] = np.arange(len(columns), dtype=dtype)
    return table


def tfidf_rows(
    rows: np.ndarray, buckets: np.ndarray, n_rows: int, lookup: np.ndarray, idf: np.ndarray
) -> SparseRows:
    """One block: kept buckets counted per row, sublinear TF times IDF, rows l2-normalised.

    The weights of sklearn's TfidfVectorizer(sublinear_tf=True) with smoothed IDF.
    """
    width = len(idf)
    position = lookup[buckets].astype(np.int64)
    known = (position >= 0) & (position < width)  # -1 in tables of models trained before
    keys = rows[known] * width + position[known]
    if n_rows * width < 2**32:  # sorting 4-byte keys takes about half the time of 8-byte ones
        keys = keys.astype(np.uint32)
    keys, counts = np.unique(keys, return_counts=True)
    row, column = np.divmod(keys.astype(np.int64), max(width, 1))
    weights = (1 + np.log(counts)) * idf[column]
    norms = np.sqrt(np.bincount(row, weights**2, minlength=n_rows))
    return SparseRows(row, column, weights / norms[row], (n_rows, width))


def hstack(blocks: Sequence[SparseRows]) -> SparseRows:
    """Blocks side by side: later blocks' columns shifted, entries sorted by row."""
    offsets = np.cumsum([0] + [block.shape[1] for block in blocks])
    rows = np.concatenate([block.rows for block in blocks])
    order = np.argsort(rows, kind="stable")
    columns = np.concatenate([b.columns + o for b, o in zip(blocks, offsets, strict=False)])
    values = np.concatenate([block.values for block in blocks])
    shape = (blocks[0].shape[0], int(offsets[-1]))
    return SparseRows(rows[order], columns[order], values[order], shape)


def __getattr__(name: str) -> Any:
    """MailVectorizer under its old path, recorded in model files saved before it moved."""
    if name == "MailVectorizer":
        from mailtriage.classification.vectorizer import MailVectorizer

        return MailVectorizer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
