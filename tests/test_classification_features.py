"""The shared feature code: text preparation and the character n-gram vectorizer."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from mailtriage.classification.features import (
    FEATURE_VERSION,
    MAX_BODY_CHARS,
    N_BITS,
    MailVectorizer,
    build_vectorizer,
    char_ngram_counts,
    clean_body,
    clean_subject,
    normalise,
    prepare_text,
)

TEXTS = [
    "der datenbankserver startet nicht mehr nach dem update",
    "the invoice for our licence renewal is wrong",
    "le scanner n'est plus reconnu après la mise à jour",
    "la stampante multifunzione non stampa più",
]


def test_feature_version_is_a_non_empty_string() -> None:
    assert isinstance(FEATURE_VERSION, str) and FEATURE_VERSION


def test_normalise_masks_urls_addresses_and_long_numbers() -> None:
    text = "See https://portal.example.com/x?a=1 or WRITE to Anna.M@example.ch, invoice 2025001234"
    assert normalise(text) == "see url or write to email , invoice 00000"


def test_normalise_folds_compatibility_characters_and_spaces() -> None:
    assert normalise("ﬁle\u00a0 name\t\n2½") == "file name 21⁄2"


def test_reply_prefixes_are_removed_from_the_subject() -> None:
    assert clean_subject("AW: WG: Re: Lizenz") == "Lizenz"
    assert clean_subject("TR: RIF: I: licence") == "licence"
    assert clean_subject("Reinstall fails") == "Reinstall fails"


def test_prepare_text_drops_quotes_and_signature() -> None:
    body = "Export fails.\n\nAm 3. März schrieb Support <s@example.com>:\n> Try again\n-- \nAnna"
    assert prepare_text("Re: Export", body) == "export\nexport fails."


def test_body_that_is_only_a_quote_is_kept_rather_than_emptied() -> None:
    assert clean_body("> only quoted text") == "> only quoted text"


def test_body_is_capped() -> None:
    assert len(clean_body("x" * (MAX_BODY_CHARS * 2))) == MAX_BODY_CHARS


def test_char_ngrams_count_like_sklearn_char_wb_for_long_words() -> None:
    texts = ["datenbank lizenzschluessel", "scanner treiber installation"]
    ours = char_ngram_counts(texts, (2, 5), N_BITS)
    reference = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit_transform(texts)
    assert ours.sum(axis=1).A.ravel().tolist() == reference.sum(axis=1).A.ravel().tolist()
    assert (ours > 0).sum() == (reference > 0).sum()


def test_char_ngrams_do_not_cross_words_or_documents() -> None:
    # "ab" and "cd" each give " a", "ab", "b ", " ab", "ab " = 5 n-grams; nothing joins them.
    assert char_ngram_counts(["ab cd"], (2, 3), N_BITS).sum() == 10
    assert char_ngram_counts(["ab", "cd"], (2, 3), N_BITS).sum(axis=1).A.ravel().tolist() == [5, 5]


def test_char_ngrams_of_empty_text() -> None:
    assert char_ngram_counts(["", " "], (2, 5), N_BITS).nnz == 0


def sorted_rows(matrix: sp.spmatrix) -> list[list[float]]:
    dense = matrix.toarray()
    return [sorted(np.round(row[row != 0], 10).tolist()) for row in dense]


def test_word_block_equals_sklearn_tfidf_with_sublinear_tf_and_min_df() -> None:
    texts = [*TEXTS, *TEXTS[:2], "nach dem update startet der scanner nicht"]
    vectorizer = MailVectorizer(min_df=2).fit(texts)
    ours = vectorizer.transform(texts)[:, : len(vectorizer.word_columns_)]
    reference = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit(texts)
    assert len(vectorizer.word_columns_) == len(reference.vocabulary_)
    assert sorted_rows(ours) == sorted_rows(reference.transform(texts))


def test_char_block_equals_sklearn_char_wb_tfidf_for_long_words() -> None:
    texts = ["datenbank lizenzschluessel", "scanner treiber installation", "datenbank scanner"]
    vectorizer = MailVectorizer(min_df=2).fit(texts)
    ours = vectorizer.transform(texts)[:, len(vectorizer.word_columns_) :]
    reference = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
    ).fit(texts)
    assert sorted_rows(ours) == sorted_rows(reference.transform(texts))


def test_unseen_n_grams_are_dropped_and_rows_keep_their_shape() -> None:
    vectorizer = MailVectorizer().fit(TEXTS * 2)
    width = len(vectorizer.word_columns_) + len(vectorizer.char_columns_)
    assert vectorizer.transform(["qqqq zzzz"]).nnz == 0
    assert vectorizer.transform(["", "qqqq"]).shape == (2, width)


def test_batch_equals_one_by_one() -> None:
    vectorizer = build_vectorizer().fit(TEXTS * 2)
    batch = vectorizer.transform(TEXTS).toarray()
    single = np.vstack([vectorizer.transform([t]).toarray() for t in TEXTS])
    assert np.allclose(batch, single)


def test_rows_have_an_l2_normalised_word_block_and_char_block() -> None:
    matrix = build_vectorizer().fit(TEXTS * 2).transform(TEXTS[:1])
    assert np.isclose(np.square(matrix.toarray()).sum(), 2.0)
