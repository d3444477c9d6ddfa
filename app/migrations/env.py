"""Alembic environment. Helix runs migrations itself (app.db.Database.upgrade), passing the
connection in `config.attributes`; `alembic` on the command line works too with -x url=..."""

from alembic import context
from sqlalchemy import Connection

from app.db import include_in_migrations, make_engine
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_in_migrations,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database with: alembic -x url=sqlite:///path ...")
    engine = make_engine(url, foreign_keys=False, pooled=False)
    with engine.connect() as conn:
        run(conn)
        conn.commit()
    engine.dispose()
