-- Form submissions are rate-limited in the shared buckets of V25 (bucket 'form:<address>', ADR 0034, docs/forms.md);
-- their own per-minute counter of V78 is no longer written or read.
DROP TABLE form_submission_windows;
