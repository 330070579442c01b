"""Qt only: windows, item models, dialogs, undo commands and workers."""
