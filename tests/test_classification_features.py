"""The shared feature code: text preparation and the character n-gram vectorizer."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from mailtriage.classification.features import (
    FEATURE_VERSION,
    MAX_BODY_CHARS,
    CharNgrams,
    build_vectorizer,
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
    ours = CharNgrams((2, 5), min_df=1).fit(texts).transform(texts)
    reference = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit_transform(texts)
    assert ours.sum(axis=1).A.ravel().tolist() == reference.sum(axis=1).A.ravel().tolist()
    assert (ours > 0).sum() == (reference > 0).sum()


def test_char_ngrams_do_not_cross_words_or_documents() -> None:
    vectorizer = CharNgrams((2, 3), min_df=1).fit(["ab", "cd"])
    # "ab" and "cd" each give " a", "ab", "b ", " ab", "ab " = 5 n-grams; nothing joins them.
    assert vectorizer.transform(["ab cd"]).sum() == 10
    assert vectorizer.transform(["ab", "cd"]).sum(axis=1).A.ravel().tolist() == [5, 5]


def test_char_ngrams_batch_equals_one_by_one() -> None:
    vectorizer = CharNgrams().fit(TEXTS)
    batch = vectorizer.transform(TEXTS).toarray()
    single = np.vstack([vectorizer.transform([t]).toarray() for t in TEXTS])
    assert np.array_equal(batch, single)


def test_char_ngrams_keep_only_columns_seen_min_df_times() -> None:
    vectorizer = CharNgrams((3, 3), min_df=2).fit(["xyz abc", "abc"])
    assert len(vectorizer.columns_) == 3  # " ab", "abc", "bc "
    assert vectorizer.transform(["xyz"]).nnz == 0
    assert vectorizer.transform([""]).shape == (1, 3)


def test_vectorizer_gives_rows_with_both_word_and_char_features() -> None:
    texts = TEXTS * 2
    matrix = build_vectorizer().fit(texts).transform(texts[:1])
    assert matrix.shape[0] == 1
    assert np.isclose(np.square(matrix.toarray()).sum(), 2.0)  # two l2-normalised blocks
