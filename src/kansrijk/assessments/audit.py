"""Changes to rounds and invitation links go into the coalition's audit log.

Responses and answers are deliberately NOT registered: an audit entry carries a time and
a link, which would let the lead trace an answer back to a person.
"""

from kansrijk.accounts.audit import register_coalition_model
from kansrijk.assessments import models

register_coalition_model(models.Round)
register_coalition_model(models.InvitationLink, "round.coalition", exclude_fields=["token_hash"])
