"""The one feature definition shared by training and the daemon: text preparation and vectorizers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from mailtriage.parsing.quotes import strip_reply

# Bump whenever prepare_text() or the vectorizers change meaning: artifacts record it and
# the daemon refuses a model trained with another version.
FEATURE_VERSION = "1"

MAX_BODY_CHARS = 4000

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LONG_NUMBER = re.compile(r"\d{5,}")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|wg|fw|fwd|tr|rif|r|i)\s*:\s*)+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, lower case, URLs/addresses/long numbers masked, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = _LONG_NUMBER.sub("00000", text)
    return _SPACES.sub(" ", text).strip()


def clean_subject(subject: str) -> str:
    """The subject without reply/forward prefixes (Re:, AW:, WG:, TR:, R:, I: ...)."""
    return _REPLY_PREFIX.sub("", subject).strip()


def clean_body(body: str) -> str:
    """The body as the sender wrote it: quotes and signature removed, length capped."""
    stripped = strip_reply(body)
    return (stripped or body.strip())[:MAX_BODY_CHARS]


def format_text(subject: str, body: str) -> str:
    """The classifier's input from a cleaned subject and body: both normalised, one newline apart."""
    return f"{normalise(subject)}\n{normalise(body)}"


def prepare_text(subject: str, body: str) -> str:
    """The classifier's input for one mail as received."""
    return format_text(clean_subject(subject), clean_body(body))


def prepare_texts(mails: Iterable[tuple[str, str]]) -> list[str]:
    """prepare_text() over (subject, body) pairs."""
    return [prepare_text(subject, body) for subject, body in mails]


_MIX = np.uint64(0xBF58476D1CE4E5B9)
_BASE = np.uint64(0x100000001B3)


class CharNgrams(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Hashed counts of character n-grams inside word boundaries (like sklearn's char_wb).

    Vectorised with numpy over a whole batch, so it is an order of magnitude faster than
    TfidfVectorizer(analyzer="char_wb"); stateless, so fit() learns nothing.
    """

    def __init__(self, ngram_range: tuple[int, int] = (2, 5), n_bits: int = 20) -> None:
        self.ngram_range = ngram_range
        self.n_bits = n_bits

    def fit(self, X: Sequence[str], y: Any = None) -> CharNgrams:  # noqa: N803
        """Nothing to learn: returns self."""
        return self

    def transform(self, X: Sequence[str]) -> sp.csr_matrix:  # noqa: N803
        """A (len(X), 2**n_bits) sparse matrix of n-gram counts."""
        codes, doc_of = _encode(X)
        is_space = codes == 32
        rows, cols = [], []
        h = np.zeros(len(codes), dtype=np.uint64)
        low, high = self.ngram_range
        with np.errstate(over="ignore"):
            for n in range(1, high + 1):
                h[: len(codes) - n + 1] = h[: len(codes) - n + 1] * _BASE + codes[n - 1 :]
                if n < low:
                    continue
                keep = _valid_starts(is_space, doc_of, n)
                buckets = ((h[keep] ^ np.uint64(n)) * _MIX) >> np.uint64(64 - self.n_bits)
                rows.append(doc_of[keep])
                cols.append(buckets.astype(np.int64))
        row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        data = np.ones(len(row), dtype=np.float64)
        shape = (len(X), 2**self.n_bits)
        return sp.csr_matrix((data, (row, col)), shape=shape)


def _encode(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """All texts as one array of code points (each word padded by spaces) and each one's doc."""
    padded = [" " + " ".join(text.split()) + " " for text in texts]
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


def build_vectorizer() -> FeatureUnion:
    """Word 1-2-grams + hashed character 2-5-grams within words, each TF-IDF weighted."""
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    chars = Pipeline(
        [("ngrams", CharNgrams((2, 5))), ("tfidf", TfidfTransformer(sublinear_tf=True))]
    )
    return FeatureUnion([("words", words), ("chars", chars)])
