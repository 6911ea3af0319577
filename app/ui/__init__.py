"""The Qt editor: a thin layer over the model, following its change sets."""
