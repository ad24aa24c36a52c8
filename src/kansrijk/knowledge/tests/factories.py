import factory

from kansrijk.knowledge.models import KnowledgeTheme, PracticeExample


class KnowledgeThemeFactory(factory.django.DjangoModelFactory[KnowledgeTheme]):
    class Meta:
        model = KnowledgeTheme
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"thema-{n}")
    name = factory.Sequence(lambda n: f"Thema {n}")


class PracticeExampleFactory(factory.django.DjangoModelFactory[PracticeExample]):
    class Meta:
        model = PracticeExample

    key = factory.Sequence(lambda n: f"voorbeeld-{n}")
    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    summary = "Een korte samenvatting."
    body = "De tekst van het voorbeeld."
    steps = factory.LazyFunction(lambda: [1])
    instruments = factory.LazyFunction(lambda: ["coalitions"])
