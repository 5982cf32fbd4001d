"""The catalogue and tour plan every kiosk pulls, loaded centrally by the administrator
(``mokoko central load-catalogue``), read as the kiosk reads a catalogue file."""

from __future__ import annotations

from pathlib import Path

from psycopg.types.json import Jsonb

from central_database.connection import connect
from shared_kernel.catalogue_file import MUNICIPALITY_KEY, read_catalogue


def load_catalogue(url: str, path: Path) -> dict[str, int]:
    """Insert or update the central catalogue from a catalogue file, in one transaction. A file
    with any problem is refused whole (:class:`CatalogueError`, read as the kiosk reads it)."""
    catalogue = read_catalogue(path)
    with connect(url) as connection:
        for order, area in enumerate(catalogue.admin_areas):
            connection.execute(
                "INSERT INTO mokoko.admin_area (code, name, sort_order, answer_days) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order, "
                "answer_days = excluded.answer_days",
                (area.code, Jsonb(area.name), order, area.answer_days),
            )
        for order, home in enumerate(catalogue.home_areas):
            connection.execute(
                "INSERT INTO mokoko.home_area (code, name, sort_order) VALUES (%s, %s, %s) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order",
                (home.code, home.name, order),
            )
        for order, theme in enumerate(catalogue.themes):
            connection.execute(
                "INSERT INTO mokoko.theme (code, title, description, admin_area_code, icon, sort_order) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (code) DO UPDATE SET title = excluded.title, "
                "description = excluded.description, admin_area_code = excluded.admin_area_code, "
                "icon = excluded.icon, sort_order = excluded.sort_order",
                (theme.code, Jsonb(theme.title), Jsonb(theme.description), theme.admin_area, theme.icon, order),
            )
        for consultation in catalogue.consultations:
            connection.execute(
                "INSERT INTO mokoko.consultation (id, question, intro, opens_on, closes_on) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET question = excluded.question, intro = excluded.intro, "
                "opens_on = excluded.opens_on, closes_on = excluded.closes_on",
                (consultation.id, Jsonb(consultation.question), Jsonb(consultation.intro), consultation.opens_on, consultation.closes_on),
            )
        for order, stop in enumerate(catalogue.stops):
            connection.execute(
                "INSERT INTO mokoko.stop (id, place, address, starts_on, ends_on, tour_order, hours, reward_voucher) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET place = excluded.place, address = excluded.address, "
                "starts_on = excluded.starts_on, ends_on = excluded.ends_on, tour_order = excluded.tour_order, "
                "hours = excluded.hours, reward_voucher = excluded.reward_voucher",
                (stop.id, stop.place, stop.address, stop.starts_on, stop.ends_on, order, Jsonb(stop.hours), stop.reward_voucher),
            )
        for order, interest in enumerate(catalogue.interests):
            connection.execute(
                "INSERT INTO mokoko.interest (code, name, sort_order) VALUES (%s, %s, %s) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order",
                (interest.code, Jsonb(interest.name), order),
            )
        for key in catalogue.sealing_keys:  # a key already there keeps its state (an older one may be retired)
            connection.execute(
                "INSERT INTO mokoko.sealing_key (key_id, public_key) VALUES (%s, %s) ON CONFLICT (key_id) DO NOTHING",
                (key.key_id, key.public_key),
            )
        for period in catalogue.retention:
            connection.execute(
                "INSERT INTO mokoko.retention (kind, days) VALUES (%s, %s) ON CONFLICT (kind) DO UPDATE SET days = excluded.days",
                (period.kind, period.days),
            )
        if catalogue.municipality is not None:
            connection.execute(
                "INSERT INTO mokoko.municipality (key, facts) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET facts = excluded.facts",
                (MUNICIPALITY_KEY, Jsonb(catalogue.municipality.model_dump())),
            )
        for order, goal in enumerate(catalogue.effect_goals):
            connection.execute(
                "INSERT INTO mokoko.effect_goal (code, area_code, name, measure, home_area, age_group, targets, sort_order) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (code) DO UPDATE SET area_code = excluded.area_code, "
                "name = excluded.name, measure = excluded.measure, home_area = excluded.home_area, "
                "age_group = excluded.age_group, targets = excluded.targets, sort_order = excluded.sort_order",
                (goal.code, goal.area, Jsonb(goal.name), goal.measure, goal.home_area, goal.age_group, Jsonb(goal.targets), order),
            )
        for entry in catalogue.opportunities:
            connection.execute(
                "INSERT INTO mokoko.opportunity (id, data, active) VALUES (%s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data, active = excluded.active",
                (entry.id, Jsonb(entry.data()), entry.active),
            )
    return catalogue.counts()
