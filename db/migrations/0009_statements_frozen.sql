-- An adopted statement's text is frozen at the database too: neither the app nor direct SQL may
-- change or remove its revisions and paragraphs, or change the statement itself beyond its
-- publication. TRUNCATE (tests emptying tables) fires no row trigger.
CREATE FUNCTION statement_is_frozen(statement uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM statements WHERE id = statement AND status IN ('adopted', 'published'))
$$;
--> statement-breakpoint
CREATE FUNCTION refuse_frozen_statement_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF statement_is_frozen(CASE WHEN TG_OP = 'INSERT' THEN NEW.statement_id ELSE OLD.statement_id END)
     OR (TG_OP = 'UPDATE' AND statement_is_frozen(NEW.statement_id)) THEN
    RAISE EXCEPTION 'the text of an adopted statement cannot change (% on %)', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER statement_revisions_frozen BEFORE INSERT OR UPDATE OR DELETE ON statement_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_statement_text();
--> statement-breakpoint
CREATE TRIGGER statement_paragraphs_frozen BEFORE INSERT OR UPDATE OR DELETE ON statement_paragraphs
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_statement_text();
--> statement-breakpoint
-- The statement row of an adopted text: only its publication may be recorded (status to published,
-- when, by whom, the issued document, the version and time of that change), and links to other
-- records may lapse (a removed agenda item or account is set null by its foreign key).
CREATE FUNCTION refuse_frozen_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  publication text[] := ARRAY['status', 'published_at', 'published_by_user_id', 'document_id', 'version', 'updated_at',
    'agenda_item_id', 'created_by_user_id', 'finalized_by_user_id', 'adopted_by_user_id'];
BEGIN
  IF OLD.status NOT IN ('adopted', 'published') THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE'
     OR NEW.status NOT IN ('adopted', 'published')
     OR (OLD.status = 'published' AND NEW.status <> 'published')
     OR (to_jsonb(NEW) - publication) IS DISTINCT FROM (to_jsonb(OLD) - publication) THEN
    RAISE EXCEPTION 'an adopted statement cannot change (% on statements)', TG_OP
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER statements_frozen BEFORE UPDATE OR DELETE ON statements
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_statement();
