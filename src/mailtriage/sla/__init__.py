"""SLA rules: business-hours calendars, targets, due times and escalation decisions."""

from mailtriage.sla.calendar import BusinessCalendar
from mailtriage.sla.due import DueTimes, compute_due, paused_time
from mailtriage.sla.policy import SlaPolicy, Targets
from mailtriage.sla.rules import Decision, decide, next_check_at
from mailtriage.sla.ticket import SlaTicket, domain_of
from mailtriage.sla.transitions import (
    apply_decision,
    change_level,
    change_status,
    record_first_response,
)

__all__ = [
    "BusinessCalendar",
    "Decision",
    "DueTimes",
    "SlaPolicy",
    "SlaTicket",
    "Targets",
    "apply_decision",
    "change_level",
    "change_status",
    "compute_due",
    "decide",
    "domain_of",
    "next_check_at",
    "paused_time",
    "record_first_response",
]
