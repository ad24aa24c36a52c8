from kansrijk.accounts.tests.matrix import Expect, World, public


def expectations(world: World) -> list[Expect]:
    return [public("api:openapi")]
