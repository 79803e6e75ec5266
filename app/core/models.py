"""What the app knows about a model from the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

DEFAULT_MODEL = "microsoft/wizardlm-2-8x22b"
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One catalogue entry. Prices are USD per token; None means the catalogue did not say."""

    id: str
    name: str
    context_length: int | None = None
    prompt_price: Decimal | None = None
    completion_price: Decimal | None = None
    request_price: Decimal | None = None
    max_completion_tokens: int | None = None
    supported_parameters: frozenset[str] = field(default_factory=frozenset)
    description: str = ""
    created: int | None = None

    @property
    def is_free(self) -> bool:
        return self.prompt_price == 0 and self.completion_price == 0

    def supports(self, parameter: str) -> bool:
        """Unknown support (an empty list) counts as supported: we cannot know better."""
        return not self.supported_parameters or parameter in self.supported_parameters
