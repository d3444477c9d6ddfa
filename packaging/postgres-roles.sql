-- Helix: least-privilege roles for the office's shared PostgreSQL database.
--
-- Two roles:
--   helix_owner  owns the schema and every table. Used only to create and migrate the schema:
--                  helix --db postgresql+psycopg://helix_owner@dbserver/helix db upgrade
--   helix_app    what Helix connects as every day. Reads and writes rows (and can restore a
--                backup, which deletes and inserts rows), but cannot create, alter, drop or
--                truncate anything.
--
-- Steps, as a PostgreSQL superuser (postgres):
--
-- 1. Create the database, UTF8 with a UTF-8 locale, not 'C' (Chinese search: pg_trgm finds no
--    trigrams in CJK text under the C locale):
--      CREATE DATABASE helix ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
--    ('en_US.UTF-8' or 'zh_CN.UTF-8' work too where installed: `locale -a` lists them.)
--
-- 2. Run this file in that database. It can run again at any time (for example after an
--    upgrade) and changes nothing that is right already:
--      psql -U postgres -d helix -v ON_ERROR_STOP=1 -f postgres-roles.sql
--
-- 3. Give both roles passwords (psql asks and sends them hashed, never in clear text):
--      psql -U postgres -d helix -c '\password helix_owner'
--      psql -U postgres -d helix -c '\password helix_app'
--
-- 4. Create the schema as the owner, from any PC with Helix:
--      helix --db postgresql+psycopg://helix_owner@dbserver/helix db upgrade
--    (and the same command after installing a newer Helix). Then run this file once more, so
--    that the application role may only read the schema version table.
--
-- 5. Clerks connect as helix_app: in Helix, File > Settings, postgresql+psycopg://helix_app@
--    dbserver/helix. Helix keeps the password in the Windows Credential Manager.
--    (Per-person database logins instead: CREATE ROLE li_na LOGIN IN ROLE helix_app; grants
--    made to helix_app apply to its members.)
--
-- pg_hba.conf: allow only these roles, only to this database, only from the office network,
-- only with SCRAM (password_encryption = 'scram-sha-256' in postgresql.conf, the default since
-- PostgreSQL 14; set the passwords after that). For example:
--      hostssl  helix  helix_app,helix_owner  192.168.10.0/24  scram-sha-256
-- (hostssl needs ssl = on and a server certificate; without them use "host"). Never "trust".
-- Reload after a change: SELECT pg_reload_conf();
--
-- If the tables were created by another role before, hand them over first (as that role):
--      REASSIGN OWNED BY old_role TO helix_owner;

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'helix_owner') THEN
        CREATE ROLE helix_owner LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'helix_app') THEN
        CREATE ROLE helix_app LOGIN;
    END IF;
    -- Only these two may connect to this database; nobody else may make temporary tables in it.
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO helix_owner, helix_app', current_database());
END
$roles$;

-- The schema belongs to the owner; only the owner creates objects in it.
ALTER SCHEMA public OWNER TO helix_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO helix_app;

-- Rows: what exists already ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO helix_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO helix_app;

-- ... and what later migrations create as helix_owner.
ALTER DEFAULT PRIVILEGES FOR ROLE helix_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO helix_app;
ALTER DEFAULT PRIVILEGES FOR ROLE helix_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO helix_app;

-- The schema version is the owner's business: the application only reads it.
DO $version$
BEGIN
    IF to_regclass('public.alembic_version') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE ON public.alembic_version FROM helix_app;
    END IF;
END
$version$;
