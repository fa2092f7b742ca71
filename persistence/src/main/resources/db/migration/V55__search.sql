-- Full-text search (issue #14 item 3, ADR 0063): each searchable table keeps a tsvector of its text, made
-- with the text search configuration of its workspace (workspaces.search_config, 'simple' by default:
-- no stemming, no stop words, right for any language; 'english' and the other built-in configurations
-- stem). The vectors are kept by triggers rather than generated columns because a generated column may
-- not read another table's row (the workspace's configuration); a change of configuration rewrites the
-- vectors of that workspace's rows. Titles are weighted A, the rest B, so a title match ranks first.
ALTER TABLE workspaces ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple';

CREATE FUNCTION workspace_search_config(p_workspace uuid) RETURNS regconfig
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT COALESCE((SELECT search_config FROM workspaces WHERE id = p_workspace), 'simple'::regconfig) $$;

-- the weighted vector of a title (A) and a body (B) in a configuration
CREATE FUNCTION search_vector_of(p_config regconfig, p_title text, p_body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT setweight(to_tsvector(p_config, COALESCE(p_title, '')), 'A')
              || setweight(to_tsvector(p_config, COALESCE(p_body, '')), 'B') $$;

ALTER TABLE work_items ADD COLUMN search_vector tsvector;
ALTER TABLE comments ADD COLUMN search_vector tsvector;
ALTER TABLE projects ADD COLUMN search_vector tsvector;
ALTER TABLE risks ADD COLUMN search_vector tsvector;

CREATE FUNCTION work_items_search_vector() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.search_vector := search_vector_of(workspace_search_config(NEW.workspace_id), NEW.title, NEW.description);
    RETURN NEW;
END $$;
CREATE FUNCTION comments_search_vector() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.search_vector := search_vector_of(workspace_search_config(NEW.workspace_id), NULL, NEW.body);
    RETURN NEW;
END $$;
CREATE FUNCTION projects_search_vector() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.search_vector := search_vector_of(workspace_search_config(NEW.workspace_id), NEW.key || ' ' || NEW.name,
                                          NEW.description);
    RETURN NEW;
END $$;
CREATE FUNCTION risks_search_vector() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    NEW.search_vector := search_vector_of(workspace_search_config(NEW.workspace_id), NEW.title,
                                          concat_ws(' ', NEW.description, NEW.category, NEW.mitigation_plan));
    RETURN NEW;
END $$;

CREATE TRIGGER work_items_search BEFORE INSERT OR UPDATE OF title, description, search_vector ON work_items
    FOR EACH ROW EXECUTE FUNCTION work_items_search_vector();
CREATE TRIGGER comments_search BEFORE INSERT OR UPDATE OF body, search_vector ON comments
    FOR EACH ROW EXECUTE FUNCTION comments_search_vector();
CREATE TRIGGER projects_search BEFORE INSERT OR UPDATE OF key, name, description, search_vector ON projects
    FOR EACH ROW EXECUTE FUNCTION projects_search_vector();
CREATE TRIGGER risks_search BEFORE INSERT OR UPDATE OF title, description, category, mitigation_plan, search_vector
    ON risks FOR EACH ROW EXECUTE FUNCTION risks_search_vector();

-- a workspace that changes its configuration has its vectors made again (one statement per table)
CREATE FUNCTION workspaces_search_config_changed() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
    UPDATE work_items SET search_vector = NULL WHERE workspace_id = NEW.id;
    UPDATE comments SET search_vector = NULL WHERE workspace_id = NEW.id;
    UPDATE projects SET search_vector = NULL WHERE workspace_id = NEW.id;
    UPDATE risks SET search_vector = NULL WHERE workspace_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER workspaces_search_config AFTER UPDATE OF search_config ON workspaces
    FOR EACH ROW WHEN (OLD.search_config IS DISTINCT FROM NEW.search_config)
    EXECUTE FUNCTION workspaces_search_config_changed();

-- the rows already there (the triggers fill the column)
UPDATE work_items SET search_vector = NULL;
UPDATE comments SET search_vector = NULL;
UPDATE projects SET search_vector = NULL;
UPDATE risks SET search_vector = NULL;

-- what a search asks: the workspace's rows matching the query, by full text or by trigram
CREATE INDEX work_items_search ON work_items USING gin (search_vector);
CREATE INDEX comments_search ON comments USING gin (search_vector);
CREATE INDEX projects_search ON projects USING gin (search_vector);
CREATE INDEX risks_search ON risks USING gin (search_vector);
-- typos and partial words: trigram word similarity (work item titles have theirs since V45)
CREATE INDEX projects_name_trgm ON projects USING gin (name gin_trgm_ops);
CREATE INDEX risks_title_trgm ON risks USING gin (title gin_trgm_ops);
