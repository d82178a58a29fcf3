"""Use cases that own transactions; the CLI and the web app call these and nothing else."""
