"""Pure domain: messages, sampling parameters, model info, usage and money. No I/O."""

APP_NAME = "Switchboard"  # window titles, the data folders' names, the QApplication's name
