from kansrijk.accounts.tests.matrix import (
    LOGIN,
    OK,
    Answer,
    Expect,
    World,
    custom,
    members,
    overview,
    public,
)
from kansrijk.monitoring.tests.factories import GoalFactory


def expectations(world: World) -> list[Expect]:
    coalition = world.coalition
    slug = {"slug": coalition.slug}
    goal = GoalFactory(coalition=coalition)
    forbidden_post: dict[str, Answer] = {
        "anonymous": LOGIN,
        "outsider": 403,
        "partner": 403,
        "lead": OK,
        "regional": 403,
        "national": OK,
        "adviser": 403,
    }
    return [
        members("monitoring:index", slug),
        public("api:coalitie-doelen", slug),
        members("monitoring:goals", slug),
        custom("monitoring:goals", slug, method="post", data={}, **forbidden_post),
        members("monitoring:goal", {**slug, "pk": goal.pk}),
        members("monitoring:steps", slug),
        members("monitoring:survey", slug),
        custom("monitoring:survey", slug, method="post", data={}, **forbidden_post),
        members("monitoring:borging", slug),
        custom(
            "monitoring:borging",
            slug,
            method="post",
            data={"formulier": "inbedding"},
            **forbidden_post,
        ),
        members("monitoring:report", slug),
        members("monitoring:report_pdf", slug),
        members("monitoring:report_csv", slug),
        overview("monitoring:national"),
        overview("monitoring:national_export", {"table": "stappen"}),
    ]
