"""Alembic migrations of the store, shipped inside the package (see ``relcycle.store.migrate``)."""
