from kansrijk.accounts.tests.matrix import Expect, World, public


def expectations(world: World) -> list[Expect]:
    municipality = world.coalition.municipalities.select_related("province", "ggd_region")[0]
    slug = {"slug": world.coalition.slug}
    return [
        public("api:openapi"),
        public("api:coalitie-list"),
        public("api:coalitie-detail", slug),
        public("api:coalitie-stappen", slug),
        public("api:coalitie-partners", slug),
        public("api:gemeente-list"),
        public("api:gemeente-detail", {"code": municipality.code}),
        public("api:provincie-list"),
        public("api:provincie-detail", {"code": municipality.province.code}),
        public("api:ggd-regio-list"),
        public("api:ggd-regio-detail", {"code": municipality.ggd_region.code}),
    ]
