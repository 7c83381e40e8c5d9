-- V005: the read-only group role for analysts and BI tools.
--
-- baocao_reader may use schema `report` and read its views, and nothing else:
-- no rights on the base tables in schema `baocao`, on the migration history,
-- or to create objects in `public`. The views still work for its members:
-- a view reads its tables with its owner's rights.
--
-- A login for a person or a BI tool is made a member of it:
--   CREATE ROLE metabase LOGIN PASSWORD '...' IN ROLE baocao_reader;
--
-- Roles belong to the whole cluster while this file runs once per database,
-- so the role is created only when missing (and a concurrent migrator of
-- another database that created it first is not an error).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'baocao_reader') THEN
        CREATE ROLE baocao_reader NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;  -- created meanwhile by a migrator of another database
END
$$;

COMMENT ON ROLE baocao_reader IS
    'Read-only access to the baocao report views (schema report). Grant it to a login: CREATE ROLE x LOGIN PASSWORD ''...'' IN ROLE baocao_reader';

-- Since PostgreSQL 15 nobody but the owner may create in schema public; say
-- so explicitly for clusters upgraded from older versions.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Readers connect and use `report`; the base schema stays closed to them
-- (PUBLIC has no rights on it unless someone granted them).
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO baocao_reader', current_database());
END
$$;
REVOKE ALL ON SCHEMA baocao FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA baocao FROM PUBLIC;

CREATE SCHEMA IF NOT EXISTS report;
GRANT USAGE ON SCHEMA report TO baocao_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA report TO baocao_reader;

-- Views the migrating role adds to `report` later are readable at once.
ALTER DEFAULT PRIVILEGES IN SCHEMA report GRANT SELECT ON TABLES TO baocao_reader;
