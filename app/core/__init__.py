"""Pure domain: messages, sampling parameters, model info, usage and money. No I/O."""
