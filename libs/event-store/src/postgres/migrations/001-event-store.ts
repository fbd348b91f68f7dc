/**
 * The event log, the stream heads and the append function.
 *
 * es_append does the whole append in one round trip: it locks (or creates) the stream row,
 * checks the expected version *before* any position is drawn, chains the hashes, inserts the
 * batch with one multi-row INSERT and moves the stream head. Conflicts are returned as a status,
 * not raised, so a lost race costs no aborted connection. Each event travels once, as the
 * canonical JSON its hash covers; its columns are read back from that text.
 *
 * expected_version: -1 any, -2 no_stream, -3 exists, n >= 0 exactly n (0 = no event yet).
 */
export const eventStoreSchema = `
-- Every append rewrites its stream's row: free space on each page keeps those updates HOT.
CREATE TABLE IF NOT EXISTS es_streams (
  stream_id   text PRIMARY KEY,
  version     bigint NOT NULL,
  last_hash   text NOT NULL
) WITH (fillfactor = 50);

CREATE TABLE IF NOT EXISTS es_events (
  position        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id       text NOT NULL,
  stream_version  bigint NOT NULL,
  event_id        uuid NOT NULL UNIQUE,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL,
  prev_hash       text NOT NULL,
  hash            text NOT NULL,
  UNIQUE (stream_id, stream_version)
);

CREATE INDEX IF NOT EXISTS es_events_global_order ON es_events (transaction_id, position);

CREATE OR REPLACE FUNCTION es_append(
  p_stream_id        text,
  p_expected_version bigint,
  p_event_ids        uuid[],
  p_canonical        text
) RETURNS TABLE (status text, stream_version bigint, last_position bigint, actual_version bigint, last_hash text)
LANGUAGE plpgsql AS $fn$
DECLARE
  -- One canonical JSON text per event, joined by newlines (canonical JSON holds none).
  v_events     text[] := string_to_array(p_canonical, E'\n');
  v_count      integer := cardinality(p_event_ids);
  v_found      integer;
  v_version    bigint;
  v_hash       text;
  v_exists     boolean;
  v_hashes     text[] := ARRAY[]::text[];
  v_prevs      text[] := ARRAY[]::text[];
  i            integer;
BEGIN
  IF cardinality(v_events) IS DISTINCT FROM v_count THEN
    RAISE EXCEPTION 'es_append: % event ids but % canonical events', v_count, cardinality(v_events);
  END IF;

  IF p_expected_version IN (-1, -2, 0) THEN
    INSERT INTO es_streams AS s (stream_id, version, last_hash)
      VALUES (p_stream_id, 0, repeat('0', 64))
      ON CONFLICT (stream_id) DO NOTHING;
  END IF;

  -- The stream row is locked before anything else, so two identical appends racing each other
  -- see one another's result below instead of a version conflict.
  SELECT s.version, s.last_hash INTO v_version, v_hash
    FROM es_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  v_exists := FOUND;

  -- Idempotency: the same event ids again return the original result.
  SELECT count(*) INTO v_found FROM es_events e WHERE e.event_id = ANY (p_event_ids);
  IF v_found > 0 THEN
    IF v_found = v_count AND NOT EXISTS (
      SELECT 1
      FROM (SELECT n.event_id, n.c::jsonb AS j FROM unnest(p_event_ids, v_events) AS n(event_id, c)) n
      LEFT JOIN es_events e ON e.event_id = n.event_id
      WHERE e.stream_id IS DISTINCT FROM p_stream_id OR e.type <> n.j->>'type'
         OR e.schema_version <> (n.j->>'schemaVersion')::integer
         OR e.data <> n.j->'data' OR e.metadata <> n.j->'metadata'
    ) THEN
      RETURN QUERY SELECT 'duplicate'::text, max(e.stream_version), max(e.position), NULL::bigint, NULL::text
        FROM es_events e WHERE e.event_id = ANY (p_event_ids);
    ELSE
      RETURN QUERY SELECT 'idempotency_mismatch'::text, NULL::bigint, NULL::bigint, NULL::bigint, NULL::text;
    END IF;
    RETURN;
  END IF;

  IF NOT v_exists THEN
    RETURN QUERY SELECT 'conflict'::text, NULL::bigint, NULL::bigint, 0::bigint, NULL::text;
    RETURN;
  END IF;

  IF (p_expected_version = -2 AND v_version <> 0)
     OR (p_expected_version = -3 AND v_version = 0)
     OR (p_expected_version >= 0 AND v_version <> p_expected_version) THEN
    RETURN QUERY SELECT 'conflict'::text, NULL::bigint, NULL::bigint, v_version, NULL::text;
    RETURN;
  END IF;

  FOR i IN 1 .. v_count LOOP
    v_prevs[i] := v_hash;
    v_hash := encode(sha256(convert_to(v_hash || v_events[i], 'UTF8')), 'hex');
    v_hashes[i] := v_hash;
  END LOOP;

  UPDATE es_streams s SET version = v_version + v_count, last_hash = v_hash
    WHERE s.stream_id = p_stream_id;

  RETURN QUERY
  WITH inserted AS (
    INSERT INTO es_events (stream_id, stream_version, event_id, type, schema_version, data, metadata,
                           recorded_at, prev_hash, hash)
    SELECT p_stream_id, v_version + n.ord, n.event_id, n.j->>'type', (n.j->>'schemaVersion')::integer,
           n.j->'data', n.j->'metadata', (n.j->>'recordedAt')::timestamptz, n.prev_hash, n.hash
    FROM (SELECT u.ord, u.event_id, u.c::jsonb AS j, u.prev_hash, u.hash
            FROM unnest(p_event_ids, v_events, v_prevs, v_hashes) WITH ORDINALITY
              AS u(event_id, c, prev_hash, hash, ord)) n
    ORDER BY n.ord
    RETURNING es_events.position
  )
  SELECT 'ok'::text, v_version + v_count, max(inserted.position), NULL::bigint, v_hash FROM inserted;
END;
$fn$;

CREATE TABLE IF NOT EXISTS es_subscriptions (
  name                 text PRIMARY KEY,
  last_transaction_id  xid8 NOT NULL DEFAULT '0',
  last_position        bigint NOT NULL DEFAULT 0,
  owner                text,
  lease_until          timestamptz,
  -- Set by an operator (npm run cli -- rebuild); the runner holding the lease clears and replays.
  rebuild_requested_at timestamptz,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
`;
