-- Rate limits shared by every instance (ADR 0034): one token bucket per credential. Instances lease
-- tokens in batches through rate_limit_lease and spend them themselves, so this table is touched once
-- per batch, not once per request. UNLOGGED: no WAL, so leases cost no disk sync; after a crash (or on
-- a promoted replica) the table is empty, which is every bucket full: the limit forgets, nothing breaks.
CREATE UNLOGGED TABLE rate_limit_buckets (
    bucket      text             PRIMARY KEY,
    tokens      double precision NOT NULL,
    refilled_at timestamptz      NOT NULL
);

-- Refills the bucket for the time since it was last touched (at p_per_second, up to p_capacity; a
-- bucket never seen is full), adds back p_give_back unspent tokens of an expired lease, and takes up
-- to p_want whole tokens. The row lock serialises concurrent leases of one bucket; the time is read
-- after the lock is held, so refilled_at only moves forward.
CREATE FUNCTION rate_limit_lease(p_bucket text, p_capacity double precision, p_per_second double precision,
                                 p_want integer, p_give_back integer)
    RETURNS TABLE (granted integer, tokens_left double precision)
    LANGUAGE plpgsql AS $$
DECLARE
    stored  double precision;
    touched timestamptz;
    at      timestamptz;
    level   double precision;
    taken   integer;
BEGIN
    INSERT INTO rate_limit_buckets (bucket, tokens, refilled_at) VALUES (p_bucket, p_capacity, clock_timestamp())
        ON CONFLICT (bucket) DO NOTHING;
    SELECT b.tokens, b.refilled_at INTO stored, touched FROM rate_limit_buckets b WHERE b.bucket = p_bucket FOR UPDATE;
    at := greatest(clock_timestamp(), touched);
    level := least(p_capacity, stored + p_give_back + extract(epoch FROM at - touched) * p_per_second);
    taken := greatest(0, least(p_want, floor(level)::integer));
    UPDATE rate_limit_buckets SET tokens = level - taken, refilled_at = at WHERE bucket = p_bucket;
    RETURN QUERY SELECT taken, level - taken;
END
$$;
