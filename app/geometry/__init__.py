"""What screen and paper share: card text and sizes, font metrics, the tidy layout, palettes.

Pure Python: reads the model, knows no Qt and no reportlab, so that the canvas
and the PDF draw the same cards in the same places.
"""
