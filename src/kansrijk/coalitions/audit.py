"""Every change to coalition data goes into the audit log, visible to the lead."""

from kansrijk.accounts.audit import register_coalition_model
from kansrijk.coalitions import models

register_coalition_model(models.Coalition, "self", m2m_fields={"municipalities"})
register_coalition_model(models.Partner)
register_coalition_model(models.StepStatusEntry)
register_coalition_model(models.PrincipleAssessment)
register_coalition_model(models.DeclarationOfIntent)
register_coalition_model(models.PlanDocument, exclude_fields=["file"])
