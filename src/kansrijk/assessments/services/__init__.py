"""Writes of the assessments app: the bank's versions, rounds, links and answers."""

from kansrijk.assessments.services.answers import (
    MAX_COMMENT_LENGTH,
    AnswerInput,
    AnswersRefusedError,
    answers_save,
    response_complete,
    response_for_link,
)
from kansrijk.assessments.services.rounds import (
    MAX_LINKS_AT_ONCE,
    LinkProblem,
    LinkRefusedError,
    hash_token,
    invitation_link_resolve,
    invitation_link_revoke,
    invitation_links_create,
    round_close,
    round_open,
)
from kansrijk.assessments.services.versions import questionnaire_import_bank

__all__ = [
    "MAX_COMMENT_LENGTH",
    "MAX_LINKS_AT_ONCE",
    "AnswerInput",
    "AnswersRefusedError",
    "LinkProblem",
    "LinkRefusedError",
    "answers_save",
    "hash_token",
    "invitation_link_resolve",
    "invitation_link_revoke",
    "invitation_links_create",
    "questionnaire_import_bank",
    "response_complete",
    "response_for_link",
    "round_close",
    "round_open",
]
