from dataclasses import replace
from datetime import date
from io import StringIO

from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
    MEMBER_WRITERS,
    REDIRECT,
    Expect,
    World,
    custom,
    lead,
    members,
    public,
)
from kansrijk.signalling import reference, services
from kansrijk.signalling.models import Domain, Phase, ReferralOutcome
from kansrijk.signalling.tests.factories import ReferralCodeFactory


def member_write(name: str, slug: dict[str, str], data: dict[str, object]) -> Expect:
    """A valid write of a coalition's own records: its members and national editors only."""
    expect = custom(
        name,
        slug,
        method="post",
        data=data,
        anonymous=LOGIN,
        outsider=FORBIDDEN,
        partner=REDIRECT,
        lead=REDIRECT,
        regional=FORBIDDEN,
        national=REDIRECT,
        adviser=FORBIDDEN,
    )
    return replace(expect, writers=MEMBER_WRITERS)


def expectations(world: World) -> list[Expect]:
    slug = {"slug": world.coalition.slug}
    services.signal_setting_set(coalition=world.coalition, enabled=True, user=None)
    reference.load(stdout=StringIO())
    domain = Domain.objects.filter(active=True).first()
    phase = Phase.objects.filter(active=True).first()
    assert domain is not None and phase is not None
    code = ReferralCodeFactory(coalition=world.coalition)
    outcome = ReferralOutcome.objects.first()
    assert outcome is not None
    figures = {"year": 2026, "quarter": 1, "offered": 40, "accepted": 30, "realised": 25}
    month = f"{date.today():%Y-%m}"
    signal = {"month": month, "phase": phase.pk, "domains": [domain.pk], "referral": "on"}
    return [
        public("signalling:index"),
        public("signalling:conversation"),
        public("signalling:conversation", method="post"),
        public("signalling:instruments"),
        public("signalling:network_map"),
        public("signalling:coalition", slug),
        lead("signalling:instrument_agreement", slug),
        lead("signalling:home_visit_agreement", slug),
        members("signalling:home_visit_figures", slug),
        lead("signalling:signal_setting", slug),
        members("signalling:signal_record", slug),
        members("signalling:referral_issue", slug),
        members("signalling:referral_outcome", slug),
        # Valid writes (issue 15: an adviser replaced published figures and stored records).
        member_write("signalling:home_visit_figures", slug, {**figures, "referrals": 12}),
        member_write("signalling:signal_record", slug, signal),
        member_write(
            "signalling:referral_outcome", slug, {"code": code.code, "outcome": outcome.pk}
        ),
        public("api:signalling_api:domains"),
        public("api:signalling_api:instruments"),
        public("api:signalling_api:coalition_figures", slug),
    ]
