"""The demo world of the support programme: an adviser with a log, peers, the agenda.

People and organisations are fictional ("(fictief)"). Dates are relative to today, so the
overdue follow-up stays overdue and the meetings stay ahead.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TextIO

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from kansrijk.accounts.models import Membership, User
from kansrijk.coalitions.models import Coalition
from kansrijk.regions.models import GGDRegion
from kansrijk.support.models import (
    AdviceEntry,
    AdviceTopic,
    AdviserAssignment,
    CoalitionFocus,
    Event,
    FollowUpCompletion,
    Material,
    MeetingType,
    PeerSettings,
    Registration,
    SupportTheme,
)

DEMO_PASSWORD = "kansrijk-demo"  # noqa: S105  (demo accounts only, printed by make demo)
ADVISER = "adviseur@kansrijk.example"
PARENT = "ouder@kansrijk.example"

# coalition slug -> (theme key, since)
FOCUS: dict[str, list[tuple[str, int | None]]] = {
    "utrecht": [("armoede", 2021), ("vroegsignalering", 2020), ("stem-van-ouders", 2023)],
    "zwolle": [("armoede", 2024), ("prenataal-huisbezoek", 2023)],
    "tilburg": [("armoede", None), ("zorgpaden", None)],
    "rotterdam": [("armoede", 2019), ("zorgpaden", 2020), ("psychische-problemen", 2022)],
    "groningen": [("vroegsignalering", 2021), ("zorgpaden", 2022)],
    "almere": [("nieuwkomers", 2022), ("armoede", 2023)],
    "heerlen": [("armoede", 2022)],
}

# coalition, days ago, form, topic, summary, follow-up, due in days (negative: overdue), done
LOG: list[tuple[str, int, str, str, str, str, int | None, bool]] = [
    (
        "utrecht",
        70,
        "visit",
        "monitoring",
        "Doelen voor 2026 besproken met de kerngroep; behoefte aan een eenvoudige set indicatoren.",
        "Voorbeeld van een monitoringsplan delen",
        -50,
        True,
    ),
    (
        "utrecht",
        21,
        "call",
        "armoede",
        "Hoe verwijzen verloskundigen bij geldzorgen? Het zorgpad "
        "schulden is nog niet bij iedereen bekend.",
        "Contact leggen met Zwolle over hun zorgpad schulden",
        -6,
        False,
    ),
    (
        "zwolle",
        30,
        "meeting",
        "financiering",
        "Inzet van de SPUK-middelen voor het komende jaar.",
        "Overzicht van erkende interventies en hun financiering sturen",
        14,
        False,
    ),
    (
        "tilburg",
        45,
        "visit",
        "coalitie-vormen",
        "Kennismaking met de kerngroep; de "
        "basisprincipes doorgelopen. Huisartsen en kraamzorg ontbreken nog.",
        "",
        None,
        False,
    ),
    (
        "tilburg",
        10,
        "call",
        "coalitie-vormen",
        "Stand van de intentieverklaring.",
        "Concept-intentieverklaring becommentariëren",
        4,
        False,
    ),
]


def _user(email: str, name: str, organisation: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email, DEMO_PASSWORD, full_name=name, organisation=organisation
        )
    return user


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _agenda(adviser: User) -> None:
    types = {t.key: t for t in MeetingType.objects.all()}
    themes = {t.key: t for t in SupportTheme.objects.all()}
    region = GGDRegion.objects.filter(code="GG2514").first()
    specs = [
        (
            "Regiobijeenkomst Utrecht: zorgpaden bij geldzorgen",
            "regiobijeenkomst",
            region,
            14,
            3,
            "Stadhuis Utrecht, zaal 2 (fictief)",
            "",
            ["armoede", "zorgpaden"],
        ),
        (
            "Webinar: het prenataal huisbezoek in de praktijk",
            "webinar",
            None,
            30,
            200,
            "",
            "https://webinar.kansrijk.example/prenataal",
            ["prenataal-huisbezoek"],
        ),
        (
            "Lerend netwerk: ouders als partner in de coalitie",
            "lerend-netwerk",
            None,
            -20,
            40,
            "Utrecht, Jaarbeurs (fictief)",
            "",
            ["stem-van-ouders"],
        ),
    ]
    for title, kind, ggd, days, capacity, location, url, theme_keys in specs:
        event, created = Event.objects.get_or_create(
            title=title,
            defaults={
                "meeting_type": types[kind],
                "scope": "regional" if ggd else "national",
                "ggd_region": ggd,
                "description": "Een bijeenkomst van het ondersteuningsprogramma (fictief "
                "voorbeeld): korte inleiding, ervaringen van twee coalities en tijd om "
                "vragen aan elkaar te stellen.",
                "starts_at": _at(days, 13),
                "ends_at": _at(days, 16),
                "location": location,
                "online_url": url,
                "capacity": capacity,
                "organiser": adviser,
            },
        )
        if created:
            event.themes.set([themes[k] for k in theme_keys if k in themes])
    meeting = Event.objects.get(title=specs[0][0])
    utrecht = Coalition.objects.filter(slug="utrecht").first()
    zwolle = Coalition.objects.filter(slug="zwolle").first()
    for email, coalition in (
        ("trekker@kansrijk.example", utrecht),
        ("partner@kansrijk.example", utrecht),
        ("trekker.zwolle@kansrijk.example", zwolle),
        ("regio@kansrijk.example", None),
    ):
        user = User.objects.filter(email=email).first()
        if user and not Registration.objects.filter(event=meeting, user=user).exists():
            Registration.objects.create(event=meeting, user=user, coalition=coalition)
    past = Event.objects.get(title=specs[2][0])
    if not past.materials.exists():
        Material.objects.create(
            event=past,
            title="Dia's van de bijeenkomst (fictief)",
            url="https://materiaal.kansrijk.example/ouders-als-partner.pdf",
            added_by=adviser,
        )
        for email, coalition in (("trekker@kansrijk.example", utrecht),):
            user = User.objects.filter(email=email).first()
            if user:
                Registration.objects.get_or_create(event=past, user=user, coalition=coalition)


def load(*, stdout: TextIO) -> None:
    with transaction.atomic():
        adviser = _user(ADVISER, "Anouk Verbeek (fictief)", "Ondersteuningsprogramma (fictief)")
        coalitions = {c.slug: c for c in Coalition.objects.all()}
        for slug in ("utrecht", "zwolle", "tilburg"):
            if slug in coalitions:
                AdviserAssignment.objects.get_or_create(user=adviser, coalition=coalitions[slug])
        parent = _user(PARENT, "Yasmina Achahbar (fictief)", "")
        if "utrecht" in coalitions:
            Membership.objects.get_or_create(
                user=parent, coalition=coalitions["utrecht"], defaults={"role": "parent"}
            )
        themes = {t.key: t for t in SupportTheme.objects.all()}
        for slug, focus in FOCUS.items():
            if slug not in coalitions:
                continue
            PeerSettings.objects.get_or_create(coalition=coalitions[slug])
            for key, since in focus:
                if key in themes:
                    CoalitionFocus.objects.get_or_create(
                        coalition=coalitions[slug], theme=themes[key], defaults={"since": since}
                    )
        topics = {t.key: t for t in AdviceTopic.objects.all()}
        today = timezone.localdate()
        if not AdviceEntry.objects.filter(adviser=adviser).exists():
            for slug, ago, form, topic, summary, follow_up, due, done in LOG:
                if slug not in coalitions:
                    continue
                entry = AdviceEntry.objects.create(
                    coalition=coalitions[slug],
                    adviser=adviser,
                    date=today - timedelta(days=ago),
                    form=form,
                    topic=topics[topic],
                    summary=summary + " (fictief)",
                    follow_up=follow_up,
                    follow_up_due=today + timedelta(days=due) if due is not None else None,
                )
                if done:
                    FollowUpCompletion.objects.create(
                        entry=entry, completed_by=adviser, note="Gedeeld per e-mail (fictief)."
                    )
        _agenda(adviser)
        if apps.is_installed("kansrijk.assessments"):
            from kansrijk.support import parents_demo

            parents_demo.load()
    stdout.write("support: adviser, advice log, peers, agenda and parents' questionnaires ready.\n")
    stdout.write(f"  {ADVISER:36} Anouk Verbeek (fictief), adviser\n")
    stdout.write(f"  {PARENT:36} Yasmina Achahbar (fictief), parent in Utrecht\n")
