-- V55's triggers fired on every UPDATE naming the text columns, and Hibernate's updates name every
-- column: each transition, rank move or assignment rebuilt the item's vector and looked up the
-- workspace's configuration. An update now rebuilds it only when the text changed, or when the
-- vector was emptied (a workspace changing its configuration empties them to have them made again).
DROP TRIGGER work_items_search ON work_items;
DROP TRIGGER comments_search ON comments;
DROP TRIGGER projects_search ON projects;
DROP TRIGGER risks_search ON risks;

CREATE TRIGGER work_items_search BEFORE INSERT ON work_items
    FOR EACH ROW EXECUTE FUNCTION work_items_search_vector();
CREATE TRIGGER work_items_search_changed BEFORE UPDATE ON work_items
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR OLD.title IS DISTINCT FROM NEW.title
                       OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION work_items_search_vector();

CREATE TRIGGER comments_search BEFORE INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION comments_search_vector();
CREATE TRIGGER comments_search_changed BEFORE UPDATE ON comments
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR OLD.body IS DISTINCT FROM NEW.body)
    EXECUTE FUNCTION comments_search_vector();

CREATE TRIGGER projects_search BEFORE INSERT ON projects
    FOR EACH ROW EXECUTE FUNCTION projects_search_vector();
CREATE TRIGGER projects_search_changed BEFORE UPDATE ON projects
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR OLD.key IS DISTINCT FROM NEW.key
                       OR OLD.name IS DISTINCT FROM NEW.name OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION projects_search_vector();

CREATE TRIGGER risks_search BEFORE INSERT ON risks
    FOR EACH ROW EXECUTE FUNCTION risks_search_vector();
CREATE TRIGGER risks_search_changed BEFORE UPDATE ON risks
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR OLD.title IS DISTINCT FROM NEW.title
                       OR OLD.description IS DISTINCT FROM NEW.description OR OLD.category IS DISTINCT FROM NEW.category
                       OR OLD.mitigation_plan IS DISTINCT FROM NEW.mitigation_plan)
    EXECUTE FUNCTION risks_search_vector();
