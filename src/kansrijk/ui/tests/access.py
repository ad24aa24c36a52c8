from kansrijk.accounts.tests.matrix import (
    REDIRECT,
    ROLES,
    Expect,
    World,
    logged_in,
    national,
    public,
)
from kansrijk.coalitions.tests.factories import PartnerTypeFactory


def expectations(world: World) -> list[Expect]:
    partner_type = PartnerTypeFactory()
    return [
        public("ui:home"),
        logged_in("ui:dashboard"),
        public("ui:accessibility"),
        public("ui:privacy"),
        public("ui:healthz"),
        Expect("ui:favicon", {}, dict.fromkeys(ROLES, REDIRECT)),
        national("ui:lists"),
        national("ui:list_rows", {"key": "partnertypen"}),
        national("ui:list_new", {"key": "partnertypen"}),
        national("ui:list_edit", {"key": "partnertypen", "pk": partner_type.pk}),
    ]
