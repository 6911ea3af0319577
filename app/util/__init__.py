"""Small pure-Python helpers with no domain in them (collector pauses, Indonesian formatting)."""
