-- Roundtable on a shared PostgreSQL server: one owner role that holds the schema and runs
-- upgrades, and a login role per organizer with data rights only (no DDL).
-- Run as the server's administrator (psql -U postgres), replacing the passwords.

CREATE ROLE roundtable_owner LOGIN PASSWORD 'change-me-owner';
CREATE ROLE roundtable_editors NOLOGIN;
CREATE ROLE alice LOGIN PASSWORD 'change-me-alice' IN ROLE roundtable_editors;
CREATE DATABASE roundtable OWNER roundtable_owner ENCODING 'UTF8' TEMPLATE template0;

\connect roundtable
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO roundtable_editors;
-- Tables and sequences the owner creates (now and in future upgrades) are usable by editors:
ALTER DEFAULT PRIVILEGES FOR ROLE roundtable_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO roundtable_editors;
ALTER DEFAULT PRIVILEGES FOR ROLE roundtable_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO roundtable_editors;
