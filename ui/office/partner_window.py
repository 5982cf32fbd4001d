"""An association's window (issue 31): ``mokoko office app`` with an association's login (``mokoko
central add-partner``) opens this instead of city hall's. Just its volunteers: the sign-ups for the
opportunities it runs, marked contacted, placed or declined, and a volunteer's contact details
opened with the association's own key file once city hall has handed them over (each look is
written in the municipality's access log). The database shows it nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from shared_kernel.i18n import pick
from ui.common.language import LanguageSwitcher
from ui.common.widgets import label
from ui.office.desk_views import SignupsView
from ui.office.desk_window import DeskWindow

if TYPE_CHECKING:
    from city_hall.office import Office
    from city_hall.partner_desk import PartnerInfo


class PartnerWindow(DeskWindow):
    def __init__(self, office: Office, languages: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(office, languages, parent, own_key=True)
        self._partner: PartnerInfo | None = None
        self.intro = label("stepHint", self.central)
        self.signups = SignupsView(self, self.central, partner=True)
        self.loaded = False
        self._lay_out([self.intro, self.signups], self.signups)

    def start(self) -> None:
        """(Re)connect: who is logged in, then the volunteers."""
        self.clear_problem()
        office = self.office
        self.call(lambda: office.partner, self._partner_loaded)

    def _partner_loaded(self, partner: PartnerInfo | None) -> None:
        self._partner = partner
        self._me = partner.name if partner else ""
        if partner is not None:
            self.signups.set_stops(dict(partner.stops))
        self._update_texts()
        self.signups.reload()
        self.loaded = True

    def _update_texts(self) -> None:
        self._brand_text(self.tr("MOKOKO · Volunteers"))
        partner = self._partner
        if partner is None:
            self.intro.setText("")
            return
        titles = ", ".join(pick(title, self.language) or opportunity for opportunity, title in partner.opportunities)
        self.intro.setText(
            self.tr(
                "The volunteers who signed up at MOKOKO for what %1 runs: %2. City hall hands you their contact details, "
                "sealed to your association's key; each time you open them, it is written in the municipality's access log "
                "with the reason you give. Mark each volunteer when you have called them: they see it when they follow up."
            )
            .replace("%1", partner.name)
            .replace("%2", titles)
        )
