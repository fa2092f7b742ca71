-- Manual order of a project's work items (issue #14 item 2, ADR 0052): a fractional index compared byte
-- by byte (COLLATE "C"), unique in its project. A move rewrites only the moved item's rank.
ALTER TABLE work_items ADD COLUMN rank text COLLATE "C";

-- Existing items keep their creation order: 'd' and four base-62 digits is an integer part of the key
-- scheme (Rank.java), room for 14.7 million items a project.
CREATE FUNCTION worklane_base62(n bigint, width int) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    digits constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    result text := '';
BEGIN
    FOR i IN 1..width LOOP
        result := substr(digits, (n % 62)::int + 1, 1) || result;
        n := n / 62;
    END LOOP;
    RETURN result;
END $$;

UPDATE work_items w SET rank = 'd' || worklane_base62(r.n - 1, 4)
FROM (SELECT id, row_number() OVER (PARTITION BY project_id ORDER BY created_at, id) AS n FROM work_items) r
WHERE r.id = w.id;
DROP FUNCTION worklane_base62(bigint, int);

-- The rank after a key: its integer part plus one (Rank.increment), so appends stay short. A new item
-- goes to the end of its project. Creation already holds the project's row (its number counter), so two
-- creations in one project never read the same last rank.
CREATE FUNCTION worklane_rank_after(key text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    digits constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    head int;
    int_digits text;
    d int;
BEGIN
    IF key IS NULL THEN
        RETURN 'a0';
    END IF;
    head := ascii(key);
    int_digits := substr(key, 2, CASE WHEN head >= 97 THEN head - 97 + 1 ELSE 90 - head + 1 END);
    FOR i IN REVERSE length(int_digits)..1 LOOP
        d := strpos(digits, substr(int_digits, i, 1));
        IF d < 62 THEN
            RETURN chr(head) || overlay(int_digits PLACING substr(digits, d + 1, 1) FROM i FOR 1);
        END IF;
        int_digits := overlay(int_digits PLACING '0' FROM i FOR 1);
    END LOOP;
    IF head = 90 THEN
        RETURN 'a0';
    ELSIF head = 122 THEN
        RETURN key || 'V';
    ELSIF head + 1 > 97 THEN
        RETURN chr(head + 1) || int_digits || '0';
    END IF;
    RETURN chr(head + 1) || substr(int_digits, 1, length(int_digits) - 1);
END $$;

CREATE FUNCTION worklane_rank_new_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.rank IS NULL THEN
        NEW.rank := worklane_rank_after((SELECT max(rank) FROM work_items WHERE project_id = NEW.project_id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER work_items_rank BEFORE INSERT ON work_items FOR EACH ROW EXECUTE FUNCTION worklane_rank_new_item();

ALTER TABLE work_items ALTER COLUMN rank SET NOT NULL;
CREATE UNIQUE INDEX work_items_project_rank ON work_items (project_id, rank);
CREATE INDEX work_items_workspace_rank ON work_items (workspace_id, rank, id);
