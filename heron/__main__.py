"""`python -m heron`: the same commands as the `heron` console script."""

from heron.cli import app

app(prog_name="heron")
