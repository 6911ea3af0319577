"""The validator's rules, one small module per family; `app.model.checks` runs them all."""
