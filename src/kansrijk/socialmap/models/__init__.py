"""Step 3: the social map, care paths, customer routes and their search index."""

from kansrijk.socialmap.models.carepaths import CarePath, CarePathStep, CarePathVersion
from kansrijk.socialmap.models.choices import (
    Access,
    Approval,
    Domain,
    Phase,
    ServiceStatus,
    Visibility,
)
from kansrijk.socialmap.models.directory import Contact, Location, Organization, Service
from kansrijk.socialmap.models.lists import ContactMoment, RiskSituation, SynonymGroup
from kansrijk.socialmap.models.search import SearchEntry, SearchIndexVersion, SearchWord

__all__ = [
    "Access",
    "Approval",
    "CarePath",
    "CarePathStep",
    "CarePathVersion",
    "Contact",
    "ContactMoment",
    "Domain",
    "Location",
    "Organization",
    "Phase",
    "RiskSituation",
    "SearchEntry",
    "SearchIndexVersion",
    "SearchWord",
    "Service",
    "ServiceStatus",
    "SynonymGroup",
    "Visibility",
]
