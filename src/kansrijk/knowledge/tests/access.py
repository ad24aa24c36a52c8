from kansrijk.accounts.tests.matrix import Expect, World, public
from kansrijk.knowledge.tests.factories import KnowledgeThemeFactory, PracticeExampleFactory


def expectations(world: World) -> list[Expect]:
    theme = KnowledgeThemeFactory()
    example = PracticeExampleFactory()
    return [
        public("knowledge:index"),
        public("knowledge:example", {"key": example.key}),
        public("knowledge:theme", {"key": theme.key}),
        public("knowledge:step", {"number": 3}),
        public("api:kennisbank-themas"),
        public("api:kennisbank-voorbeelden"),
        public("api:kennisbank-voorbeeld", {"key": example.key}),
    ]
