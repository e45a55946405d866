"""Which SLA targets and calendar apply to a ticket, from its level, category and domain."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from mailtriage.config.sla import (
    CalendarConfig,
    LevelTargets,
    SlaConfig,
    SlaOverride,
    all_calendars,
    check_sla_calendars,
)
from mailtriage.sla.calendar import BusinessCalendar

TARGET_FIELDS = ("first_response", "resolution")
MAX_RESOLVED = 4096
"""Resolved targets kept per policy (one per level, category, customer domain and team)."""


class TeamCalendar(Protocol):
    """What the policy reads of a `[[team]]`: its name, its levels and its calendar."""

    @property
    def name(self) -> str: ...
    @property
    def levels(self) -> tuple[int, ...]: ...
    @property
    def calendar(self) -> str: ...


@dataclass(frozen=True)
class Targets:
    """The resolved targets of one ticket; `None` means that target does not apply."""

    first_response: timedelta | None
    resolution: timedelta | None
    calendar: BusinessCalendar
    explanation: str


@dataclass(frozen=True)
class _Source:
    key: str
    values: LevelTargets | SlaOverride


def _specificity(rule: SlaOverride) -> int:
    """domain+category > domain > category; a level restriction only breaks ties."""
    return (
        4 * (rule.customer_domain is not None)
        + 2 * (rule.category is not None)
        + (rule.level is not None)
    )


def _matches(rule: SlaOverride, level: int, category: str, domain: str | None) -> bool:
    if rule.category is not None and rule.category != category:
        return False
    if rule.level is not None and rule.level != level:
        return False
    wanted = rule.customer_domain
    return wanted is None or (domain is not None and wanted.lower() == domain.lower())


@dataclass(frozen=True)
class SlaPolicy:
    """The validated `[sla]` section together with the calendars it refers to.

    `team_calendars` maps each team to its calendar and `level_teams` each level to the team
    that handles it: a ticket counts in its team's calendar (the assigned team, else its
    level's team) unless an override or an explicit `[sla.level.N] calendar` names one.
    """

    config: SlaConfig
    calendars: Mapping[str, BusinessCalendar]
    team_calendars: Mapping[str, str] = field(default_factory=dict)
    level_teams: Mapping[int, str] = field(default_factory=dict)
    # Targets are immutable: each (level, category, domain, team) is resolved once.
    _resolved: dict[tuple[int, str, str | None, str | None], Targets] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @classmethod
    def from_config(
        cls,
        sla: SlaConfig,
        calendars: tuple[CalendarConfig, ...] = (),
        teams: Iterable[TeamCalendar] = (),
    ) -> SlaPolicy:
        """Build the policy; raises ValueError if a calendar name is unknown."""
        check_sla_calendars(sla, calendars)
        built = {
            name: BusinessCalendar.from_config(c) for name, c in all_calendars(calendars).items()
        }
        teams = tuple(teams)
        for team in teams:
            if team.calendar not in built:
                raise ValueError(f"team {team.name}: calendar {team.calendar!r} is not defined")
        levels: dict[int, str] = {}
        for team in teams:
            for level in team.levels:
                levels.setdefault(level, team.name)
        return cls(sla, built, {t.name: t.calendar for t in teams}, levels)

    def team_of(self, team: str | None, level: int) -> str | None:
        """The ticket's team: the assigned one if configured, else the team of its level."""
        if team is not None and team in self.team_calendars:
            return team
        return self.level_teams.get(level)

    @property
    def warn_at(self) -> float:
        """Share of a target after which the team is warned."""
        return self.config.warn_at

    @property
    def reminder_interval(self) -> timedelta:
        """Business time between reminders while a target stays missed."""
        return self.config.reminder_interval

    def _sources(self, level: int, category: str, domain: str | None) -> list[_Source]:
        rules = [
            (index, rule)
            for index, rule in enumerate(self.config.override)
            if _matches(rule, level, category, domain)
        ]
        rules.sort(key=lambda item: -_specificity(item[1]))
        sources = [_Source(f"sla.override[{i}]", rule) for i, rule in rules]
        return [
            *sources,
            _Source(f"sla.level.{level}", self.config.level.get(level, LevelTargets())),
        ]

    def targets(
        self, level: int, category: str, customer_domain: str | None, team: str | None = None
    ) -> Targets:
        """Each target from the most specific rule that sets it, else from the level."""
        key = (level, category, customer_domain, team)
        if key not in self._resolved:
            if len(self._resolved) >= MAX_RESOLVED:
                self._resolved.clear()
            self._resolved[key] = self._resolve(level, category, customer_domain, team)
        return self._resolved[key]

    def _resolve(
        self, level: int, category: str, customer_domain: str | None, team: str | None
    ) -> Targets:
        sources = self._sources(level, category, customer_domain)
        picked = {name: _pick(sources, name) for name in TARGET_FIELDS}
        picked["calendar"] = self._calendar(sources, level, team)
        explanation = "; ".join(
            f"{name} {value} from {origin}" if origin else f"{name}: no target"
            for name, (value, origin) in picked.items()
        )
        return Targets(
            first_response=picked["first_response"][0],
            resolution=picked["resolution"][0],
            calendar=self.calendars[picked["calendar"][0]],
            explanation=explanation,
        )

    def _calendar(self, sources: list[_Source], level: int, team: str | None) -> tuple[str, str]:
        """An override's calendar, else an explicit level calendar, else the team's."""
        for source in sources[:-1]:
            if source.values.calendar is not None:
                return source.values.calendar, source.key
        level_source = sources[-1]
        owner = self.team_of(team, level)
        if "calendar" in level_source.values.model_fields_set or owner is None:
            return str(level_source.values.calendar), level_source.key
        return self.team_calendars[owner], f"team {owner}"


def _pick(sources: list[_Source], field: str) -> tuple[Any, str | None]:
    """The value of `field` from the first source that sets it, and that source's key."""
    for source in sources:
        value = getattr(source.values, field)
        if value is not None:
            return value, source.key
    return None, None
