"""Matching the Byttebørs: what someone offers and what someone needs fit when they share a tag,
better in the same place. One rule for the kiosk (its day) and for city hall (every stop)."""

from __future__ import annotations

from dataclasses import dataclass

from shared_kernel import receipt_codes


@dataclass(frozen=True)
class MatchSide:
    """One side of a match, as staff see it. ``contact`` is an organisation's (behind the PIN);
    a citizen's is sealed, so empty here: city hall opens it (``mokoko office contact``)."""

    kind: str  # "offer", "need", "signup" (for something else) or "opportunity"
    ref: str  # receipt code, or the opportunity's id
    summary: str
    contact: str  # empty for a citizen's post or sign-up
    tags: frozenset[str]

    @property
    def shown_ref(self) -> str:
        """The reference as people read it: a formatted receipt code, or the opportunity's id."""
        return self.ref if self.kind == "opportunity" else receipt_codes.format_code(self.ref)

    @property
    def described(self) -> str:
        """What a person reads: "ABCD-EFG-HJK: summary" for a record, a task by its title alone
        (its id is for the command line)."""
        return self.summary if self.kind == "opportunity" else f"{self.shown_ref}: {self.summary}"


@dataclass(frozen=True)
class Match:
    """Something given and something needed that fit: ``shared_tags`` and whether they are in
    the same place. Higher ``score`` first."""

    giver: MatchSide
    taker: MatchSide
    shared_tags: tuple[str, ...]
    same_place: bool

    @property
    def score(self) -> int:
        return 2 * len(self.shared_tags) + (1 if self.same_place else 0)


def match_sides(givers: list[tuple[MatchSide, str]], takers: list[tuple[MatchSide, frozenset[str] | None]]) -> list[Match]:
    """Every giver (with its stop) against every taker (with the stops it is for; None:
    everywhere) that shares a tag, best first. The kiosk matches its day; city hall every stop."""
    found = []
    for giver, giver_stop in givers:
        for taker, taker_stops in takers:
            shared = giver.tags & taker.tags
            if shared:
                same_place = taker_stops is None or giver_stop in taker_stops
                found.append(Match(giver, taker, tuple(sorted(shared)), same_place))
    return sorted(found, key=lambda match: (-match.score, match.giver.ref, match.taker.ref))
