"""Who is who in a conversation: our own addresses, agents, and the team of each level."""

from __future__ import annotations

from dataclasses import dataclass

from mailtriage.config.schema import Config, TeamConfig
from mailtriage.conversation.automatic import is_own


@dataclass(frozen=True)
class Directory:
    """Built once from the config; every address lower-cased."""

    teams: tuple[TeamConfig, ...]
    agents: frozenset[str]
    own: frozenset[str]

    @classmethod
    def from_config(cls, config: Config) -> Directory:
        """Agents are every team's addresses and agents; ours are the sender and mailboxes."""
        agents = {a.lower() for team in config.team for a in (*team.addresses, *team.agents)}
        own = {config.smtp.from_address.lower()}
        own |= {m.address.lower() for m in config.mailbox if m.address}
        return cls(config.team, frozenset(agents), frozenset(own))

    @property
    def loop_addresses(self) -> frozenset[str]:
        """Addresses that, named in an X-Loop header, show a mail passed through us: ours and
        the teams' (a team list that forwards to the support mailbox)."""
        return self.own | {a.lower() for team in self.teams for a in team.addresses}

    def is_agent(self, address: str) -> bool:
        """True for a configured agent or team address."""
        return address.lower() in self.agents

    def is_own(self, address: str) -> bool:
        """True for one of our own addresses, plus-addresses included."""
        return is_own(address, self.own)

    def team_for_level(self, level: int) -> TeamConfig | None:
        """The team that handles `level`, if one is configured."""
        return next((t for t in self.teams if level in t.levels), None)

    def team(self, name: str | None) -> TeamConfig | None:
        """The team called `name`."""
        return next((t for t in self.teams if t.name == name), None)

    def team_of(self, assigned: str | None, level: int) -> TeamConfig | None:
        """A ticket's team: the assigned one, else the team of its level."""
        return self.team(assigned) or self.team_for_level(level)
