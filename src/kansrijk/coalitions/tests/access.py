from django.core.files.base import ContentFile

from kansrijk.accounts.tests.matrix import REDIRECT, Expect, World, lead, members, national, public
from kansrijk.coalitions.models import PlanDocument
from kansrijk.coalitions.tests.factories import PartnerFactory


def expectations(world: World) -> list[Expect]:
    coalition = world.coalition
    slug = {"slug": coalition.slug}
    plan = PlanDocument(coalition=coalition, original_name="plan.pdf", size=9)
    plan.file.save("plan.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    partner = PartnerFactory(coalition=coalition)
    return [
        public("coalitions:map"),
        public("coalitions:list"),
        public("coalitions:export"),
        national("coalitions:import"),
        public("coalitions:detail", slug),
        lead("coalitions:edit", slug),
        lead("coalitions:steps", slug),
        lead("coalitions:partners", slug),
        lead("coalitions:partner_remove", {**slug, "pk": partner.pk}, method="post", ok=REDIRECT),
        members("coalitions:principles", slug),
        lead("coalitions:declaration", slug),
        lead("coalitions:plan_upload", slug),
        members("coalitions:plan_download", {**slug, "pk": plan.pk}),
    ]
