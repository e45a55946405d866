"""The shared feature code: text preparation, word and character n-gram hashing, TF-IDF."""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfVectorizer

from mailtriage.classification.features import (
    FEATURE_VERSION,
    MAX_BODY_CHARS,
    N_BITS,
    clean_body,
    clean_subject,
    normalise,
    prepare_text,
    split_language,
)
from mailtriage.classification.vectorizer import (
    MailVectorizer,
    build_vectorizer,
    char_ngram_counts,
    word_ngram_counts,
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


def test_normalise_drops_accents_in_every_script_as_nfkd_does() -> None:
    import unicodedata

    def by_definition(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
        kept = "".join(c for c in folded if not unicodedata.combining(c))
        return " ".join(unicodedata.normalize("NFKC", kept).split())

    rng = random.Random(3)
    samples = ["Mise à jour échouée", "Größe ÄÖÜ", "perché città", "Ǆemal ﬃ ḱ", "plain ascii",
               "ञ़ कि", "한국어 텍스트", "Ελληνικά τόνος ά", "ab́çd"]
    samples += ["".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(40)) for _ in range(300)]
    for text in samples:
        masked = by_definition(text)
        if "url" not in masked and "@" not in masked and not any(c.isdigit() for c in masked):
            assert normalise(text) == masked, text


def test_languages_of_a_batch_are_those_of_each_mail_alone() -> None:
    from mailtriage.classification.language import detect_mail_language, detect_mail_languages

    mails = [("Rechnung", "Die Rechnung ist falsch"), ("", ""), ("Facture", "La facture est fausse"),
             ("ok", ""), ("", "La stampante non stampa più"), ("Invoice", "The invoice is wrong"),
             ("12", "3")]
    assert detect_mail_languages(mails) == [detect_mail_language(s, b) for s, b in mails]
    assert detect_mail_languages(mails, default="fr")[1] == "fr"
    assert detect_mail_languages([]) == []


def test_reply_prefixes_are_removed_from_the_subject() -> None:
    assert clean_subject("AW: WG: Re: Lizenz") == "Lizenz"
    assert clean_subject("TR: RIF: I: licence") == "licence"
    assert clean_subject("Reinstall fails") == "Reinstall fails"


def test_prepare_text_drops_quotes_and_signature() -> None:
    body = "Export fails.\n\nAm 3. März schrieb Support <s@example.com>:\n> Try again\n-- \nAnna"
    assert split_language(prepare_text("Re: Export", body)) == ("", "export\nexport fails.")
    assert split_language(prepare_text("Re: Export", body, "en")) == ("en", "export\nexport fails.")


def test_body_that_is_only_a_quote_is_kept_rather_than_emptied() -> None:
    assert clean_body("> only quoted text") == "> only quoted text"


def test_body_is_capped() -> None:
    assert len(clean_body("x" * (MAX_BODY_CHARS * 2))) == MAX_BODY_CHARS


WORDS = [
    "datenbank",
    "straße",
    "naïve",
    "über",
    "l'école",
    "e-mail",
    "c++",
    "déjà-vu",
    "x_y",
    "__init__",
    "a1",
    "42",
    "2025001234",
    "v7.1",
    "ñandú",
    "Ωmega",
    "日本語",
    "東京",
    "😀",
    "ǅemal",
    "ﬁle",
    "i",
    "à",
    "città",
    "perché",
    "ça",
    "naïveté",
    "O'Brien",
    "#1",
    "100%",
    "foo.bar",
    "a_b_c",
    "_",
    "__",
    "x",
    "straẞe",
    "kΩ",
    "١٢٣",
    "ü1_",
]
SEPARATORS = [" ", "  ", "\n", "\t", ", ", ". ", "; ", " - ", "—", "/", "(", ")", "!?", "’"]


def random_texts(count: int, seed: int = 0) -> list[str]:
    """Texts of 0-30 words with unicode, digits, underscores and punctuation between them."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = rng.choices(WORDS, k=rng.randrange(31))
        texts.append("".join(w + rng.choice(SEPARATORS) for w in words))
    return texts


@pytest.mark.parametrize(("ngram_range", "n_bits"), [((1, 2), N_BITS), ((1, 3), 8), ((2, 2), 18)])
def test_word_buckets_equal_sklearn_hashing_vectorizer(
    ngram_range: tuple[int, int], n_bits: int
) -> None:
    texts = [*random_texts(300), *TEXTS, "", " ", "a b c"]
    ours = word_ngram_counts(texts, ngram_range, n_bits)
    reference = HashingVectorizer(
        ngram_range=ngram_range,
        n_features=2**n_bits,
        alternate_sign=False,
        norm=None,
        lowercase=False,
    ).transform(texts)
    assert ours.nnz > len(texts)
    assert (ours != reference).nnz == 0


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
