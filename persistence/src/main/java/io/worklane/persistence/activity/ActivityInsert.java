package io.worklane.persistence.activity;

import io.worklane.domain.activity.ActivityEntry;
import io.worklane.persistence.shared.Json;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** One multi-row INSERT for the entries of one change, as a native query of the use case's session. */
final class ActivityInsert {
    private ActivityInsert() {
    }

    static Mutiny.MutationQuery of(Mutiny.Session s, List<ActivityEntry> entries) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add("(:id" + i + ", :ws" + i + ", :item" + i + ", :at" + i + ", :ak" + i + ", :ai" + i + ", :an" + i
                    + ", :field" + i + ", " + json("before" + i) + ", " + json("after" + i) + ")");
        }
        Mutiny.Query<Object> query = s.createNativeQuery("INSERT INTO work_item_activity (id, workspace_id, work_item_id, occurred_at,"
                + " actor_kind, actor_id, actor_name, field, before, after) VALUES " + String.join(", ", rows));
        for (int i = 0; i < entries.size(); i++) {
            ActivityEntry e = entries.get(i);
            query.setParameter("id" + i, e.id()).setParameter("ws" + i, e.workspaceId())
                    .setParameter("item" + i, e.workItemId()).setParameter("at" + i, e.occurredAt())
                    .setParameter("ak" + i, e.actor().kind().name()).setParameter("ai" + i, e.actor().id())
                    .setParameter("an" + i, e.actor().name()).setParameter("field" + i, e.field())
                    .setParameter("before" + i, Json.write(e.before())).setParameter("after" + i, Json.write(e.after()));
        }
        return query;
    }

    /**
     * Many entries (an import's chunk, ADR 0083) as one JSON array spread out by PostgreSQL: one parameter instead
     * of ten per entry. The same rows as {@link #of}.
     */
    static Mutiny.MutationQuery many(Mutiny.Session s, List<ActivityEntry> entries) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (ActivityEntry e : entries) {
            java.util.Map<String, Object> m = new java.util.HashMap<>();
            m.put("id", e.id().toString());
            m.put("workspace_id", e.workspaceId().toString());
            m.put("work_item_id", e.workItemId().toString());
            m.put("occurred_at", e.occurredAt().toString());
            m.put("actor_kind", e.actor().kind().name());
            m.put("actor_id", e.actor().id());
            m.put("actor_name", e.actor().name());
            m.put("field", e.field());
            m.put("before", e.before());
            m.put("after", e.after());
            rows.add(m);
        }
        return s.createNativeQuery("INSERT INTO work_item_activity (id, workspace_id, work_item_id, occurred_at,"
                + " actor_kind, actor_id, actor_name, field, before, after) SELECT id, workspace_id, work_item_id,"
                + " occurred_at, actor_kind, actor_id, actor_name, field, nullif(before, 'null'::jsonb),"
                + " nullif(after, 'null'::jsonb) FROM jsonb_to_recordset(cast(cast(:rows AS text) AS jsonb)) AS r(id uuid,"
                + " workspace_id uuid, work_item_id uuid, occurred_at timestamptz, actor_kind text, actor_id text,"
                + " actor_name text, field text, before jsonb, after jsonb)").setParameter("rows", Json.write(rows));
    }

    /** JSON text in, jsonb out; the text "null" (no value) is stored as SQL NULL, never as a JSON null. */
    private static String json(String parameter) {
        return "cast(nullif(cast(:" + parameter + " AS text), 'null') AS jsonb)";
    }
}
