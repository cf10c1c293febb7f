-- The admin table searches signatures by the beginning of an address. In byte order ("C"), the
-- unique index on (campaign_id, canonical_email) answers such a prefix search (LIKE 'abc%') by
-- itself, without a second index on the signing hot path. Equality, and so the one-signature-per-
-- address rule, is the same in every deterministic collation; the constraint's index is rebuilt.
ALTER TABLE "signatures" ALTER COLUMN "canonical_email" SET DATA TYPE text COLLATE "C";
