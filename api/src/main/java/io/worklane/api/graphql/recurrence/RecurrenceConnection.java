package io.worklane.api.graphql.recurrence;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.shared.Page;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of recurring series, oldest first.")
public record RecurrenceConnection(@NonNull @Description("The series of this page.") List<@NonNull RecurrenceEdge> edges,
                                   @NonNull @Description("Whether more series follow, and from where.") PageInfo pageInfo) {
    @Description("A recurring series and its position in the list.")
    public record RecurrenceEdge(@NonNull @Description("Pass as `after` to continue after this series.") String cursor,
                                 @NonNull @Description("The series.") RecurrenceType node) {
    }

    @Description("An item a series created.")
    public record RecurrenceOccurrence(@NonNull @Id @Description("The work item's id.") String workItemId,
                                       @NonNull @Description("The work item's key, e.g. OPS-12.") String key,
                                       @NonNull @Description("The occurrence it was created for.") Instant occurrenceAt) {
        static RecurrenceOccurrence of(Recurrences.Occurrence o) {
            return new RecurrenceOccurrence(o.workItemId().toString(), o.key(), o.occurrenceAt());
        }
    }

    static RecurrenceConnection of(Page<Recurrence> page) {
        return Paging.connection(page, r -> Paging.cursor(Recurrences.SORT, Paging.timestamp(r.createdAt()), r.id()),
                (cursor, r) -> new RecurrenceEdge(cursor, new RecurrenceType(r)), RecurrenceConnection::new);
    }
}
