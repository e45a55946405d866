"""The mail templates we ship: what each is for, the variables it receives, sample values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


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
