"""The font of Helix's PDFs: WenQuanYi Micro Hei, bundled in resources/fonts (Apache-2.0; see the
README there). It has TrueType outlines for Chinese and Latin text, so reportlab embeds a subset
of it in each PDF, which then prints the same on a machine without Chinese fonts (reportlab's
own Chinese CID fonts are not embedded). Registered with reportlab once per process."""

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import DomainError
from app.resources import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FONT_NAME = "HelixSans"  # the name inside Helix; the PDF names the embedded font WenQuanYi…

_lock = threading.Lock()
_registered: str | None = None


def pdf_font() -> str:
    """The registered font's name for reportlab styles (registers it on first use)."""
    global _registered
    with _lock:
        if _registered is None:
            path = resource_path(*FONT_FILE)
            if not path.is_file():
                raise DomainError(
                    "The font file {path} is missing, so Helix cannot write PDFs with Chinese "
                    "text. Reinstall Helix.",
                    path=str(path),
                )
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            # The font has one weight: <b> and <i> in a paragraph keep to it, never a fallback.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
            _registered = FONT_NAME
        return _registered
