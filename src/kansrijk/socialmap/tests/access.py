from kansrijk.accounts.tests.matrix import (
    FORBIDDEN,
    LOGIN,
    OK,
    REDIRECT,
    Answer,
    Expect,
    World,
    custom,
    lead,
    lead_read,
    public,
)
from kansrijk.socialmap.services.carepaths import CarePathData, StepData, care_path_save
from kansrijk.socialmap.tests.factories import make_organization, make_risk_situation, make_service


def expectations(world: World) -> list[Expect]:
    coalition = world.coalition
    slug = {"slug": coalition.slug}
    organization = make_organization(coalition=coalition)
    partner = world.users["partner"]
    assert partner is not None
    organization.maintainers.add(partner)
    service = make_service(organization=organization)
    uuid = {"uuid": service.uuid}
    risk = make_risk_situation()
    hidden = make_risk_situation(key="domestic-violence", name="Huiselijk geweld")
    steps = [StepData(text="Verwijs door.", services=[service])]
    care_path_save(
        coalition=coalition,
        risk_situation=risk,
        data=CarePathData(signallers="JGZ", owner="Werkgroep", steps=steps),
    )
    hidden_path = care_path_save(
        coalition=coalition,
        risk_situation=hidden,
        data=CarePathData(
            signallers="JGZ", owner="Werkgroep", steps=steps, visibility="professionals"
        ),
    ).care_path
    path = {**slug, "key": risk.key}
    municipality = coalition.municipalities.first()
    assert municipality is not None
    # Members of the coalition and of coalitions in the same GGD region; the outsider's
    # coalition lies in the same (factory) GGD region, so it counts as a professional too;
    # the coalition's adviser sees what its lead sees.
    professionals: dict[str, Answer] = {
        "anonymous": LOGIN,
        "outsider": OK,
        "partner": OK,
        "lead": OK,
        "regional": OK,
        "national": OK,
        "adviser": OK,
    }
    return [
        public("socialmap:search"),
        public("socialmap:social_map", slug),
        custom(
            "socialmap:service_new",
            slug,
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=OK,
            lead=OK,
            regional=FORBIDDEN,
            national=OK,
            adviser=FORBIDDEN,
        ),
        lead_read("socialmap:maintenance", slug),
        lead("socialmap:remind", slug, method="post", ok=REDIRECT),
        public("socialmap:export_json", slug),
        public("socialmap:export_csv", slug),
        lead("socialmap:import", slug),
        public("socialmap:service_detail", uuid),
        custom(
            "socialmap:service_edit",
            uuid,
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=OK,
            lead=OK,
            regional=FORBIDDEN,
            national=OK,
            adviser=FORBIDDEN,
        ),
        custom(
            "socialmap:service_approve",
            uuid,
            method="post",
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=FORBIDDEN,
            lead=REDIRECT,
            regional=FORBIDDEN,
            national=REDIRECT,
            adviser=FORBIDDEN,
        ),
        custom(
            "socialmap:service_verify",
            uuid,
            method="post",
            anonymous=LOGIN,
            outsider=FORBIDDEN,
            partner=REDIRECT,
            lead=REDIRECT,
            regional=FORBIDDEN,
            national=REDIRECT,
            adviser=FORBIDDEN,
        ),
        public("socialmap:care_paths", slug),
        lead("socialmap:care_path_new", slug),
        public("socialmap:care_path_detail", path),
        Expect(
            "socialmap:care_path_detail",
            {**slug, "key": hidden_path.risk_situation.key},
            professionals,
        ),
        lead("socialmap:care_path_edit", path),
        public("socialmap:care_path_version", {**path, "number": 1}),
        public("socialmap:customer_route", slug),
        public("socialmap:parents", {"code": municipality.code}),
        public("socialmap:parents_index"),
        public("api:socialmap_api:services"),
        public("api:socialmap_api:service", uuid),
        public("api:socialmap_api:care_paths"),
        public("api:socialmap_api:care_path", {"pk": hidden_path.pk - 1}),
        public("api:socialmap_api:risk_situations"),
    ]
