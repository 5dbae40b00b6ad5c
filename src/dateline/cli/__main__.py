"""`python -m dateline.cli`."""

from dateline.cli import main

main()
