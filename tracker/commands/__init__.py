"""One module per ``tracker`` sub-command; see tracker/cli.py."""
