-- contribution_totals is kept by the database, so that no way of writing a contribution (the app,
-- the seed, a bulk COPY, direct SQL) can leave the totals behind. A row whose sums fall back to zero
-- is removed: amounts are positive, so zero means no contribution is left.
CREATE FUNCTION add_to_contribution_totals(party uuid, of_year integer, in_currency text, core boolean, kind contribution_kind, amount numeric)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO contribution_totals AS t (party_id, year, currency, is_core_fund, pledged, paid)
  VALUES (party, of_year, in_currency, core,
          CASE WHEN kind = 'pledge' THEN amount ELSE 0 END,
          CASE WHEN kind = 'payment' THEN amount ELSE 0 END)
  ON CONFLICT (party_id, year, currency, is_core_fund)
  DO UPDATE SET pledged = t.pledged + excluded.pledged, paid = t.paid + excluded.paid;
  IF amount < 0 THEN
    DELETE FROM contribution_totals
    WHERE party_id = party AND year = of_year AND currency = in_currency AND is_core_fund = core AND pledged = 0 AND paid = 0;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION keep_contribution_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM add_to_contribution_totals(OLD.party_id, OLD.year, OLD.currency, OLD.project_id IS NULL, OLD.kind, -OLD.amount);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM add_to_contribution_totals(NEW.party_id, NEW.year, NEW.currency, NEW.project_id IS NULL, NEW.kind, NEW.amount);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contributions_kept_in_totals AFTER INSERT OR UPDATE OR DELETE ON contributions
  FOR EACH ROW EXECUTE FUNCTION keep_contribution_totals();
--> statement-breakpoint
-- TRUNCATE fires no row trigger: emptying contributions empties the totals too (by DELETE, since
-- the same TRUNCATE may be emptying contribution_totals as well).
CREATE FUNCTION empty_contribution_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM contribution_totals;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER contributions_truncated_totals AFTER TRUNCATE ON contributions
  FOR EACH STATEMENT EXECUTE FUNCTION empty_contribution_totals();
--> statement-breakpoint
INSERT INTO contribution_totals (party_id, year, currency, is_core_fund, pledged, paid)
SELECT party_id, year, currency, project_id IS NULL,
       coalesce(sum(amount) FILTER (WHERE kind = 'pledge'), 0),
       coalesce(sum(amount) FILTER (WHERE kind = 'payment'), 0)
FROM contributions
GROUP BY party_id, year, currency, project_id IS NULL;
