"""`python -m app.cli` runs the `pokin` command."""

import sys

from app.cli import main

sys.exit(main())
