"""Offline copies in the GUI: the copy-out and sync dialogs, the status bar's word on the copy,
and the Conflicts screen."""
