"""Who may do what on a team plan, enforced by PostgreSQL itself (contract §4).

Raw SQL from a login can do no more than the editor lets it, because every
rule is the database's own:

- **roles and grants**: three group roles per plan database (`pokin_<db>_<tag>_bappeda`,
  `..._opd`, `..._evaluator`, NOLOGIN); a login is a member of the one of its role.
  Grants give each group only the tables and commands its role may touch at all:
  everyone reads everything; `bappeda` writes nodes, the plan's facts, review notes,
  snapshots and the editor's card-height cache; `opd` writes nodes; `evaluator`
  writes review notes. Nobody but the owner writes `team_members`, `meta` (but the
  cache) or the key sequence, whose blocks come from `pokin_take_keys()`.
- **row-level security** on every table: the login's role is read from
  `team_members` (not from the group, so that a login in two plans has each plan's
  role), and a new or changed node must lie in the login's branch (WITH CHECK).
- **triggers**, for what a policy cannot say or would only filter silently: the
  node as it was must lie in the branch too (an UPDATE or DELETE the USING clause
  filtered would do nothing without a word, and a store would take that for
  success), with the reason in Indonesian naming whose branch it is; `changed_by`
  and `changed_at` are set by the server; a review note's author is the login that
  wrote it and never changes; a snapshot's author is the login.

The branch rule (mirrored in Python by `app.model.rights`, which gives the
editor the same reason before it tries): a login of role `opd` may add, change,
move and delete a node that is at an OPD level of the plan's scheme (index >=
first_opd) and names one of its OPDs, or that lies below such a node (through
main parents), even one naming no OPD; never a node at a Pemda level.

Every function pins `search_path` to pg_catalog and names the plan's tables
with their schema; no statement is built from data (OPD names, logins), so
nothing a planner types can become SQL. `install` is idempotent: the migration
to schema 4 runs it, and `pokin team init` runs it again on a database moved to
another server (roles do not travel with a dump).
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Connection

from .schema import ROLES

ROLES_KEY = "team_roles"  # meta: the prefix of this database's group roles

# Tables: reading for all; what each role may write.
_READ = ("meta", "plan", "nodes", "review_notes", "snapshots", "team_members", "alembic_version")
_WRITE = {
    "bappeda": {"nodes": "INSERT, UPDATE, DELETE", "plan": "UPDATE",
                "review_notes": "INSERT, UPDATE, DELETE", "snapshots": "INSERT, DELETE",
                "meta": "INSERT, UPDATE, DELETE"},
    "opd": {"nodes": "INSERT, UPDATE, DELETE"},
    "evaluator": {"review_notes": "INSERT, UPDATE, DELETE"},
}

# The functions, in <<S>> (the schema). Each pins search_path; none builds SQL from data.
_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION <<S>>.pokin_role() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT m.role FROM <<S>>.team_members m WHERE m.login = current_user
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_is_admin() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = current_user
                 AND (r.rolsuper OR r.rolbypassrls))
      OR pg_catalog.pg_has_role(current_user,
           (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = '<<S>>.nodes'::regclass),
           'MEMBER')
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_scheme(OUT names text[], OUT first_opd integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  stored text;
  part text;
  n integer := 0;
BEGIN
  SELECT p.scheme INTO stored FROM <<S>>.plan p WHERE p.id = 1;
  IF stored IS NULL OR btrim(stored, E' \t\n\r\f\v') = '' THEN
    stored := 'Tujuan;Sasaran;*Sasaran Strategis PD;Program;Kegiatan;Sub Kegiatan';
  END IF;
  names := '{}';
  FOREACH part IN ARRAY string_to_array(stored, ';') LOOP
    part := btrim(part, E' \t\n\r\f\v');
    CONTINUE WHEN part = '';
    IF left(part, 1) = '*' THEN
      part := btrim(substr(part, 2), E' \t\n\r\f\v');
      IF first_opd IS NULL THEN first_opd := n; END IF;
    END IF;
    names := names || lower(part);
    n := n + 1;
  END LOOP;
  IF first_opd IS NULL THEN first_opd := least(2, n - 1); END IF;
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_opd_list(opds text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT string_agg(e.value, ', ' ORDER BY e.n)
    FROM jsonb_array_elements_text(opds::jsonb) WITH ORDINALITY AS e(value, n)
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_why_not_node(node_key text, node_statement text,
    node_level text, node_opds text, node_parent text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  me text := current_user;
  my_role text;
  mine text[];
  branch text;
  sch_names text[];
  sch_first integer;
  pos integer;
  owner text;
  cur text := node_parent;
  up_level text;
  up_opds text;
  up_parent text;
  depth integer := 0;
  label text;
BEGIN
  SELECT m.role, ARRAY(SELECT jsonb_array_elements_text(m.opds::jsonb))
    INTO my_role, mine FROM <<S>>.team_members m WHERE m.login = me;
  IF my_role IS NULL THEN
    RETURN format('Login ''%s'' bukan anggota tim rencana ini.', me);
  END IF;
  IF my_role = 'bappeda' THEN
    RETURN NULL;
  END IF;
  IF my_role <> 'opd' THEN
    RETURN format('Login ''%s'' berperan penilai: pohon hanya dapat dibaca; yang dapat '
                  'ditulis hanya catatan reviu.', me);
  END IF;
  IF cardinality(mine) = 0 THEN
    RETURN format('Login ''%s'' belum diberi perangkat daerah; minta petugas TI menambahkannya '
                  '(pokin team add-user ... --opd NAMA).', me);
  END IF;
  branch := array_to_string(mine, ' atau ');
  label := CASE WHEN btrim(coalesce(node_statement, '')) = '' THEN node_key
                WHEN char_length(btrim(node_statement)) > 60
                  THEN left(btrim(node_statement), 59) || '…'
                ELSE btrim(node_statement) END;
  SELECT s.names, s.first_opd INTO sch_names, sch_first FROM <<S>>.pokin_scheme() s;
  pos := array_position(sch_names, lower(btrim(coalesce(node_level, ''), E' \t\n\r\f\v')));
  IF pos IS NOT NULL AND pos - 1 < sch_first THEN
    RETURN format('Simpul ''%s'' berada di level Pemda (%s); login ''%s'' hanya boleh mengubah '
                  'cabang %s.', label, node_level, me, branch);
  END IF;
  IF pos IS NOT NULL THEN
    IF coalesce(node_opds::jsonb ?| mine, false) THEN
      RETURN NULL;
    END IF;
    owner := <<S>>.pokin_opd_list(node_opds);
    IF coalesce(owner, '') <> '' THEN  -- naming other OPDs: theirs, wherever it hangs
      cur := NULL;
    END IF;
  END IF;
  WHILE cur IS NOT NULL AND depth < 10000 LOOP
    SELECT n.level, n.opds, n.parent INTO up_level, up_opds, up_parent
      FROM <<S>>.nodes n WHERE n.key = cur;
    EXIT WHEN NOT FOUND;
    pos := array_position(sch_names, lower(btrim(coalesce(up_level, ''), E' \t\n\r\f\v')));
    EXIT WHEN pos IS NOT NULL AND pos - 1 < sch_first;
    IF pos IS NOT NULL THEN
      IF coalesce(up_opds::jsonb ?| mine, false) THEN
        RETURN NULL;
      END IF;
      owner := <<S>>.pokin_opd_list(up_opds);
      EXIT WHEN coalesce(owner, '') <> '';  -- the nearest ancestor naming OPDs decides
    END IF;
    cur := up_parent;
    depth := depth + 1;
  END LOOP;
  IF coalesce(owner, '') = '' THEN
    RETURN format('Simpul ''%s'' tidak berada di cabang %s dan belum menyebut perangkat '
                  'daerah; login ''%s'' hanya boleh mengubah cabang %s.', label, branch, me,
                  branch);
  END IF;
  RETURN format('Simpul ''%s'' milik %s; login ''%s'' hanya boleh mengubah cabang %s.',
                label, owner, me, branch);
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_may_write_node(node_key text, node_statement text,
    node_level text, node_opds text, node_parent text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT <<S>>.pokin_why_not_node(node_key, node_statement, node_level, node_opds,
                                  node_parent) IS NULL
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_guard_node() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  why text;
  checked boolean := NOT <<S>>.pokin_is_admin();
BEGIN
  IF checked AND TG_OP IN ('UPDATE', 'DELETE') THEN
    why := <<S>>.pokin_why_not_node(OLD.key, OLD.statement, OLD.level, OLD.opds, OLD.parent);
    IF why IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = why, HINT = 'pokin';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF checked THEN
    why := <<S>>.pokin_why_not_node(NEW.key, NEW.statement, NEW.level, NEW.opds, NEW.parent);
    IF why IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = why, HINT = 'pokin';
    END IF;
  END IF;
  NEW.changed_by := current_user;
  NEW.changed_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                    || '+00:00';
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_bury_note(note_id text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
  INSERT INTO <<S>>.review_notes_gone (id, node, text, author, date, status, decision)
  SELECT r.id, r.node, r.text, r.author, r.date, r.status, r.decision
    FROM <<S>>.review_notes r WHERE r.id = note_id
  ON CONFLICT (id) DO UPDATE SET node = excluded.node, text = excluded.text,
    author = excluded.author, date = excluded.date, status = excluded.status,
    decision = excluded.decision
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_unbury_note(note_id text, note_node text,
    note_text text, note_author text, note_date text, note_status text, note_decision text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  DELETE FROM <<S>>.review_notes_gone g
   WHERE g.id = note_id AND g.node = note_node AND g.text = note_text
     AND g.author = note_author AND g.date = note_date AND g.status = note_status
     AND g.decision = note_decision;
  RETURN FOUND;
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_guard_review() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM <<S>>.pokin_bury_note(OLD.id);
    RETURN OLD;
  END IF;
  IF <<S>>.pokin_is_admin() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.author = '' THEN
      NEW.author := current_user;
    END IF;
    -- Someone else's note only when put back exactly as it was deleted (an undo).
    IF NEW.author <> current_user AND NOT <<S>>.pokin_unbury_note(NEW.id, NEW.node, NEW.text,
        NEW.author, NEW.date, NEW.status, NEW.decision) THEN
      RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'pokin', MESSAGE = format(
        'Penyusun catatan reviu adalah login yang menulisnya (''%s''), bukan ''%s''.',
        current_user, NEW.author);
    END IF;
  ELSIF NEW.author <> OLD.author THEN
    RAISE EXCEPTION USING ERRCODE = '42501', HINT = 'pokin', MESSAGE = format(
      'Penyusun catatan reviu (''%s'') tidak dapat diubah.', OLD.author);
  END IF;
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_guard_snapshot() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF NOT <<S>>.pokin_is_admin() THEN
    NEW.author := current_user;
  END IF;
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION <<S>>.pokin_take_keys() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
  first bigint := nextval('<<S>>.node_keys');
  lowest numeric;
BEGIN
  -- Past every N-<number> key stored, worked out here, never taken from the caller.
  SELECT coalesce(max(substr(n.key, 3)::numeric), 0) + 1 INTO lowest
    FROM <<S>>.nodes n WHERE n.key ~ '^N-[0-9]{1,15}$';
  IF first < lowest THEN
    PERFORM setval('<<S>>.node_keys', lowest::bigint + 100, false);
    first := lowest::bigint;
  END IF;
  RETURN first;
END
$f$;
"""

_FUNCTION_SIGNATURES = (
    "pokin_role()", "pokin_is_admin()", "pokin_scheme()", "pokin_opd_list(text)",
    "pokin_why_not_node(text, text, text, text, text)",
    "pokin_may_write_node(text, text, text, text, text)",
    "pokin_guard_node()", "pokin_guard_review()", "pokin_guard_snapshot()", "pokin_take_keys()",
    "pokin_bury_note(text)", "pokin_unbury_note(text, text, text, text, text, text, text)",
)

# Policies: (table, name, command, roles, USING, WITH CHECK). Roles by Pokin name.
_WRITERS = "<<S>>.pokin_role() = ANY (ARRAY[{roles}])"
_NODE_OK = ("<<S>>.pokin_may_write_node(key, statement, level, opds, parent)")
_POLICIES = (
    ("nodes", "pokin_nodes_read", "SELECT", ROLES, "true", None),
    ("nodes", "pokin_nodes_add", "INSERT", ("bappeda", "opd"), None, _NODE_OK),
    ("nodes", "pokin_nodes_change", "UPDATE", ("bappeda", "opd"), ("bappeda", "opd"), _NODE_OK),
    ("nodes", "pokin_nodes_delete", "DELETE", ("bappeda", "opd"), ("bappeda", "opd"), None),
    ("plan", "pokin_plan_read", "SELECT", ROLES, "true", None),
    ("plan", "pokin_plan_change", "UPDATE", ("bappeda",), ("bappeda",), ("bappeda",)),
    ("review_notes", "pokin_notes_read", "SELECT", ROLES, "true", None),
    ("review_notes", "pokin_notes_add", "INSERT", ("bappeda", "evaluator"), None,
     ("bappeda", "evaluator")),
    ("review_notes", "pokin_notes_change", "UPDATE", ("bappeda", "evaluator"),
     ("bappeda", "evaluator"), ("bappeda", "evaluator")),
    ("review_notes", "pokin_notes_delete", "DELETE", ("bappeda", "evaluator"),
     ("bappeda", "evaluator"), None),
    ("snapshots", "pokin_snapshots_read", "SELECT", ROLES, "true", None),
    ("snapshots", "pokin_snapshots_add", "INSERT", ("bappeda",), None,
     "<<S>>.pokin_role() = 'bappeda' AND author = current_user"),
    ("snapshots", "pokin_snapshots_delete", "DELETE", ("bappeda",), ("bappeda",), None),
    ("meta", "pokin_meta_read", "SELECT", ROLES, "true", None),
    ("meta", "pokin_meta_cache", "ALL", ("bappeda",),
     "key = 'card_heights' AND <<S>>.pokin_role() = 'bappeda'",
     "key = 'card_heights' AND <<S>>.pokin_role() = 'bappeda'"),
    ("team_members", "pokin_members_read", "SELECT", ROLES, "true", None),
    ("alembic_version", "pokin_version_read", "SELECT", ROLES, "true", None),
)

_TRIGGERS = (
    ("nodes", "pokin_guard_node", "BEFORE INSERT OR UPDATE OR DELETE", "pokin_guard_node()"),
    ("review_notes", "pokin_guard_review", "BEFORE INSERT OR UPDATE OR DELETE",
     "pokin_guard_review()"),
    ("snapshots", "pokin_guard_snapshot", "BEFORE INSERT", "pokin_guard_snapshot()"),
)


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def role_prefix(conn: Connection) -> str:
    """The prefix of this database's group roles, made and kept in meta the first time."""
    found = conn.exec_driver_sql(
        "SELECT value FROM meta WHERE key = %s", (ROLES_KEY,)).scalar()
    if found:
        return str(found)
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar_one())
    stem = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_")[:36] or "rencana"
    prefix = f"pokin_{stem}_{secrets.token_hex(2)}"
    conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (%s, %s)", (ROLES_KEY, prefix))
    return prefix


def group_roles(conn: Connection) -> dict[str, str]:
    """Pokin role -> this database's group role name."""
    prefix = role_prefix(conn)
    return {role: f"{prefix}_{role}" for role in ROLES}


def _policy_clause(conn: Connection, value: object, groups: dict[str, str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        roles = ", ".join(f"'{r}'" for r in value)  # Pokin's own role names, never typed input
        return _WRITERS.format(roles=roles)
    return str(value)


def install(conn: Connection) -> dict[str, str]:
    """Make (or make again) this database's group roles, functions, policies, triggers and
    grants, in the caller's transaction; returns the group roles. Needs the database's
    owner with CREATEROLE (or a superuser)."""
    schema = str(conn.exec_driver_sql("SELECT current_schema()").scalar_one())
    s = _q(conn, schema)
    database = _q(conn, str(conn.exec_driver_sql("SELECT current_database()").scalar_one()))
    groups = group_roles(conn)
    for name in groups.values():
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).first()
        if exists is None:
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    every = ", ".join(_q(conn, g) for g in groups.values())

    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    def run(sql: str) -> None:
        # Straight to psycopg without parameters: the bodies' '%s' stay format()'s own.
        cursor.execute(sql.replace("<<S>>", s))

    run(_FUNCTIONS)
    for table, name, when, function in _TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {name} ON <<S>>.{table}")
        run(f"CREATE TRIGGER {name} {when} ON <<S>>.{table} FOR EACH ROW "
            f"EXECUTE FUNCTION <<S>>.{function}")
    for table in (*_READ, "review_notes_gone"):
        run(f"ALTER TABLE <<S>>.{table} ENABLE ROW LEVEL SECURITY")
    for table, name, command, roles, using, check in _POLICIES:
        run(f"DROP POLICY IF EXISTS {name} ON <<S>>.{table}")
        to = ", ".join(_q(conn, groups[r]) for r in roles)
        sql = f"CREATE POLICY {name} ON <<S>>.{table} FOR {command} TO {to}"
        using_sql = _policy_clause(conn, using, groups)
        check_sql = _policy_clause(conn, check, groups)
        if using_sql is not None:
            sql += f" USING ({using_sql})"
        if check_sql is not None:
            sql += f" WITH CHECK ({check_sql})"
        run(sql)

    # Grants: nothing for PUBLIC; each group what its role may do at all.
    run(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {database} TO {every}")
    owns_schema = conn.exec_driver_sql(
        "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
        "WHERE nspname = current_schema()").scalar()
    if owns_schema:  # PostgreSQL 15 and later already deny CREATE on public to PUBLIC
        run("REVOKE CREATE ON SCHEMA <<S>> FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA <<S>> TO {every}")
    tables = ", ".join(f"<<S>>.{t}" for t in _READ)
    run(f"REVOKE ALL ON {tables}, <<S>>.review_notes_gone FROM PUBLIC, {every}")
    run(f"GRANT SELECT ON {tables} TO {every}")
    for role, grants in _WRITE.items():
        for table, commands in grants.items():
            run(f"GRANT {commands} ON <<S>>.{table} TO {_q(conn, groups[role])}")
    run(f"REVOKE ALL ON SEQUENCE <<S>>.node_keys FROM PUBLIC, {every}")
    only = {"pokin_take_keys()": ("bappeda", "opd"),
            "pokin_bury_note(text)": ("bappeda", "evaluator"),
            "pokin_unbury_note(text, text, text, text, text, text, text)": ("bappeda", "evaluator")}
    for signature in _FUNCTION_SIGNATURES:
        run(f"REVOKE ALL ON FUNCTION <<S>>.{signature} FROM PUBLIC")
        to = ", ".join(_q(conn, groups[r]) for r in only.get(signature, ROLES))
        run(f"GRANT EXECUTE ON FUNCTION <<S>>.{signature} TO {to}")
    return groups
