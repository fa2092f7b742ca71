package io.worklane.persistence.workitem;

import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Params;
import java.util.Arrays;

/**
 * "The item's state is of one of these categories" as SQL that costs a hash probe per item. The category of a
 * state lives in the workflow of the item's project and type; {@code work_item_state_category()} looks it up
 * per item (a SQL function PostgreSQL cannot inline), and a filtered list at a million items spent most of its
 * time there. Here the (project, type, state) triples of those categories are listed once per statement, for
 * every project of the workspace and every item type, and each item is probed against them (a hashed SubPlan).
 * An item whose state is in no workflow is in no category, as with the function.
 */
public final class StateCategorySql {
    private static final String[] TYPES = Arrays.stream(WorkItemType.values()).map(Enum::name).toArray(String[]::new);

    private StateCategorySql() {
    }

    /** True when the item ({@code w}) is in a state of one of {@code categories}; never NULL. */
    public static String in(Params p, String workspace, String... categories) {
        return "(w.project_id, w.type, w.status) IN (SELECT sp.id, st.type, s ->> 'key' FROM projects sp"
                + " CROSS JOIN unnest(" + p.add(TYPES) + "::text[]) st(type)"
                + " JOIN workflows swf ON swf.id = COALESCE((sp.workflow_overrides ->> st.type)::uuid, sp.workflow_id,"
                + " (SELECT d.id FROM workflows d WHERE d.workspace_id = sp.workspace_id AND d.is_workspace_default))"
                + " CROSS JOIN LATERAL jsonb_array_elements(swf.definition -> 'states') s"
                + " WHERE sp.workspace_id = " + workspace + " AND s ->> 'category' = ANY(" + p.add(categories)
                + "::text[]))";
    }
}
