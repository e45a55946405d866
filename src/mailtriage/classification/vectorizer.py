"""Fit the shared features on training mail: which hashed n-grams to keep and their IDF."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from mailtriage.classification.features import (
    N_BITS,
    FeatureTables,
    char_ngram_hashes,
    lookup_table,
    word_ngram_hashes,
)


class MailVectorizer(TransformerMixin, BaseEstimator):
    """Prepared text to word 1-2-grams and character 2-5-grams within words, as TF-IDF.

    Both kinds are hashed into 2**n_bits buckets; fit() keeps the buckets seen in at least
    `min_df` training texts (a lookup table numbers them) and their IDF. Weights are sublinear
    TF times smoothed IDF, each block l2-normalised, as sklearn's TfidfVectorizer(sublinear_tf=
    True, min_df=2) computes them, so a row's squared norm is 2. transform() is the numpy code
    of features.py that the daemon runs from the exported tables (FeatureTables).
    """

    def __init__(
        self,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        min_df: int = 2,
        n_bits: int = N_BITS,
    ) -> None:
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.n_bits = n_bits

    def fit(self, X: Sequence[str], y: Any = None) -> MailVectorizer:
        """Learn which hashed n-grams to keep and their IDF."""
        words = word_ngram_counts(X, self.word_ngrams, self.n_bits)
        chars = char_ngram_counts(X, self.char_ngrams, self.n_bits)
        self.word_columns_, self.word_idf_ = _seen_columns(words, self.min_df)
        self.char_columns_, self.char_idf_ = _seen_columns(chars, self.min_df)
        self.word_lookup_ = lookup_table(self.word_columns_, self.n_bits)
        self.char_lookup_ = lookup_table(self.char_columns_, self.n_bits)
        return self

    def tables(self) -> FeatureTables:
        """The fitted tables, as the daemon's numpy path uses them."""
        return FeatureTables(
            word_ngrams=_pair(self.word_ngrams),
            char_ngrams=_pair(self.char_ngrams),
            n_bits=self.n_bits,
            word_lookup=self.word_lookup_,
            word_idf=self.word_idf_,
            char_lookup=self.char_lookup_,
            char_idf=self.char_idf_,
        )

    def transform(self, X: Sequence[str]) -> sp.csr_matrix:
        """A (len(X), kept word + char n-grams) sparse TF-IDF matrix."""
        rows = self.tables().transform(X)
        return sp.csr_matrix((rows.values, (rows.rows, rows.columns)), shape=rows.shape)


def _pair(ngram_range: Sequence[int]) -> tuple[int, int]:
    return int(ngram_range[0]), int(ngram_range[1])


def word_ngram_counts(
    texts: Sequence[str], ngram_range: tuple[int, int], n_bits: int
) -> sp.csr_matrix:
    """Hashed counts of word n-grams (HashingVectorizer(alternate_sign=False, norm=None))."""
    rows, buckets = word_ngram_hashes(texts, ngram_range, n_bits)
    return _count_matrix(rows, buckets, (len(texts), 2**n_bits))


def char_ngram_counts(
    texts: Sequence[str], ngram_range: tuple[int, int], n_bits: int
) -> sp.csr_matrix:
    """Hashed counts of character n-grams inside word boundaries (like sklearn's char_wb)."""
    rows, buckets = char_ngram_hashes(texts, ngram_range, n_bits)
    return _count_matrix(rows, buckets, (len(texts), 2**n_bits))


def _count_matrix(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> sp.csr_matrix:
    """Counts of (row, column) pairs as a canonical CSR matrix (duplicates summed)."""
    return sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)


def _seen_columns(counts: sp.csr_matrix, min_df: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns present in at least min_df rows, and their smoothed IDF."""
    columns, df = np.unique(counts.indices, return_counts=True)
    keep = df >= min_df
    idf = np.log((1 + counts.shape[0]) / (1 + df[keep])) + 1
    return columns[keep].astype(np.int64), idf


def build_vectorizer() -> MailVectorizer:
    """The vectorizer of FEATURE_VERSION, unfitted."""
    return MailVectorizer()
