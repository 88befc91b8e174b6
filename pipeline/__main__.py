"""`python -m pipeline` runs the `minutier` command."""

import sys

from pipeline.cli import main

sys.exit(main())
