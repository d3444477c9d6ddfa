"""The matching weights in Settings: how much each part of the score counts (used in
proportion to their sum), with a button back to the engine's defaults."""

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from app.services.matching import DEFAULT_WEIGHTS, PART_KEYS, Weights
from app.settings import Settings, configured_weights

PART_LABELS = {
    "text": QT_TRANSLATE_NOOP("MatchingWeights", "Text relevance"),
    "sector": QT_TRANSLATE_NOOP("MatchingWeights", "Sector overlap"),
    "trl": QT_TRANSLATE_NOOP("MatchingWeights", "Readiness (TRL) fit"),
    "cooperation": QT_TRANSLATE_NOOP("MatchingWeights", "Cooperation type"),
    "budget": QT_TRANSLATE_NOOP("MatchingWeights", "Budget overlap"),
    "region": QT_TRANSLATE_NOOP("MatchingWeights", "Same region"),
    "past_performance": QT_TRANSLATE_NOOP("MatchingWeights", "Past evaluations"),
}


class WeightsSection(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MatchingWeights", "Matching"), parent)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        note = QLabel(
            self.tr("How much each part counts in a match's score; used in proportion to the sum.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        for key in PART_KEYS:
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.01)
            spin.setDecimals(2)
            form.addRow(QCoreApplication.translate("MatchingWeights", PART_LABELS[key]), spin)
            self.spins[key] = spin
        self.defaults = QPushButton(self.tr("Defaults"))
        self.defaults.clicked.connect(lambda: self.show_weights(DEFAULT_WEIGHTS))
        form.addRow("", self.defaults)
        self.show_weights(configured_weights(settings))

    def show_weights(self, weights: Weights) -> None:
        for key, value in weights.to_mapping().items():
            self.spins[key].setValue(value)

    def weights(self) -> Weights | None:
        """The weights shown, or None when all are 0 (not usable)."""
        try:
            return Weights.from_mapping({k: s.value() for k, s in self.spins.items()})
        except ValueError:
            return None

    def apply_to(self, settings: Settings) -> None:
        chosen = self.weights()
        if chosen is None or chosen == DEFAULT_WEIGHTS:
            settings.match_weights = ""
        else:
            settings.match_weights = json.dumps(chosen.to_mapping(), sort_keys=True)
