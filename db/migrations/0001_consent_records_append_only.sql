-- Consent records are the CASL proof of what each supporter agreed to: they are never rewritten.
-- A withdrawal is a new row; erasing a supporter deletes their rows through the foreign key.
CREATE FUNCTION consent_records_reject_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_records is append-only: record a withdrawal instead of changing row %', OLD.id
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_records_append_only
  BEFORE UPDATE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION consent_records_reject_update();
