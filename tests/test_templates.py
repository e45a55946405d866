"""Mail templates: every template in every language, overrides, checks and fallbacks."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from jinja2 import Undefined, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment

from mailtriage.outbox import templates
from mailtriage.outbox.templates import (
    LANGUAGES,
    PARTIALS,
    TEMPLATES,
    check_templates,
    render,
)

PACKAGE_DIR = Path(templates.__file__).parents[1] / "templates"
CASES = [
    pytest.param(name, language, index, id=f"{name}.{language}#{index}")
    for name, spec in TEMPLATES.items()
    for language in LANGUAGES
    for index in range(len(spec.samples))
]


@pytest.mark.parametrize(("name", "language", "index"), CASES)
def test_every_template_renders_in_every_language(name: str, language: str, index: int) -> None:
    sample = TEMPLATES[name].samples[index]
    subject, body = render(name, language, **sample)
    assert subject.strip()
    assert str(sample["tag"]) in subject
    assert "\n" not in subject and "\r" not in subject
    assert body.strip()
    for leftover in ("{{", "}}", "{%", "%}", "\x00"):
        assert leftover not in subject
        assert leftover not in body
    assert not body.startswith("\n")
    assert body.endswith("\n")


def test_every_packaged_file_exists_and_the_table_matches_the_templates() -> None:
    files = {path.name for path in PACKAGE_DIR.glob("*.txt")}
    expected = {f"{name}.{lang}.txt" for name in [*TEMPLATES, *PARTIALS] for lang in LANGUAGES}
    assert files == expected
    environment = templates._environment(None)
    for name, spec in TEMPLATES.items():
        assert spec.samples, name
        for sample in spec.samples:
            assert set(sample) == set(spec.variables), name
        for language in LANGUAGES:
            source = (PACKAGE_DIR / f"{name}.{language}.txt").read_text(encoding="utf-8")
            used = meta.find_undeclared_variables(environment.parse(source))
            assert used <= set(spec.variables), (name, language)
            assert "tag" in used, (name, language)


def test_the_packaged_templates_pass_the_check() -> None:
    assert check_templates(None) == []


def test_a_missing_variable_raises() -> None:
    sample = dict(TEMPLATES["acknowledgement"].samples[0])
    del sample["team"]
    with pytest.raises(UndefinedError):
        render("acknowledgement", "de", **sample)
    notification = TEMPLATES["team_new_ticket"].samples[0]
    assert isinstance(notification["ticket"], dict)
    ticket = dict(notification["ticket"])
    del ticket["subject"]
    with pytest.raises(UndefinedError):
        render(
            "team_new_ticket", "en", **{**TEMPLATES["team_new_ticket"].samples[0], "ticket": ticket}
        )


def test_the_acknowledgement_call_of_the_composer_still_works() -> None:
    subject, body = render(
        "acknowledgement", "fr", tag="[#7]", subject="Licence", name="", team="Support"
    )
    assert subject == "[#7] Nous avons bien reçu votre demande : Licence"
    assert body.startswith("Bonjour,\n")


@pytest.mark.parametrize("language", ["es", "", "xx-YY", "../../etc/passwd", "DE_ch"])
def test_unknown_languages_fall_back_to_english(language: str) -> None:
    sample = TEMPLATES["acknowledgement"].samples[0]
    expected = "de" if language == "DE_ch" else "en"
    assert render("acknowledgement", language, **sample) == render(
        "acknowledgement", expected, **sample
    )


def test_an_override_replaces_one_template_and_the_others_fall_back(tmp_path: Path) -> None:
    (tmp_path / "acknowledgement.de.txt").write_text(
        "Subject: {{ tag }} Danke, {{ name }}\n\nEigener Text von {{ team }}.\n", encoding="utf-8"
    )
    sample = TEMPLATES["acknowledgement"].samples[0]
    assert render("acknowledgement", "de", tmp_path, **sample) == (
        "[#1234] Danke, Anna Muster",
        "Eigener Text von Support.\n",
    )
    # Other languages and other templates: the packaged files.
    for language in ("fr", "it", "en"):
        assert render("acknowledgement", language, tmp_path, **sample) == render(
            "acknowledgement", language, **sample
        )
    relay = TEMPLATES["relay"].samples[0]
    assert render("relay", "de", tmp_path, **relay) == render("relay", "de", **relay)
    assert check_templates(tmp_path) == []


def test_an_override_of_a_partial_is_used_by_the_templates_that_include_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "_reply_help.en.txt").write_text("Just reply.\n", encoding="utf-8")
    _, body = render("team_new_ticket", "en", tmp_path, **TEMPLATES["team_new_ticket"].samples[0])
    assert body.endswith("Just reply.\n")
    assert check_templates(tmp_path) == []


def test_an_override_in_a_new_language_is_used_for_that_language(tmp_path: Path) -> None:
    (tmp_path / "acknowledgement.es.txt").write_text(
        "Subject: {{ tag }} Hemos recibido su solicitud\n\nGracias.\n", encoding="utf-8"
    )
    sample = TEMPLATES["acknowledgement"].samples[0]
    assert render("acknowledgement", "es", tmp_path, **sample)[0] == (
        "[#1234] Hemos recibido su solicitud"
    )
    assert check_templates(tmp_path) == []


def test_overrides_are_cached_per_folder_and_see_edits(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, word in ((first, "Eins"), (second, "Zwei")):
        folder.mkdir()
        (folder / "acknowledgement.de.txt").write_text(
            f"Subject: {{{{ tag }}}} {word}\n\n{word}\n", encoding="utf-8"
        )
    sample = TEMPLATES["acknowledgement"].samples[0]
    assert render("acknowledgement", "de", first, **sample)[0] == "[#1234] Eins"
    assert render("acknowledgement", "de", second, **sample)[0] == "[#1234] Zwei"
    assert render("acknowledgement", "de", **sample)[0].startswith("[#1234] Ihre Anfrage")
    assert templates._environment(first) is templates._environment(first)


def _problems_for(tmp_path: Path, file_name: str, text: str) -> list[str]:
    (tmp_path / file_name).write_text(text, encoding="utf-8")
    return [problem for problem in check_templates(tmp_path) if file_name in problem]


def test_a_syntax_error_is_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = _problems_for(
        tmp_path,
        "acknowledgement.de.txt",
        "Subject: {{ tag }} Hallo\n\nGuten Tag\n{% if name %}{{ name }}\n",
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'acknowledgement.de.txt'}:")
    assert "syntax error" in problems[0]
    assert "endif" in problems[0]


def test_an_unknown_variable_is_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = _problems_for(
        tmp_path,
        "relay.it.txt",
        "Subject: {{ tag }} Re: {{ subject }}\n\n{{ text }}\n\n{{ customer_phone }}\n",
    )
    assert problems == [
        f"{tmp_path / 'relay.it.txt'}:5: unknown variable 'customer_phone' "
        "(this template receives: tag, subject, text, agent_name, team)"
    ]


def test_an_unknown_variable_in_an_untaken_branch_is_still_reported(tmp_path: Path) -> None:
    problems = _problems_for(
        tmp_path,
        "selfhelp.fr.txt",
        "Subject: {{ tag }} Aide\n\n{% if articles and false %}{{ article_list }}{% endif %}\n",
    )
    assert len(problems) == 1 and "'article_list'" in problems[0] and ":3:" in problems[0]


def test_an_unknown_field_is_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = _problems_for(
        tmp_path,
        "sla_warning.en.txt",
        "Subject: {{ tag }} Warning\n\nDue {{ due_at }}\nOwner {{ ticket.owner }}\n",
    )
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'sla_warning.en.txt'}:4: ")
    assert "owner" in problems[0]


def test_missing_subject_line_and_missing_tag_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bounce_notice.de.txt").write_text("Unzustellbar {{ tag }}\n", encoding="utf-8")
    (tmp_path / "sla_reminder.de.txt").write_text("Subject: Erinnerung\n\nText\n", encoding="utf-8")
    problems = check_templates(tmp_path)
    assert any(
        "bounce_notice.de.txt:1: the first line must be 'Subject: ...'" in p for p in problems
    )
    assert any("sla_reminder.de.txt:1: the subject lacks the ticket tag" in p for p in problems)


def test_misnamed_files_and_a_missing_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "acknowledgment.de.txt").write_text("Subject: {{ tag }}\n", encoding="utf-8")
    (tmp_path / "acknowledgement.txt").write_text("Subject: {{ tag }}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("notes\n", encoding="utf-8")
    problems = check_templates(tmp_path)
    assert len(problems) == 2
    assert "there is no template 'acknowledgment'" in problems[1]
    assert "<template>.<language>.txt" in problems[0]
    missing = tmp_path / "nowhere"
    assert check_templates(missing) == [
        f"{missing}: the template folder does not exist or is not a folder"
    ]


def test_a_broken_override_falls_back_to_the_packaged_template_at_runtime(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "acknowledgement.de.txt").write_text(
        "Subject: {{ tag }} {% if %}\n", encoding="utf-8"
    )
    (tmp_path / "acknowledgement.fr.txt").write_text(
        "Subject: {{ tag }} {{ nope }}\n\nx\n", encoding="utf-8"
    )
    sample = TEMPLATES["acknowledgement"].samples[0]
    with caplog.at_level(logging.ERROR, logger="mailtriage.outbox.templates"):
        for language in ("de", "fr"):
            assert render("acknowledgement", language, tmp_path, **sample) == render(
                "acknowledgement", language, **sample
            )
    assert len(caplog.records) == 2
    # A variable the caller forgot is still an error, override or not.
    with pytest.raises(UndefinedError):
        render("acknowledgement", "fr", tmp_path, tag="[#1]", subject="x", name="")


@pytest.mark.parametrize("language", LANGUAGES)
def test_line_breaks_in_a_subject_value_stay_inside_the_subject(language: str) -> None:
    sample = {
        **TEMPLATES["acknowledgement"].samples[0],
        "subject": "Hilfe\r\nBcc: victim@example.org\n\nInjected body",
    }
    subject, body = render("acknowledgement", language, **sample)
    assert "\n" not in subject and "\r" not in subject
    assert "Hilfe Bcc: victim@example.org Injected body" in subject
    assert subject.startswith("[#1234] ")
    assert "Injected" not in body and "Bcc" not in body
    # The same for the relay subject, and for a value in an overridden first line.
    relay = {**TEMPLATES["relay"].samples[0], "subject": "a\rb\nc"}
    assert render("relay", language, **relay)[0] == "Re: a b c [#1234]"


def test_line_breaks_in_body_values_are_kept_as_newlines() -> None:
    sample = {**TEMPLATES["relay"].samples[0], "text": "Line one\r\nLine two\rLine three"}
    _, body = render("relay", "en", **sample)
    assert body.startswith("Line one\nLine two\nLine three\n")
    assert "\r" not in body


def test_subject_has_no_re_re_and_no_value_break_marker() -> None:
    subject, _ = render("relay", "de", **TEMPLATES["relay"].samples[0])
    assert subject == "Re: Rechnung doppelt belastet [#1234]"
    assert not re.search(r"Re:\s*Re:", subject)


def test_team_notification_shows_confidence_as_percent_and_review_reason() -> None:
    reviewed = TEMPLATES["team_new_ticket"].samples[1]
    expectations = {
        "en": ("42%", "needs review", "threshold"),
        "de": ("42 %", "muss geprüft werden", "Schwellenwert"),
        "fr": ("42 %", "doit être vérifiée", "seuil"),
        "it": ("42%", "va verificata", "soglia"),
    }
    for language, words in expectations.items():
        _, body = render("team_new_ticket", language, **reviewed)
        for word in words:
            assert word in body, (language, word)
        assert "#category" in body and "#internal" in body and "#status" in body
    confident = TEMPLATES["team_new_ticket"].samples[0]
    _, body = render("team_new_ticket", "en", **confident)
    assert "87% confidence" in body and "review" not in body.lower()
    assert "rechnung.pdf (48.2 kB)" in body


def test_targets_and_statuses_are_translated() -> None:
    sample = TEMPLATES["sla_warning"].samples[0]
    words = {
        "en": "first-response",
        "de": "erste Antwort",
        "fr": "première réponse",
        "it": "prima risposta",
    }
    for language, word in words.items():
        subject, body = render("sla_warning", language, **sample)
        assert word in subject and "first_response" not in subject + body
    _, body = render("sla_reminder", "fr", **TEMPLATES["sla_reminder"].samples[0])
    assert "délai de résolution" in body and "nouveau" in body


def test_selfhelp_lists_articles_or_promises_a_person() -> None:
    with_articles, without = TEMPLATES["selfhelp"].samples
    _, body = render("selfhelp", "de", **with_articles)
    assert "https://docs.example.com/manual.pdf" in body and "hat nicht geholfen" in body
    _, body = render("selfhelp", "de", **without)
    assert "https://" not in body and "meldet sich" in body


def test_an_override_cannot_leave_the_sandbox(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "acknowledgement.en.txt").write_text(
        "Subject: {{ tag }} {{ tag.__class__.__mro__ }}\n\nx\n"
    )
    sample = TEMPLATES["acknowledgement"].samples[0]
    with caplog.at_level(logging.ERROR):
        subject, _body = render("acknowledgement", "en", override_dir=tmp_path, **sample)
    assert "access to attribute '__class__' of 'str' object is unsafe" in caplog.text
    assert "class" not in subject  # the packaged template was used instead


@pytest.mark.parametrize(
    ("obj", "attribute"),
    [
        ({"subject": "Drucker"}, "subject"),
        ({"items": "a key named like a dict method"}, "items"),  # Jinja: the method wins
        ({"get": 1}, "get"),
        ({}, "missing"),
        ({"__class__": "a key"}, "__class__"),
        ({"_private": 1}, "_private"),
        ({1: "int key"}, "1"),
        ([1, 2], "subject"),
        ("text", "upper"),
        (object(), "__class__"),
    ],
)
def test_the_sandbox_reads_attributes_as_jinjas_sandbox_does(obj: object, attribute: str) -> None:
    ours = templates.MailSandbox()
    jinjas = SandboxedEnvironment()
    expected, got = jinjas.getattr(obj, attribute), ours.getattr(obj, attribute)
    assert type(got) is type(expected)
    if not isinstance(expected, Undefined):
        assert got == expected
