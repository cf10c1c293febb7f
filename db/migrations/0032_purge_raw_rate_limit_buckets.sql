-- Rate-limit buckets used to be named after the email address itself (sign-in and writer-link
-- limits); they are now named by a keyed hash. Buckets live an hour, so the old rows are deleted
-- rather than converted: the only effect is that limits counted in the hour of the upgrade restart.
DELETE FROM "rate_limit_hits" WHERE "bucket" LIKE '%@%';
