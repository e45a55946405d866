"""Render the mail templates (a `Subject:` line, a blank line, a body), packaged or overridden."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
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

from mailtriage.outbox.template_specs import TEMPLATES, TemplateSpec

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


def _finalize(value: object) -> str:
    # Every `{{ ... }}` passes through here: None prints as nothing, and line breaks in
    # values are marked so that a value can never end the subject line.
    if value is None:
        return ""
    text = str(value)
    if _VALUE_BREAK in text:
        text = text.replace(_VALUE_BREAK, "")
    if "\n" in text or "\r" in text:  # most values have none: no regular expression for them
        text = _LINE_BREAKS.sub(_VALUE_BREAK, text)
    return text


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


_DICT_ATTRIBUTES = frozenset(dir(dict))


class MailSandbox(SandboxedEnvironment):
    """Jinja's sandbox, reading a dict's keys as attributes (`ticket.subject`) directly.

    Jinja first looks for a Python attribute of that name and, failing, for the key: an
    exception per field, a sixth of the time an escalation pass spends rendering. For a plain
    dict and a name that is no dict attribute the outcome is the same, so the key is read
    at once; everything else goes through the sandbox as before.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` in a template."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


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
    environment = MailSandbox(
        loader=loader,
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        # Packaged templates never change while running; an admin's folder is re-read when
        # a file there changes (two stat calls per render are the price).
        auto_reload=override_dir is not None,
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
