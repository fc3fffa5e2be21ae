-- Every change to the named tokens (made, revoked, deleted) is announced on the channel
-- jobpilot_api_tokens, whoever made it (a server process, the CLI, an administrator's SQL): each
-- server process keeps the answers of its token lookups while it listens there, and forgets them
-- when told (src/db/cached-api-tokens.ts). One notice per statement; Postgres sends it at commit.
CREATE FUNCTION jobpilot_announce_api_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jobpilot_api_tokens', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER api_tokens_announce
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION jobpilot_announce_api_tokens();
