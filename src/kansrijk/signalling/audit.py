"""Changes to a coalition's agreements go into the audit log.

Anonymous signals and referral codes are deliberately NOT audited: an audit entry would
add who recorded them and when, which is more than the counts need.
"""

from kansrijk.accounts.audit import register_coalition_model
from kansrijk.signalling import models

register_coalition_model(models.InstrumentAgreement, m2m_fields={"instruments"})
register_coalition_model(models.HomeVisitAgreement, m2m_fields={"trigger_domains"})
register_coalition_model(models.HomeVisitFigures)
register_coalition_model(models.SignalCountSetting)
