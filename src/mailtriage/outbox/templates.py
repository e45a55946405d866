"""Render the mail templates (a `Subject:` line, a blank line, a body), packaged or overridden."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    meta,
    nodes,
)
from jinja2.filters import do_filesizeformat
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger(__name__)

#: The languages every packaged template exists in; anything else falls back to English.
LANGUAGES: tuple[str, ...] = ("de", "fr", "it", "en")
DEFAULT_LANGUAGE = "en"

#: Pieces included by several templates (`{% include "_ticket.de.txt" %}`); they see the
#: variables of the template that includes them.
PARTIALS: tuple[str, ...] = ("_reply_help", "_ticket")

# Line breaks inside values are carried through rendering as this marker, so that only the
# template's own text decides where the subject line ends; the body gets them back as "\n".
_VALUE_BREAK = "\x00"
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_FILE_NAME = re.compile(r"(?P<name>[A-Za-z0-9_-]+)\.(?P<language>[a-z]{2,3})\.txt")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_SUBJECT = re.compile(r"subject:", re.IGNORECASE)


class TemplateFormatError(TemplateError):
    """A rendered template that does not start with a `Subject:` line."""


@dataclass(frozen=True)
class TemplateSpec:
    """One mail template: what it is for, the variables it receives, sample values."""

    description: str
    #: variable name -> what it holds (values are plain: str, int, float, bool, lists, dicts)
    variables: Mapping[str, str]
    #: complete sets of sample values covering the template's branches (checks, tests, docs)
    samples: tuple[Mapping[str, Any], ...]


_TAG = "the ticket tag, e.g. [#1234] (in every subject)"
_TEAM = "the team's name, used as signature"
_TICKET = (
    "dict: id, subject, level, category, confidence (0-1 float or None), needs_review (bool), "
    "status (new|open|pending|resolved|closed), language, customer (address), customer_name, "
    "reason (how the classification was reached)"
)
_TARGET = "first_response | resolution"

_SAMPLE_TICKET: Mapping[str, object] = {
    "id": 1234,
    "subject": "Rechnung doppelt belastet",
    "level": 1,
    "category": "licensing-billing",
    "confidence": 0.87,
    "needs_review": False,
    "status": "new",
    "language": "de",
    "customer": "anna.muster@example.ch",
    "customer_name": "Anna Muster",
    "reason": "model: level 1 (p=0.91); model: category licensing-billing (p=0.87)",
}
_SAMPLE_TICKET_REVIEW: Mapping[str, object] = {
    **_SAMPLE_TICKET,
    "id": 1235,
    "subject": "Export nach Abacus liefert falsche Beträge",
    "level": 2,
    "category": "imports-exports-integrations",
    "confidence": 0.42,
    "needs_review": True,
    "status": "open",
    "customer_name": "",
    "reason": "model: level 2 (p=0.55); confidence 0.42 below 0.50: needs review",
}
_SAMPLE_HISTORY = [
    {"at": "2026-03-02 09:14", "who": "Anna Muster", "text": "Der Export liefert falsche Beträge."},
    {"at": "2026-03-02 09:15", "who": "mailtriage", "text": "Eingangsbestätigung gesendet"},
]

#: The single table of templates: name -> what it receives. Docs, checks and tests use it.
TEMPLATES: dict[str, TemplateSpec] = {
    "acknowledgement": TemplateSpec(
        "to the customer: their request arrived, with the ticket number",
        {
            "tag": _TAG,
            "subject": "the subject of the customer's mail",
            "name": "the customer's name, or empty",
            "team": _TEAM,
        },
        (
            {
                "tag": "[#1234]",
                "subject": "Rechnung doppelt belastet",
                "name": "Anna Muster",
                "team": "Support",
            },
            {"tag": "[#1234]", "subject": "-", "name": "", "team": "Support"},
        ),
    ),
    "selfhelp": TemplateSpec(
        "to the customer (level 0): self-help articles; replying that it did not help brings a person",
        {
            "tag": _TAG,
            "subject": "the subject of the customer's mail",
            "name": "the customer's name, or empty",
            "team": _TEAM,
            "articles": 'list of {"title", "url"}; may be empty',
        },
        (
            {
                "tag": "[#1234]",
                "subject": "Wo finde ich das Handbuch?",
                "name": "Anna Muster",
                "team": "Support",
                "articles": [
                    {"title": "Handbuch (PDF)", "url": "https://docs.example.com/manual.pdf"},
                    {
                        "title": "Systemanforderungen",
                        "url": "https://docs.example.com/requirements",
                    },
                ],
            },
            {
                "tag": "[#1234]",
                "subject": "Handbuch",
                "name": "",
                "team": "Support",
                "articles": [],
            },
        ),
    ),
    "relay": TemplateSpec(
        "to the customer: an agent's reply",
        {
            "tag": _TAG,
            "subject": "the ticket's subject, without Re:-style prefixes",
            "text": "the agent's text",
            "agent_name": "the agent's name, or empty",
            "team": _TEAM,
        },
        (
            {
                "tag": "[#1234]",
                "subject": "Rechnung doppelt belastet",
                "text": "Guten Tag Frau Muster\n\nWir haben die doppelte Belastung storniert.\n",
                "agent_name": "Marco Rossi",
                "team": "Support",
            },
            {
                "tag": "[#1234]",
                "subject": "Rechnung",
                "text": "Erledigt.",
                "agent_name": "",
                "team": "Support",
            },
        ),
    ),
    "team_new_ticket": TemplateSpec(
        "to the ticket's team: a new ticket, its classification and how to answer",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "text": "the new text of the customer's mail (quotes and signature stripped)",
            "attachments": 'list of {"filename", "size" (bytes, or a formatted string)}',
            "team": "the name of the team notified",
        },
        (
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "text": "Guten Tag\n\nMeine Rechnung wurde zweimal belastet.\n\nAnna Muster",
                "attachments": [{"filename": "rechnung.pdf", "size": 48213}],
                "team": "Level 1",
            },
            {
                "tag": "[#1235]",
                "ticket": _SAMPLE_TICKET_REVIEW,
                "text": "",
                "attachments": [],
                "team": "Level 2",
            },
        ),
    ),
    "team_customer_reply": TemplateSpec(
        "to the ticket's team: the customer replied",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "text": "the new text of the customer's reply",
            "reopened": "bool: the reply reopened a resolved or closed ticket",
        },
        (
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "text": "Danke, es geht wieder.",
                "reopened": False,
            },
            {
                "tag": "[#1235]",
                "ticket": _SAMPLE_TICKET_REVIEW,
                "text": "Immer noch falsch.",
                "reopened": True,
            },
        ),
    ),
    "sla_warning": TemplateSpec(
        "to the ticket's team: an SLA target is close",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "target": _TARGET,
            "due_at": "when the target is due (formatted)",
            "remaining": "time left (formatted)",
        },
        (
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "target": "first_response",
                "due_at": "2026-03-02 13:00 CET",
                "remaining": "48 min",
            },
            {
                "tag": "[#1235]",
                "ticket": _SAMPLE_TICKET_REVIEW,
                "target": "resolution",
                "due_at": "2026-03-04 17:00 CET",
                "remaining": "3 h 10 min",
            },
        ),
    ),
    "sla_escalated": TemplateSpec(
        "to the new team: a ticket was escalated to them after missing its target",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "from_level": "the previous level (int)",
            "to_level": "the new level (int)",
            "target": _TARGET,
            "overdue_by": "how late (formatted)",
            "history": 'list of {"at", "who", "text"}: one short line per message',
        },
        (
            {
                "tag": "[#1235]",
                "ticket": _SAMPLE_TICKET_REVIEW,
                "from_level": 1,
                "to_level": 2,
                "target": "first_response",
                "overdue_by": "25 min",
                "history": _SAMPLE_HISTORY,
            },
            {
                "tag": "[#1234]",
                "ticket": {**_SAMPLE_TICKET, "level": 3, "status": "open", "confidence": None},
                "from_level": 2,
                "to_level": 3,
                "target": "resolution",
                "overdue_by": "1 h 5 min",
                "history": [],
            },
        ),
    ),
    "sla_left_team": TemplateSpec(
        "to the previous team: the ticket left them",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "to_level": "the new level (int)",
            "to_team": "the name of the team that has it now",
        },
        ({"tag": "[#1235]", "ticket": _SAMPLE_TICKET_REVIEW, "to_level": 2, "to_team": "Level 2"},),
    ),
    "sla_reminder": TemplateSpec(
        "to the ticket's team: a target is still missed",
        {"tag": _TAG, "ticket": _TICKET, "target": _TARGET, "overdue_by": "how late (formatted)"},
        (
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "target": "resolution",
                "overdue_by": "2 h",
            },
            {
                "tag": "[#1235]",
                "ticket": _SAMPLE_TICKET_REVIEW,
                "target": "first_response",
                "overdue_by": "30 min",
            },
        ),
    ),
    "customer_escalation_notice": TemplateSpec(
        "to the customer (optional): specialists now handle the ticket",
        {
            "tag": _TAG,
            "subject": "the ticket's subject",
            "name": "the customer's name, or empty",
            "team": _TEAM,
        },
        (
            {
                "tag": "[#1235]",
                "subject": "Export nach Abacus",
                "name": "Anna Muster",
                "team": "Support",
            },
            {"tag": "[#1235]", "subject": "Export", "name": "", "team": "Support"},
        ),
    ),
    "bounce_notice": TemplateSpec(
        "to the ticket's team: mail to the customer could not be delivered",
        {
            "tag": _TAG,
            "ticket": _TICKET,
            "recipient": "the address that bounced",
            "reason": "the reason the mail server gave, or empty",
        },
        (
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "recipient": "anna.muster@example.ch",
                "reason": "550 5.1.1 user unknown",
            },
            {
                "tag": "[#1234]",
                "ticket": _SAMPLE_TICKET,
                "recipient": "anna.muster@example.ch",
                "reason": "",
            },
        ),
    ),
}


def _finalize(value: object) -> str:
    # Every `{{ ... }}` passes through here: None prints as nothing, and line breaks in
    # values are marked so that a value can never end the subject line.
    if value is None:
        return ""
    text = str(value).replace(_VALUE_BREAK, "")
    return _LINE_BREAKS.sub(_VALUE_BREAK, text)


def _percent(value: object) -> str:
    """`0.873` -> `87` (a 0-1 share as a whole percentage; the template adds the % sign)."""
    if value is None or value == "":
        return "?"
    if isinstance(value, int | float):
        return str(round(value * 100))
    return str(value)


def _filesize(value: object) -> str:
    """A size in bytes, human readable (`48.2 kB`); an already formatted string stays."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(do_filesizeformat(value))
    return "" if value is None else str(value)


@lru_cache(maxsize=16)
def _environment(override_dir: Path | None) -> Environment:
    """The environment for one override folder (None: packaged templates only), cached."""
    package = PackageLoader("mailtriage", "templates")
    loader: BaseLoader = package
    if override_dir is not None:
        # The admin's folder first: any file there replaces the packaged file by that name.
        loader = ChoiceLoader([FileSystemLoader(override_dir), package])
    # Plain-text mail: no HTML autoescaping; values are inserted as text, headers are
    # encoded later by the composer. The sandbox keeps admins' templates to formatting.
    environment = SandboxedEnvironment(
        loader=loader,
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    environment.filters["percent"] = _percent
    environment.filters["filesize"] = _filesize
    return environment


def _languages(language: str) -> list[str]:
    """The languages to try: the requested one (`de-CH` -> `de`), then English."""
    primary = (language or "").strip().lower().replace("_", "-").partition("-")[0]
    if _LANGUAGE.fullmatch(primary) and primary != DEFAULT_LANGUAGE:
        return [primary, DEFAULT_LANGUAGE]
    return [DEFAULT_LANGUAGE]


def _select(environment: Environment, template_name: str, language: str) -> Template:
    for candidate in _languages(language):
        try:
            return environment.get_template(f"{template_name}.{candidate}.txt")
        except TemplateNotFound:
            continue
    raise TemplateNotFound(f"{template_name}.{DEFAULT_LANGUAGE}.txt")


def _split(text: str, source: str) -> tuple[str, str]:
    """(subject, body) of rendered text: the first line is `Subject: ...`, then the body."""
    text = text.lstrip("\ufeff").lstrip(" \t\n")
    first, _, body = text.partition("\n")
    if not _SUBJECT.match(first):
        raise TemplateFormatError(f"{source}:1: the first line must be 'Subject: ...'")
    subject = first[len("subject:") :].replace(_VALUE_BREAK, " ")
    body = body.replace(_VALUE_BREAK, "\n").lstrip("\n")
    return " ".join(subject.split()), body


def _render(
    environment: Environment, template_name: str, language: str, values: Mapping[str, object]
) -> tuple[str, str]:
    template = _select(environment, template_name, language)
    return _split(template.render(**values), template.filename or template.name or template_name)


def render(
    template_name: str, language: str, override_dir: Path | None = None, **values: object
) -> tuple[str, str]:
    """(subject, body) of `template_name` in `language` (else English), with `values`.

    A file by the same name in `override_dir` replaces the packaged one. If that file fails
    to render, the error is logged and the packaged template is used, so a broken override
    never stops mail (`check_templates` reports it before start-up). A missing variable
    raises `jinja2.UndefinedError`; the subject is always joined onto one line.
    """
    if override_dir is None:
        return _render(_environment(None), template_name, language, values)
    try:
        return _render(_environment(Path(override_dir)), template_name, language, values)
    except Exception as error:
        # Raises if the packaged template fails too: then the caller is at fault.
        result = _render(_environment(None), template_name, language, values)
        log.error(
            "template override for %s.%s in %s failed (%s); used the packaged template",
            template_name,
            language,
            override_dir,
            error,
        )
        return result


def _template_line(traceback: TracebackType | None) -> tuple[str, int] | None:
    """The innermost template file and line of a rendering error (Jinja rewrites frames)."""
    found = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(".txt"):
            found = (filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def _describe(error: BaseException, fallback_file: str, variables: Iterable[str]) -> str:
    """`file:line: problem` for an error raised while loading or rendering a template."""
    if isinstance(error, TemplateSyntaxError):
        where = f"{error.filename or fallback_file}:{error.lineno}"
        return f"{where}: syntax error: {error.message}"
    location = _template_line(error.__traceback__)
    where = f"{location[0]}:{location[1]}" if location else fallback_file
    if isinstance(error, UndefinedError):
        known = ", ".join(variables)
        return (
            f"{where}: unknown variable or field: {error.message} (this template receives: {known})"
        )
    if isinstance(error, TemplateFormatError):
        return str(error)
    return f"{where}: {type(error).__name__}: {error}"


def _source(environment: Environment, name: str) -> tuple[str, str]:
    """(source, file name) of template `name`, from the first loader that has it."""
    if environment.loader is None:
        raise TemplateNotFound(name)
    source, filename, _uptodate = environment.loader.get_source(environment, name)
    return source, filename or name


def _unknown_variables(
    environment: Environment, source: str, filename: str, allowed: Iterable[str]
) -> list[str]:
    """Problems for variables a template uses that it never receives (checked statically)."""
    tree = environment.parse(source)
    known = set(allowed) | set(environment.globals)
    unknown = meta.find_undeclared_variables(tree) - known
    found = []
    for name in unknown:
        lines = [node.lineno for node in tree.find_all(nodes.Name) if node.name == name]
        found.append((min(lines) if lines else 1, name))
    receives = ", ".join(allowed)
    return [
        f"{filename}:{line}: unknown variable '{name}' (this template receives: {receives})"
        for line, name in sorted(found)
    ]


def _check_folder(override_dir: Path) -> tuple[list[str], set[str]]:
    """Problems with the folder's file names, and the extra languages it provides."""
    if not override_dir.is_dir():
        return [f"{override_dir}: the template folder does not exist or is not a folder"], set()
    problems, languages = [], set()
    for path in sorted(override_dir.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.suffix != ".txt":
            continue
        match = _FILE_NAME.fullmatch(path.name)
        if match is None:
            problems.append(
                f"{path}: ignored: template files are named <template>.<language>.txt, "
                "e.g. acknowledgement.de.txt"
            )
        elif match["name"] not in TEMPLATES and match["name"] not in PARTIALS:
            problems.append(
                f"{path}: ignored: there is no template '{match['name']}' "
                f"(templates: {', '.join(TEMPLATES)})"
            )
        else:
            languages.add(match["language"])
    return problems, languages


def check_templates(override_dir: Path | None) -> list[str]:
    """Render every template in every language with sample values; `file:line: problem`s.

    With `override_dir` the admin's files are checked as they will be used: names that
    would be ignored, syntax errors, variables a template does not receive, subjects
    without the ticket tag. An empty list means every template renders.
    """
    problems: list[str] = []
    languages = set(LANGUAGES)
    if override_dir is not None:
        override_dir = Path(override_dir)
        folder_problems, extra = _check_folder(override_dir)
        problems += folder_problems
        languages |= extra
    environment = _environment(override_dir)
    all_variables = sorted({name for spec in TEMPLATES.values() for name in spec.variables})
    checked: set[str] = set()
    for partial in PARTIALS:
        for language in sorted(languages):
            try:
                source, filename = _source(environment, f"{partial}.{language}.txt")
                problems += _unknown_variables(environment, source, filename, all_variables)
            except TemplateNotFound:
                continue
            except TemplateSyntaxError as error:
                problems.append(_describe(error, filename, all_variables))
    for name, spec in TEMPLATES.items():
        for language in sorted(languages):
            problems += _check_one(environment, name, language, spec, checked)
    return list(dict.fromkeys(problems))


def _check_one(
    environment: Environment, name: str, language: str, spec: TemplateSpec, checked: set[str]
) -> list[str]:
    """Problems of the file that `name` in `language` resolves to (once per file)."""
    fallback = f"{name}.{language}.txt"
    try:
        template = _select(environment, name, language)
    except TemplateNotFound:
        return [f"{fallback}: template not found (nor its English version)"]
    except Exception as error:
        return [_describe(error, fallback, spec.variables)]
    filename = template.filename or fallback
    if filename in checked:
        return []
    checked.add(filename)
    source, _ = _source(environment, template.name or fallback)
    problems = _unknown_variables(environment, source, filename, spec.variables)
    if problems:
        return problems
    for sample in spec.samples:
        try:
            subject, _body = _split(template.render(**sample), filename)
        except Exception as error:
            problems.append(_describe(error, filename, spec.variables))
            continue
        tag = str(sample["tag"])
        if not subject:
            problems.append(f"{filename}:1: the subject is empty")
        elif tag not in subject:
            problems.append(
                f"{filename}:1: the subject lacks the ticket tag {{{{ tag }}}} "
                "(replies could then only be threaded by their headers)"
            )
    return problems
