package io.worklane.persistence.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.me.AwaitedApproval;
import io.worklane.domain.me.Membership;
import io.worklane.domain.me.MyWork;
import io.worklane.domain.me.MyWorkItem;
import io.worklane.domain.me.WorkView;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Json;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * "My work": one statement per list over all the person's workspaces. Assignment is looked up per membership
 * with the assignees' GIN index ({@code assignee_ids @> '["<member>"]'}); "today" is each workspace's own.
 */
@ApplicationScoped
public class MyWorkRepository implements MyWork {
    private static final String TODAY = "(now() AT TIME ZONE ws.time_zone)::date";
    private final Sql sql;

    public MyWorkRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Page<MyWorkItem>> items(Collection<Membership> memberships, WorkView view, int days, PageRequest page) {
        Params p = new Params();
        List<String> mine = new ArrayList<>();
        for (Membership m : memberships) {
            mine.add("(w.workspace_id = " + p.add(m.workspaceId()) + " AND w.assignee_ids @> cast("
                    + p.add(Json.write(List.of(m.memberId().toString()))) + " AS jsonb))");
        }
        p.where("(" + String.join(" OR ", mine) + ")").where("w.completed_at IS NULL");
        boolean byDue = view != WorkView.ASSIGNED;
        if (view == WorkView.DUE_SOON) {
            p.where("w.due_date BETWEEN " + TODAY + " AND " + TODAY + " + " + p.add(days));
        } else if (view == WorkView.OVERDUE) {
            p.where("w.due_date < " + TODAY);
        }
        String sort = byDue ? "dueDate" : "-updatedAt";
        if (page.after() != null) {
            p.where(byDue ? Keyset.after("w.due_date", "w.id", false, p.add(LocalDate.parse(page.after().value())),
                    p.add(page.after().id())) : Keyset.after("w.updated_at", "w.id", true,
                    p.add(Keyset.timestamp(page.after())), p.add(page.after().id())));
        }
        String order = byDue ? " ORDER BY w.due_date, w.id" : " ORDER BY w.updated_at DESC, w.id DESC";
        return sql.list("SELECT w.id, w.workspace_id, ws.slug, p.key || '-' || w.number AS key, w.title, w.status,"
                        + " w.priority, w.due_date, w.updated_at FROM work_items w JOIN workspaces ws ON ws.id = w.workspace_id"
                        + " JOIN projects p ON p.id = w.project_id" + p.clause() + order + " LIMIT " + (page.limit() + 1),
                        p.tuple(), r -> new MyWorkItem(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("slug"),
                                r.getString("key"), r.getString("title"), r.getString("status"), r.getString("priority"),
                                r.getLocalDate("due_date"), Rows.instant(r, "updated_at")))
                .map(rows -> Keyset.page(rows, page.limit(), sort, i -> byDue ? i.dueDate().toString()
                        : Keyset.timestampValue(i.updatedAt()), MyWorkItem::id));
    }

    @Override
    public Uni<Page<AwaitedApproval>> approvals(Collection<Membership> memberships, PageRequest page) {
        Params p = new Params();
        List<String> mine = new ArrayList<>();
        for (Membership m : memberships) {
            String ws = p.add(m.workspaceId());
            mine.add("(a.workspace_id = " + ws + " AND (a.approver_ids @> cast(" + p.add(Json.write(List.of(
                    m.memberId().toString()))) + " AS jsonb) OR a.approver_role = " + p.add(m.role())
                    + ") AND NOT a.decisions @> cast(" + p.add(Json.write(List.of(Map.of("memberId",
                    m.memberId().toString())))) + " AS jsonb))");
        }
        p.where("(" + String.join(" OR ", mine) + ")").where("a.status = 'PENDING'");
        if (page.after() != null) {
            p.where(Keyset.after("a.created_at", "a.id", false, p.add(Keyset.timestamp(page.after())),
                    p.add(page.after().id())));
        }
        return sql.list("SELECT a.id, a.workspace_id, ws.slug, a.work_item_id, pr.key || '-' || w.number AS key, w.title,"
                        + " a.policy, a.requested_by_name, a.created_at FROM approvals a JOIN workspaces ws ON"
                        + " ws.id = a.workspace_id JOIN work_items w ON w.id = a.work_item_id JOIN projects pr ON"
                        + " pr.id = w.project_id" + p.clause()
                        + " ORDER BY a.created_at, a.id LIMIT " + (page.limit() + 1), p.tuple(),
                        r -> new AwaitedApproval(r.getUUID("id"), r.getUUID("workspace_id"), r.getString("slug"),
                                r.getUUID("work_item_id"), r.getString("key"), r.getString("title"), r.getString("policy"),
                                r.getString("requested_by_name"), Rows.instant(r, "created_at")))
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", a -> Keyset.timestampValue(a.requestedAt()),
                        AwaitedApproval::id));
    }
}
