-- Every signature refers to its campaign, and every consent record to its campaign and wording.
-- As foreign keys, those checks take a KEY SHARE lock on the SAME campaign and wording rows for
-- every signer at once, and PostgreSQL then rebuilds a MultiXact for that row with each new signer:
-- a hot row by another name (npm run bench:signing measured signing at 0.82 of the bare insert
-- with them and 0.90 without, at 16 clients). So instead: campaigns and consent wordings are never
-- deleted (a campaign ends archived; a wording is kept as evidence), and a trigger checks that the
-- parent exists on insert, without locking it. Together these keep the same guarantee.

CREATE FUNCTION reject_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted: archive a campaign, add a new version of a wording', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER campaigns_never_deleted BEFORE DELETE ON campaigns
  FOR EACH ROW EXECUTE FUNCTION reject_delete();
--> statement-breakpoint
CREATE TRIGGER consent_texts_never_deleted BEFORE DELETE ON consent_texts
  FOR EACH ROW EXECUTE FUNCTION reject_delete();
--> statement-breakpoint
-- A wording someone agreed to is evidence: it is never rewritten either.
CREATE FUNCTION consent_texts_reject_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent wording % is never rewritten: add a new version', OLD.id
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_texts_never_updated BEFORE UPDATE ON consent_texts
  FOR EACH ROW EXECUTE FUNCTION consent_texts_reject_update();
--> statement-breakpoint
CREATE FUNCTION signatures_check_campaign() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM campaigns WHERE id = NEW.campaign_id) THEN
    RAISE EXCEPTION 'signature % refers to campaign %, which does not exist', NEW.id, NEW.campaign_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER signatures_campaign_exists BEFORE INSERT OR UPDATE OF campaign_id ON signatures
  FOR EACH ROW EXECUTE FUNCTION signatures_check_campaign();
--> statement-breakpoint
CREATE FUNCTION consent_records_check_parents() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.campaign_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaigns WHERE id = NEW.campaign_id) THEN
    RAISE EXCEPTION 'consent record refers to campaign %, which does not exist', NEW.campaign_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.consent_text_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM consent_texts WHERE id = NEW.consent_text_id) THEN
    RAISE EXCEPTION 'consent record refers to wording %, which does not exist', NEW.consent_text_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_records_parents_exist BEFORE INSERT ON consent_records
  FOR EACH ROW EXECUTE FUNCTION consent_records_check_parents();
