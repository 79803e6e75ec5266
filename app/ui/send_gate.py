"""Before anything is sent: the parameters must be valid, then the spending guard decides
(``CostService.check_chat_send`` / ``CompareService.check_send``); this only asks the person
when the decision needs their consent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.i18n import translate

from .notices import Topic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.core.attachments import Attachment
    from app.core.cost import SendCheck

    from .main_window import MainWindow
    from .notices import Notices
    from .tab_keys import TabKey


def check_send(
    window: MainWindow,
    key: TabKey,
    text: str,
    index: int | None = None,
    attachments: Sequence[Attachment] = (),
) -> str | None:
    """None to send ``text`` (with ``attachments``) in the tab ``key`` (a comparison: to every
    column, or to column ``index`` again), else why not. A send that could pass a cap waits
    for "Send anyway"."""
    problem = window.dock_link.blocking_problem()
    services, settings = window.services, window.settings
    if problem or services is None or settings is None:
        return problem
    if key.kind == "compare" and services.compare is not None:
        check = services.compare.check_send(key.id, text, index, settings, attachments=attachments)
        return consent(window.notices, check)
    if key.kind == "chat" and services.costs is not None:
        check = services.costs.check_chat_send(key.id, text, settings, attachments=attachments)
        return consent(window.notices, check)
    return None


def consent(notices: Notices, check: SendCheck) -> str | None:
    """Act on the guard's decision: None to send, else why the send waits."""
    decision = check.decision
    if decision.action == "send":
        return None
    if decision.action == "warn":
        notices.warning(decision.reason, topic=Topic.SPENDING)
        return None
    if notices.confirm(check.title, check.question, translate("send_gate", "Send anyway")):
        return None
    notices.info(translate("send_gate", "Not sent: your message is still in the box."))
    return decision.reason
