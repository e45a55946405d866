"""Classify a message's text: support level, category, confidence (for new tickets)."""

from __future__ import annotations

from collections.abc import Sequence

from mailtriage.classification.base import MailText
from mailtriage.errors import PoisonMessage
from mailtriage.ingest.context import IngestContext


def run(ctx: IngestContext) -> None:
    """Fill `ctx.classification` when the message opens a new ticket and has none yet."""
    if ctx.classification is not None:
        return
    if ctx.thread is not None and ctx.thread.ticket_id is not None:
        return
    ctx.classification = ctx.services.classifier.classify(_mail(ctx))


def run_batch(ctxs: Sequence[IngestContext]) -> None:
    """Classify a fetched batch in one vectorised call, before threading is known.

    Replies are classified too (and the result unused): one batched call is cheaper than a
    call per new ticket. If the batch call fails, each mail is classified alone, so that
    one mail the model cannot handle is quarantined and not the whole batch.
    """
    todo = [c for c in ctxs if c.failure is None and c.parsed is not None]
    if not todo:
        return
    classifier = todo[0].services.classifier
    classify_many = getattr(classifier, "classify_many", None)
    results = None
    if classify_many is not None:
        try:
            results = classify_many([_mail(c) for c in todo])
        except Exception:  # retried one by one below
            results = None
    if results is not None and len(results) == len(todo):
        for ctx, result in zip(todo, results, strict=True):
            ctx.classification = result
        return
    for ctx in todo:
        try:
            ctx.classification = classifier.classify(_mail(ctx))
        except Exception as exc:
            ctx.failure = PoisonMessage("classify", f"{type(exc).__name__}: {exc}")


def _mail(ctx: IngestContext) -> MailText:
    parsed = ctx.require_parsed()  # the whole text: the classifier reads a forwarded mail too
    return MailText(
        subject=parsed.subject, body=parsed.text, sender=parsed.from_address, language=ctx.language
    )
