"""One conversation: the transcript, the streaming status line and the composer."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.attachments import OCR_PDF_ENGINE, Attachment
from app.core.conversation import ChatSettings, Message
from app.core.i18n import QT_TRANSLATE_NOOP, local_decimal, translate
from app.core.models import ModelInfo
from app.core.money import format_usd
from app.render.message_html import (
    COMPARE_VERSIONS_ACTION,
    DELETE_VERSION_ACTION,
    FORK_ACTION,
    LESS_THINKING_ACTION,
    NEXT_VERSION_ACTION,
    NO_LENGTH_LIMIT_ACTION,
    PREVIOUS_VERSION_ACTION,
    REGENERATE_WITH_ACTION,
)
from app.render.meta import ERROR_LIMIT
from app.render.safe_text import shorten

from ..attach_flow import (
    AttachFlow,
    attachment_cost,
    capable_models,
    earlier_attachments,
    gate,
    ocr_cost,
    ocr_pdfs,
    ocr_question,
    refused_text,
    unknown_abilities,
    with_ocr,
)
from ..labels import announce
from ..notices import Notices, Topic
from ..tab_keys import TabKey
from ..tasks import UiTasks
from .attachment_chips import Attacher, AttachmentChips, attach_button
from .composer import Composer, local_files, pasted_image
from .message_actions import copy_message, show_details
from .transcript import Transcript

if TYPE_CHECKING:
    from app.core.history import ConversationHistory
    from app.services.chat import ChatService, TurnEvent
    from app.services.turn import Turn

PAGE_SIZE = 40  # messages rendered when a conversation opens
EARLIER_PAGE = 10  # loaded each time the reader nears the top: at most this many,
EARLIER_CHARS = 6000  # and no more text than this (at least one message): about 20 ms each
ESTIMATE_DELAY_MS = 300  # the cost estimate follows typing after a pause


EDITING_TEXT = QT_TRANSLATE_NOOP(
    "chat_view",
    "Editing your message: sending adds a new version; the original stays. (Esc cancels)",
)


def _wait_to_switch() -> str:
    return translate(
        "chat_view", "Wait for the answer to finish (or stop it) before changing versions."
    )


class Banner(QLabel):
    """A line above the composer that says what is going on, with its own links (``href``
    is the action's name). Enter or Space on it takes its first link (a label's own link
    focus does not always come with keyboard focus).

    Signals:
        chosen(str): a link of it was clicked or pressed.
    """

    chosen = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self.chosen)
        self._links: list[tuple[str, str]] = []
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self._links:
            event.accept()
            self.chosen.emit(self._links[0][0])
            return
        super().keyPressEvent(event)

    def say(self, text: str, links: list[tuple[str, str]]) -> None:
        """Show ``text`` (plain) and the links (action, label) after it."""
        import html

        self._links = links
        anchors = " &nbsp;·&nbsp; ".join(
            f'<a href="{name}">{html.escape(label)}</a>' for name, label in links
        )
        self.setText(f"{html.escape(text)} &nbsp;{anchors}")
        self.setAccessibleDescription(text)
        self.show()


class ChatView(QWidget):
    """Shows one conversation and runs its turns through the chat service.

    Signals:
        title_changed(int, str): the conversation got a (suggested) title.
        busy_changed(bool): an answer started or ended streaming.
        turn_ended(int): an answer finished (any way) in this conversation.
        out_of_credit(): OpenRouter refused a send: the credits ran out.
        settings_changed(int): the view changed the conversation's settings (a retry with
            less thinking or without a length limit): the dock shows them again.
        regenerate_with_requested(int), compare_versions_requested(int), fork_requested(int):
            the reader asked, on this message, for another answer with other settings, its
            versions side by side, or a new conversation continuing from it (the window
            answers: they need its presets, catalogue and tabs).

    Versions: the ``‹ 2/3 ›`` switcher shows another version (and the branch below it) in
    place, through the chat service; "Delete version" deletes one at once and offers Undo
    for the rest of the session (the line above the composer; the service keeps them).
    While the composer holds an edit of a prompt, a line above it says so (Esc cancels).
    """

    title_changed = Signal(int, str)
    busy_changed = Signal(bool)
    turn_ended = Signal(int)
    out_of_credit = Signal()
    settings_changed = Signal(int)
    regenerate_with_requested = Signal(int)
    compare_versions_requested = Signal(int)
    fork_requested = Signal(int)

    def __init__(
        self,
        conversation_id: int,
        service: ChatService,
        history: ConversationHistory,
        notices: Notices,
        *,
        enter_sends: bool = True,
        # (text, attachments) -> None to send, else why not
        preflight: Callable[[str, Sequence[Attachment]], str | None] | None = None,
        settings_check: Callable[[ChatSettings], bool] | None = None,
        estimator: Callable[[str, Sequence[Attachment]], str] | None = None,
        tasks: UiTasks | None = None,
        attach: AttachFlow | None = None,
        # saves the dock's pending edits before the checks read the settings (None: fine,
        # else why not: it said so)
        flush: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conversation_id = conversation_id
        self._flush = flush
        self._attach = attach  # without it, nothing can be attached (and none is offered)
        self._draft_attachments: tuple[Attachment, ...] = ()  # the draft's, during an edit
        self._abilities_unknown = False  # the catalogue does not say what the model reads
        self._offered: list[ModelInfo] = []
        self._service = service
        self._history = history
        self._notices = notices
        self._preflight = preflight
        # The spending guard for the last prompt asked again with other settings (a retry)
        self._settings_check = settings_check
        self._estimator = estimator
        self._tasks = tasks if tasks is not None else UiTasks()
        self._task: asyncio.Task[None] | None = None
        self._pending_prompts: dict[int, str] = {}
        self._editing: int | None = None  # the prompt of yours the composer holds a new version of
        self._draft = ""  # what the composer held before an edit (Esc brings it back)
        self._resent: int | None = None  # the prompt the running turn is a new version of
        self._turn: Turn | None = None  # the answer streaming now: its figures are shown
        self._unfollow: Callable[[], None] | None = None

        self.transcript = Transcript(self)
        self.transcript.offers_thinking_retries = True  # (taken in _action)
        self.transcript.branching = True  # versions and forks (taken in _action)
        # (shown while it is empty)
        self.transcript.setPlaceholderText(translate("chat_view", "Type a message below to start."))
        self.status = QLabel(self)
        self.status.setAccessibleDescription(translate("chat_view", "Answer status"))
        self.status.hide()
        self.composer = Composer(self, enter_sends=enter_sends)
        self.chips = AttachmentChips(self)
        self.chips.cost_of = self._cost_text
        self.attacher = Attacher(attach, self.chips, notices, self._tasks)
        self.attach_button = attach_button(self, self.attacher)
        self.offer_banner = Banner(
            translate("chat_view", "Models that can read your attachments"), self
        )
        self.offer_banner.chosen.connect(self._offer_chosen)
        self.setAcceptDrops(attach is not None)
        self.transcript.attachment_reader = attach.read if attach is not None else None
        self.transcript.tasks = self._tasks  # (thumbnails are made off the UI thread)
        self.transcript.model_lookup = service.model_info
        self.send_button = QPushButton(translate("chat_view", "Send"), self)
        self.send_button.setAccessibleName(translate("chat_view", "Send message"))
        self.send_button.setDefault(True)
        self.stop_button = QPushButton(translate("chat_view", "Stop"), self)
        self.stop_button.setAccessibleName(translate("chat_view", "Stop the answer"))
        self.stop_button.setToolTip(translate("chat_view", "Stop the answer (Esc)"))
        self.stop_button.hide()
        self.editing_banner = Banner(translate("chat_view", "Editing a message"), self)
        self.editing_banner.chosen.connect(lambda _name: self.cancel_edit())
        self.undo_banner = Banner(translate("chat_view", "Deleted version"), self)
        self.undo_banner.chosen.connect(lambda _name: self.undo_delete())
        self.estimate = QLabel(self)
        self.estimate.setEnabled(False)
        self.estimate.setAccessibleDescription(
            translate("chat_view", "Estimated cost of this message")
        )
        self._estimate_timer = QTimer(self)
        self._estimate_timer.setSingleShot(True)
        self._estimate_timer.setInterval(ESTIMATE_DELAY_MS)
        self._estimate_timer.timeout.connect(self.refresh_estimate)
        self._layout()

        self.composer.submitted.connect(self.send)
        self.composer.textChanged.connect(self._estimate_timer.start)
        self.composer.files_given.connect(self.add_files)
        self.composer.image_pasted.connect(self.add_image)
        self.chips.changed.connect(self._estimate_timer.start)
        self.chips.changed.connect(self.offer_banner.hide)  # (what it spoke of changed)
        self.send_button.clicked.connect(lambda: self.send(self.composer.toPlainText()))
        self.stop_button.clicked.connect(self.stop)
        # (Esc also leaves an edit: the line above the composer says so; the help's name for
        # the key stays the one it shares with the comparison view)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape).setWhatsThis(
            translate("chat_view", "Stop the answer")
        )
        self.transcript.action_requested.connect(self._action)
        self.transcript.notice.connect(notices.info)
        self.transcript.near_top.connect(self._load_earlier)
        self.reload()
        self._offer_undo()  # (versions deleted earlier in this session, in a tab since closed)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.stop_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(bar)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.editing_banner)
        layout.addWidget(self.offer_banner)
        layout.addWidget(self.chips)
        layout.addLayout(bottom)
        layout.addWidget(self.estimate)

    # -- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def tab_key(self) -> TabKey:
        """What names this tab (and what the window remembers of it between runs)."""
        return TabKey.chat(self.conversation_id)

    @property
    def turn(self) -> asyncio.Task[None] | None:
        """The turn running now (or the last one)."""
        return self._task

    @property
    def current_turn(self) -> Turn | None:
        """The answer streaming now (None between answers): what it holds and its figures."""
        return self._turn

    def reload(self) -> None:
        self.transcript.versions = self._history.versions(self.conversation_id)
        total = self._history.count_messages(self.conversation_id)
        messages = self._history.last_messages(self.conversation_id, PAGE_SIZE)
        self.transcript.show_messages(messages, has_more_before=total > len(messages))
        self._editing_still_shown()

    def _load_earlier(self) -> None:
        ids = self.transcript.message_ids
        if not ids:
            return
        earlier = self._history.messages_before(self.conversation_id, ids[0], EARLIER_PAGE)
        page, size = earlier[-1:], len(earlier[-1].content) if earlier else 0
        for message in reversed(earlier[:-1]):  # the newest first, while they fit
            size += len(message.content)
            if size > EARLIER_CHARS:
                break
            page.insert(0, message)
        more = len(earlier) == EARLIER_PAGE or len(page) < len(earlier)
        self.transcript.prepend_messages(page, has_more_before=more)

    def refresh_estimate(self) -> None:
        """What sending the composer's text may cost ("about $0.0004, at most $0.005")."""
        if self._estimator is None:
            return
        text = self.composer.toPlainText()
        attachments = self.chips.attachments()
        said = ""
        if text.strip() or attachments:
            said = translate("chat_view", "This message: {estimate}").format(
                estimate=self._estimator(text, attachments)
            )
        if attachments:
            said += " " + translate(
                "chat_view", "Attachments are sent again with every later message."
            )
        self.estimate.setText(said)

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ------------------------------------------------------------------------------

    def send(self, text: str) -> None:
        if self.busy:
            return
        attachments = self.chips.attachments()
        if not text.strip():
            if attachments:
                self._notices.info(
                    translate("chat_view", "Write a message to send with your attachments.")
                )
            return
        if self.attacher.reading:
            self._notices.info(self.attacher.still_reading_text())
            return
        self.transcript.finish_tail()  # (a switched-in branch still being drawn: whole first)
        self._abilities_unknown = False
        if self._flush is not None and self._flush() is not None:
            return  # (the dock's pending edits are saved first: the checks read them)
        history = self._asked_after(self._editing)
        before = self._settings()
        ocr = self._attachments_may_go(attachments, history)
        if ocr is False:
            return  # said why; the text and the attachments stay in the box
        if isinstance(ocr, ChatSettings):  # the guard prices the paid reading said yes to
            self._store_settings(ocr, quietly=True)
        if self._preflight is not None and self._preflight(text, attachments) is not None:
            if isinstance(ocr, ChatSettings) and before is not None:
                self._store_settings(before, quietly=True)  # (not sent: paid reading not on)
            return  # a parameter is invalid or a cap holds it: the text stays in the composer
        if isinstance(ocr, ChatSettings):
            self._settings_shown()  # (the dock's PDF reader row says paid reading)
        if self._tasks.closed:  # the window is closing: the text stays where it is
            return
        self.composer.clear()
        editing = self._editing
        self._set_editing(None)
        if editing is not None and editing not in self.transcript.message_ids:
            # (the prompt being edited left the screen meanwhile: never a plain send instead)
            self.composer.setPlainText(text)
            self._notices.info(
                translate(
                    "chat_view",
                    "The message you were editing is no longer shown, so nothing was sent. "
                    "Switch back to it and edit it again, or send this as a new message.",
                )
            )
            return
        if editing is not None:
            self._resent = editing
            self.chips.clear()
            self._run(
                self._service.edit_and_resend(
                    self.conversation_id, editing, text, self.apply, attachments=attachments
                )
            )
        else:
            self.chips.clear()
            self.offer_banner.hide()
            self._run(
                self._service.send(self.conversation_id, text, self.apply, attachments=attachments)
            )

    def regenerate(self) -> None:
        self.transcript.finish_tail()
        last = [m for m in map(self.transcript.message, self.transcript.message_ids) if m]
        asked = next((m for m in reversed(last) if m.role == "user"), None)
        prompt, sent = (asked.content, asked.attachments) if asked is not None else ("", ())
        if self._flush is not None and self._flush() is not None:
            return
        settings = self._settings()
        if settings is not None and not self._history_may_go(settings, offer=True):
            return
        if self._preflight is not None and self._preflight(prompt, sent) is not None:
            return
        if not self.busy:
            self._run(self._service.regenerate(self.conversation_id, self.apply))

    def regenerate_for_version(self, settings: ChatSettings) -> None:
        """A new version of the last answer made with ``settings``, for that version only
        ("Regenerate with…"; its caller ran the send check with them). A model that cannot
        take the pictures the conversation carries is refused, saying why."""
        if not self.busy and self._history_may_go(settings, offer=False):
            self._run(self._service.regenerate(self.conversation_id, self.apply, settings))

    def _history_may_go(self, settings: ChatSettings, *, offer: bool) -> bool:
        """The model of ``settings`` takes what the conversation's prompts carry (asking
        again sends them all)."""
        earlier = earlier_attachments(self._asked_after(None))
        model = self._model(settings)
        found = gate((), settings, model, earlier)
        if not found.blocked:
            return True
        said = refused_text(found, model.name if model else settings.model)
        if offer:
            self._offer_models(said, found)
        else:
            self._notices.warning(said)
        return False

    def _asked_after(self, editing: int | None) -> list[Message]:
        """The conversation's messages a send goes after (an edit: those before the prompt
        being edited)."""
        if self._tasks.closed:
            return []
        messages = self._history.messages(self.conversation_id)
        at = next((i for i, m in enumerate(messages) if m.id == editing), None)
        return messages if at is None else messages[:at]

    def stop(self) -> asyncio.Task[None] | None:
        """Stop the answer being written (it is kept, marked stopped); returns its task."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            return self._task
        return None

    def _run(self, turn: Coroutine[Any, Any, None]) -> None:
        self._task = self._tasks.spawn(turn)  # its errors go to the crash path
        if self._task is None:  # the window is closing
            return
        if self._abilities_unknown:
            self._abilities_unknown = False
            self._notices.info(unknown_abilities())
        self._task.add_done_callback(self._turn_done)
        if self._unfollow is not None:  # (the last turn's end is still on its way)
            self._unfollow()
        self._unfollow = self._service.turns.subscribe(self._turn_started)
        self._set_busy(True)

    def _turn_text(self) -> str:
        return self._turn.text if self._turn is not None else ""

    def _turn_started(self, turn: Turn) -> None:
        if turn.user.conversation_id == self.conversation_id:
            self._turn = turn

    def _turn_done(self, task: asyncio.Task[None]) -> None:
        if task is not self._task:
            # A turn's end arrives a moment after its task is done, and a new turn may have
            # started in that moment (busy already said no): that one's state stays.
            self.turn_ended.emit(self.conversation_id)
            return
        if self._unfollow is not None:
            self._unfollow()
            self._unfollow = None
        self._turn = None
        self._resent = None
        self._set_busy(False)
        self.turn_ended.emit(self.conversation_id)

    def _set_busy(self, busy: bool) -> None:
        self.send_button.setVisible(not busy)
        self.stop_button.setVisible(busy)
        self.status.setVisible(busy)
        if busy:
            self.status.setText(translate("chat_view", "Waiting for the model…"))
        self.busy_changed.emit(busy)

    def _action(self, name: str, message_id: int) -> None:
        message = self.transcript.message(message_id)
        if name == "retry-prompt":
            if self.busy and self._task is not None:  # the failed turn is still ending:
                self._task.add_done_callback(lambda _t: self._action(name, message_id))
                return  # retry the moment it has (a click is never used up for nothing)
            prompt = self._pending_prompts.pop(message_id, "")
            if prompt:
                self.composer.clear()
                self.send(prompt)
            return
        if message is None:
            return
        if name == "copy":
            copy_message(message, self._notices)
        elif name == "details":
            show_details(message, self._notices, self, self._service.model_info)
        elif name == "regenerate":
            self.regenerate()
        elif name in (LESS_THINKING_ACTION, NO_LENGTH_LIMIT_ACTION):
            self.retry_with(name)
        elif name == "edit":
            self._edit(message)
        elif name == REGENERATE_WITH_ACTION:
            self.regenerate_with_requested.emit(message_id)
        elif name == COMPARE_VERSIONS_ACTION:
            self.compare_versions_requested.emit(message_id)
        elif name == FORK_ACTION:
            self.fork_requested.emit(message_id)
        elif name in (PREVIOUS_VERSION_ACTION, NEXT_VERSION_ACTION):
            self.switch_version(message_id, -1 if name == PREVIOUS_VERSION_ACTION else 1)
        elif name == DELETE_VERSION_ACTION:
            self.delete_version(message_id)

    def retry_with(self, change: str) -> None:
        """Ask again with less thinking (``less-thinking``) or without a length limit
        (``no-length-limit``), starting from what the empty answer was asked with. When that
        was the conversation's own settings, it keeps the changed ones (the dock and "Show
        request…" say what is sent); a version made with other settings ("Regenerate
        with…") is asked again for that version only. The spending guard checks the
        changed request before anything is stored or sent."""
        if self.busy:
            return
        self.transcript.finish_tail()
        last = [m for m in map(self.transcript.message, self.transcript.message_ids) if m]
        asked = next((m for m in reversed(last) if m.role == "user"), None)
        prompt, sent = (asked.content, asked.attachments) if asked is not None else ("", ())
        if self._preflight is not None and self._preflight(prompt, sent) is not None:
            return  # (this also saves the dock's pending edits before they are changed)
        conversation = self._history.get_conversation(self.conversation_id)
        answer = next((m for m in reversed(last) if m.role == "assistant"), None)
        if conversation is None:
            return
        own = answer is None or answer.settings in (None, conversation.settings)
        base = None if own or answer is None else answer.settings
        try:
            changed = self._service.retry_settings(
                self.conversation_id, less_thinking=change == LESS_THINKING_ACTION, base=base
            )
        except LookupError:
            return
        if changed is None:
            self._notices.info(
                translate(
                    "chat_view",
                    "This model cannot think any less than it did. Try again without a length "
                    "limit, or choose a larger Maximum length in the Parameters panel.",
                )
            )
            return
        if self._settings_check is not None and not self._settings_check(changed):
            return  # (the guard said why; nothing was stored)
        if not own:
            self._run(self._service.regenerate(self.conversation_id, self.apply, changed))
            return
        regenerate = self._service.regenerate_with(self.conversation_id, changed, self.apply)
        self.settings_changed.emit(self.conversation_id)  # (stored: the dock shows them)
        self._run(regenerate)

    def _edit(self, message: Message) -> None:
        """Edit a prompt of yours: its text goes to the composer, and sending it adds a new
        version beside the original (which stays, with everything that followed it)."""
        if self.busy:
            return
        self.transcript.finish_tail()
        if self._editing is None:
            self._draft = self.composer.toPlainText()
            self._draft_attachments = self.chips.attachments()
        self._set_editing(message.id)
        self.composer.setPlainText(message.content)
        self._show_chips(message.attachments)  # (sent with the new version unless removed)
        self.focus_composer()

    def cancel_edit(self) -> None:
        """Leave editing: the composer gets back what it held before."""
        if self._editing is None:
            return
        self._set_editing(None)
        self.composer.setPlainText(self._draft)
        self._show_chips(self._draft_attachments)
        self._draft = ""
        self._draft_attachments = ()
        self.focus_composer()

    def _set_editing(self, message_id: int | None) -> None:
        self._editing = message_id
        if message_id is None:
            self.editing_banner.hide()
        else:
            self.editing_banner.say(
                translate("chat_view", EDITING_TEXT), [("cancel", translate("chat_view", "Cancel"))]
            )

    def _escape(self) -> None:
        if self.busy:
            self.stop()
        else:
            self.cancel_edit()

    # -- versions -----------------------------------------------------------------------------

    def switch_version(self, message_id: int, step: int) -> None:
        """Show the version ``step`` away from this message (-1: the one before), with the
        branch below it; only that part is drawn again."""
        family = self.transcript.versions.get(message_id, ())
        at = family.index(message_id) + step if message_id in family else -1
        if not 0 <= at < len(family):
            return
        if self.busy:
            self._notices.info(_wait_to_switch())
            return
        try:
            branch = self._service.show_version(family[at])
        except KeyError:  # gone meanwhile (another window deleted it)
            self.reload()
            return
        if branch is None:
            self._notices.info(_wait_to_switch())
            return
        self.transcript.replace_from(message_id, branch)
        self._editing_still_shown()
        announce(
            self.transcript,
            translate("chat_view", "Version {number} of {total}").format(
                number=at + 1, total=len(family)
            ),
        )

    def delete_version(self, message_id: int) -> None:
        """Delete this version and what followed it at once; the newest version left shows
        in its place, and the line above the composer offers Undo."""
        family = self.transcript.versions.get(message_id, ())
        if message_id not in family:
            return
        if self.busy:
            self._notices.info(_wait_to_switch())
            return
        try:
            taken = self._service.delete_version(message_id)
            if taken is None:
                self._notices.info(_wait_to_switch())
                return
            left = [i for i in family if i != message_id]
            branch = self._service.show_version(left[-1]) or []
        except KeyError:
            self.reload()
            return
        self.transcript.versions = self._history.versions(self.conversation_id)
        self.transcript.replace_from(message_id, branch)
        self._editing_still_shown()
        self._offer_undo()
        announce(self.undo_banner, self.undo_banner.accessibleDescription())

    def undo_delete(self) -> None:
        """Bring back the version deleted last, with what followed it, shown again."""
        deleted = self._service.deleted_versions(self.conversation_id)
        if not deleted:
            self._offer_undo()
            return
        if self.busy:
            self._notices.info(_wait_to_switch())
            return
        taken = deleted[-1]
        try:
            branch = self._service.restore_version(taken)
        except KeyError:
            self._notices.info(
                translate(
                    "chat_view", "That version cannot come back: what it followed was deleted too."
                )
            )
            self._offer_undo()
            return
        if branch is None:
            self._notices.info(_wait_to_switch())
            return
        by_key = self.undo_banner.hasFocus()
        self.transcript.versions = self._history.versions(self.conversation_id)
        shown = [self.transcript.message(i) for i in self.transcript.message_ids]
        there = next(
            (m.id for m in shown if m is not None and m.parent_id == taken.parent_id), None
        )
        if there is None:
            self.reload()
        else:
            self.transcript.replace_from(there, branch)
        self._editing_still_shown()
        self._offer_undo()
        if by_key:  # the keyboard goes on from the version that came back
            self.transcript.setFocus(Qt.FocusReason.OtherFocusReason)
            self.transcript.focus_switcher(taken.message_id)

    def _offer_undo(self) -> None:
        deleted = self._service.deleted_versions(self.conversation_id)
        if not deleted:
            self.undo_banner.hide()
            return
        taken = deleted[-1]
        said = translate("chat_view", "Version {number} of {total} deleted.").format(
            number=taken.which, total=taken.count
        )
        self.undo_banner.say(said, [("undo", translate("chat_view", "Undo"))])

    def _editing_still_shown(self) -> None:
        """A switch took the prompt being edited off the screen: editing it ends (what the
        composer holds stays)."""
        if self._editing is not None and self._editing not in self.transcript.message_ids:
            self._set_editing(None)

    # -- turn events --------------------------------------------------------------------------

    def apply(self, event: TurnEvent) -> None:
        from app.api import InsufficientCreditsError
        from app.services.chat import (
            TurnFinished,
            TurnNotice,
            TurnReasoning,
            TurnStarted,
            TurnText,
            TurnUndone,
            TurnWaiting,
        )

        if isinstance(event, TurnNotice):  # (an earlier file gone: sent as a note instead)
            self._notices.info(event.text)
        elif isinstance(event, TurnStarted):
            self._pending_prompts.clear()  # an older notice's Retry is gone: nothing to resend
            self.transcript.versions = self._history.versions(self.conversation_id)
            self._show_new_versions(event.user, event.answer)
            self.transcript.begin_stream(event.answer, self._turn_text, self._turn)
        elif isinstance(event, TurnWaiting):
            self.transcript.stream_waiting()
        elif isinstance(event, TurnReasoning):
            self.transcript.stream_grew()  # (the same refreshes as the answer's text)
            if self._turn is not None and self._turn.thinking:
                self.status.setText(translate("chat_view", "Thinking…"))
        elif isinstance(event, TurnText):
            self.transcript.stream_grew()
            self._show_rate()
        elif isinstance(event, TurnFinished):
            self.transcript.end_stream(event.message)
            if event.error is not None:
                self._notices.warning(
                    shorten(event.error.user_message, ERROR_LIMIT), topic=Topic.SEND
                )
        elif isinstance(event, TurnUndone):
            self.transcript.remove_messages([event.user_message_id, event.answer_message_id])
            self._edit_again(event.prompt)
            if isinstance(event.error, InsufficientCreditsError):
                self.out_of_credit.emit()
            if event.error is not None:
                self._pending_prompts[event.user_message_id] = event.prompt
                self.transcript.show_notice(
                    event.error.user_message, retry_id=event.user_message_id
                )
            if not self.composer.toPlainText().strip():
                self.composer.setPlainText(event.prompt)
            self._attachments_back(event.attachments)
            self.focus_composer()

    def _show_new_versions(self, user: Message, answer: Message) -> None:
        """A turn started: a new version (of the answer, or of an edited prompt) takes the
        place of the one shown, with what followed it; a plain send adds the prompt."""
        self.transcript.finish_tail()
        shown = [m for m in map(self.transcript.message, self.transcript.message_ids) if m]
        if user.id not in self.transcript.message_ids:
            # An edited prompt takes its original's place (or a new prompt goes at the end)
            edited = next((m.id for m in shown if m.parent_id == user.parent_id), None)
            if edited is not None:
                self.transcript.replace_from(edited, [user])
            else:
                self.transcript.append_message(user)
            self._maybe_new_title()
            return
        replaced = next((m.id for m in shown if m.parent_id == answer.parent_id), None)
        if replaced is not None:  # a new version of the answer: the shown one goes
            self.transcript.replace_from(replaced, [])

    def _edit_again(self, prompt: str) -> None:
        """An edit whose answer never came was taken back: the original shows again, and
        the composer is editing it again."""
        original, self._resent = self._resent, None
        if original is None:
            return
        try:
            self._service.show_version(original)
        except KeyError:
            return
        self.reload()
        if original in self.transcript.message_ids and not self.composer.toPlainText().strip():
            self._set_editing(original)
            self.composer.setPlainText(prompt)

    def _show_rate(self) -> None:
        rate = self._turn.tokens_per_second() if self._turn is not None else None
        self.status.setText(
            translate("chat_view", "Writing…")
            if rate is None
            else translate("chat_view", "Writing… {rate} tokens/s").format(
                rate=local_decimal(rate, 0)
            )
        )

    def _maybe_new_title(self) -> None:
        conversation = self._history.get_conversation(self.conversation_id)
        if conversation is not None:
            self.title_changed.emit(self.conversation_id, conversation.title)

    # -- attachments --------------------------------------------------------------------------

    def choose_files(self) -> None:
        """The Attach button: choose a file to attach."""
        self.attacher.choose_files(self)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Read each file off the UI thread and show it as a chip (or say why not)."""
        self.attacher.add_files(paths)

    def add_image(self, data: bytes) -> None:
        """A pasted picture (PNG bytes)."""
        self.attacher.add_image(data)

    def _settings(self) -> ChatSettings | None:
        if self._tasks.closed:  # the window let go of the history (it may be closed)
            return None
        conversation = self._history.get_conversation(self.conversation_id)
        return conversation.settings if conversation is not None else None

    def _model(self, settings: ChatSettings) -> ModelInfo | None:
        flow = self._attach
        lookup = flow.model_info if flow is not None else self._service.model_info
        return lookup(settings.model)

    def _cost_text(self, attachment: Attachment) -> str:
        settings = self._settings()
        cost = (
            attachment_cost(attachment, settings, self._model(settings))
            if settings is not None
            else None
        )
        if cost is None:
            return ""
        return translate("chat_view", "about {cost}").format(cost=format_usd(cost, compact=True))

    def _attachments_may_go(
        self, attachments: Sequence[Attachment], history: Sequence[Message]
    ) -> bool | ChatSettings:
        """Gate what the request carries (the new attachments and the earlier prompts') by
        what the model reads (the catalogue says): a model that cannot take one stops the
        send and offers models that can. New scanned PDFs ask before paid reading, priced for
        every PDF it then reads; yes gives the settings to store once the send may go (the
        spending guard first). Nothing is rerouted and nothing dropped."""
        settings = self._settings()
        if settings is None:
            return False
        model = self._model(settings)
        found = gate(attachments, settings, model, earlier_attachments(history))
        if found.blocked:
            self._offer_models(refused_text(found, model.name if model else settings.model), found)
            return False
        paid: bool | ChatSettings = True
        if found.scanned:
            read = ocr_pdfs(settings, history, attachments, model)
            question = ocr_question(found.scanned, read, ocr_cost(read, model))
            if not self._notices.confirm(
                translate("chat_view", "Read the pictures of pages?"),
                question,
                translate("chat_view", "Read them"),
            ):
                self._notices.info(
                    translate(
                        "chat_view",
                        "Not sent: your message and its attachments are still in the box. "
                        "Remove the PDF to send without it.",
                    )
                )
                return False
            paid = with_ocr(settings) if settings.pdf_engine != OCR_PDF_ENGINE else True
        self._abilities_unknown = found.unknown  # (said once the message is sent)
        self.offer_banner.hide()
        return paid

    def _offer_models(self, said: str, found: Any) -> None:
        flow = self._attach
        settings = self._settings()
        models = flow.models() if flow is not None else ()
        current = settings.model if settings is not None else ""
        self._offered = capable_models(models, found.needs, current)
        if not self._offered:
            said += " " + translate(
                "chat_view",
                "No model in the model list says it can; refresh the list and try again.",
            )
        links = [(f"model-{i}", m.name) for i, m in enumerate(self._offered)]
        self.offer_banner.say(said, [*links, ("cancel", translate("chat_view", "Close"))])
        self._notices.warning(said)
        announce(self.offer_banner, said)

    def _offer_chosen(self, name: str) -> None:
        """A model offered for the attachments was chosen: the conversation uses it from
        now on (the dock shows it); the message waits for Send."""
        self.offer_banner.hide()
        index = name.removeprefix("model-")
        settings = self._settings()
        if not index.isdigit() or int(index) >= len(self._offered) or settings is None:
            return
        model = self._offered[int(index)]
        self._store_settings(replace(settings, model=model.id))
        self._notices.info(
            translate(
                "chat_view", "This conversation now uses {model}. Press Send to send your message."
            ).format(model=model.name)
        )

        self.focus_composer()

    def _store_settings(self, settings: ChatSettings, *, quietly: bool = False) -> None:
        """Keep ``settings`` for the conversation; shown at once unless ``quietly`` (a send
        still being checked: ``_settings_shown`` follows once it may go)."""
        flow = self._attach
        stored = flow is not None and flow.update_settings(self.conversation_id, settings)
        if stored and not quietly:
            self._settings_shown()

    def _settings_shown(self) -> None:
        self.settings_changed.emit(self.conversation_id)  # (the dock shows them)
        self.chips.refresh_costs()
        self.refresh_estimate()

    def _attachments_back(self, back: Sequence[Attachment]) -> None:
        """A send that never got an answer was taken back: its attachments return to the
        box with its text (unless others were attached meanwhile)."""
        if self.chips.attachments() or self._attach is None:
            return
        self._show_chips(back)

    def _show_chips(self, attachments: Sequence[Attachment]) -> None:
        self.attacher.show(attachments)

    # -- drops onto the view ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt)
        data = event.mimeData()
        if self._attach is not None and (local_files(data) or data.hasImage()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt)
        data = event.mimeData()
        files = local_files(data)
        image = None if files else pasted_image(data)
        if files:
            self.add_files(files)
        elif image is not None:
            self.add_image(image)
        else:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
