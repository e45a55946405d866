"""Render the packaged mail templates (a `Subject:` line, a blank line, then the body)."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # Plain-text mail: no HTML autoescaping; values are inserted as text, headers are
    # encoded later by the email package (which refuses line breaks in header values).
    return Environment(
        loader=PackageLoader("mailtriage", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render(template_name: str, language: str, **values: object) -> tuple[str, str]:
    """(subject, body) of template `template_name` in `language` (falling back to English)."""
    environment = _environment()
    try:
        template = environment.get_template(f"{template_name}.{language}.txt")
    except Exception:
        template = environment.get_template(f"{template_name}.en.txt")
    text = template.render(**values)
    first, _, body = text.partition("\n")
    subject = first.removeprefix("Subject:").strip()
    return " ".join(subject.split()), body.lstrip("\n")
