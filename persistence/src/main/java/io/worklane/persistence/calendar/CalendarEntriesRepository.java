package io.worklane.persistence.calendar;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.calendar.CalendarEntries;
import io.worklane.domain.calendar.CalendarEntry;
import io.worklane.domain.calendar.FeedWindow;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The items of a feed in one statement each: a day is the due date (a milestone's, else its start date), within the
 * window, earliest first. A member feed uses the assignees' GIN index and the milestones' partial index.
 */
@ApplicationScoped
public class CalendarEntriesRepository implements CalendarEntries {
    private static final String DAY = "coalesce(w.due_date, CASE WHEN w.type = 'MILESTONE' THEN w.start_date END)";
    private static final String SELECT = "SELECT w.id, p.key || '-' || w.number AS key, w.title, w.type, " + DAY
            + " AS day, w.status, w.version, w.updated_at FROM work_items w JOIN projects p ON p.id = w.project_id";
    private static final String WINDOW = " AND " + DAY + " BETWEEN $3 AND $4 ORDER BY day, w.id LIMIT $5";
    private final Sql sql;

    public CalendarEntriesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<List<CalendarEntry>> forMember(UUID workspaceId, UUID memberId, FeedWindow window, int limit) {
        return sql.list(SELECT + " WHERE w.workspace_id = $1 AND (w.assignee_ids @> cast($2 AS text)::jsonb"
                        + " OR w.type = 'MILESTONE')" + WINDOW,
                Tuple.of(workspaceId, "[\"" + memberId + "\"]", window.from(), window.to(), limit),
                CalendarEntriesRepository::fromRow);
    }

    @Override
    public Uni<List<CalendarEntry>> forProject(UUID workspaceId, UUID projectId, FeedWindow window, int limit) {
        return sql.list(SELECT + " WHERE w.workspace_id = $1 AND w.project_id = $2" + WINDOW,
                Tuple.of(workspaceId, projectId, window.from(), window.to(), limit), CalendarEntriesRepository::fromRow);
    }

    private static CalendarEntry fromRow(Row r) {
        return new CalendarEntry(r.getUUID("id"), r.getString("key"), r.getString("title"),
                "MILESTONE".equals(r.getString("type")), r.getLocalDate("day"), r.getString("status"),
                r.getLong("version"), Rows.instant(r, "updated_at"));
    }
}
