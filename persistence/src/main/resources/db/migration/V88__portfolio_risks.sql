-- Risks on portfolios (issue #13 item 5, ADR 0086): a risk belongs to exactly one project or one portfolio. A
-- portfolio's own risks go with it when it is deleted, as a project's do.
ALTER TABLE risks ALTER COLUMN project_id DROP NOT NULL;
ALTER TABLE risks ADD COLUMN portfolio_id uuid REFERENCES portfolios (id) ON DELETE CASCADE;
ALTER TABLE risks ADD CONSTRAINT risks_one_register CHECK ((project_id IS NULL) <> (portfolio_id IS NULL));
-- a portfolio's register, oldest first, in keyset pages; its open risks for the roll-up and the matrix
CREATE INDEX risks_by_portfolio ON risks (portfolio_id, created_at, id) WHERE portfolio_id IS NOT NULL;
