package io.worklane.api.graphql.risk;

import io.worklane.api.application.risk.ShownRisk;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.Actor;
import io.worklane.domain.risk.RiskHistoryEntry;
import io.worklane.domain.risk.RiskMatrix;
import io.worklane.domain.shared.Page;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of the risk register (the same as REST's). */
final class RiskTypes {
    static final String SORT = "createdAt";
    static final String HISTORY_SORT = "occurredAt";

    private RiskTypes() {
    }

    @Enum("RiskStatus")
    @Description("IDENTIFIED, ASSESSED, MITIGATING (open); CLOSED (no longer a threat), OCCURRED (it happened).")
    public enum Status { IDENTIFIED, ASSESSED, MITIGATING, CLOSED, OCCURRED }

    @Enum("RiskResponse")
    @Description("The answer chosen to a risk.")
    public enum Response { AVOID, MITIGATE, TRANSFER, ACCEPT }

    @Enum("RiskField")
    @Description("The optional fields of a risk that an update can clear.")
    public enum Field { DESCRIPTION, CATEGORY, OWNER, PROXIMITY_DATE, RESPONSE, MITIGATION_PLAN }

    @Type("RiskMitigationItem")
    @Description("A work item that mitigates a risk.")
    public record MitigationItem(@Id @NonNull @Description("The item's id.") String id,
                                 @NonNull @Description("Its key.") String key,
                                 @NonNull @Description("Its title.") String title,
                                 @NonNull @Description("Its workflow state.") String status) {
        static MitigationItem of(ShownRisk.ItemRef i) {
            return new MitigationItem(i.id().toString(), i.key(), i.title(), i.status());
        }
    }

    @Type("RiskPayload")
    @Description("What createRisk and updateRisk answer.")
    public record RiskPayload(@NonNull @Description("The risk.") RiskView risk) {
    }

    @Type("RiskMatrixCell")
    @Description("Open risks of one probability and impact.")
    public record Cell(@Description("1–5.") int probability, @Description("1–5.") int impact,
                       @Description("probability × impact.") int exposure, @Description("How many.") int count) {
    }

    @Type("RiskMatrix")
    @Description("A project's open risks counted by probability and impact (CLOSED and OCCURRED left out).")
    public record Matrix(@NonNull @Description("The 25 cells, probability then impact ascending (REST also gives them "
                                 + "as counts[p-1][i-1]).") List<@NonNull Cell> cells,
                         @Description("All open risks.") int total) {
        static Matrix of(RiskMatrix m) {
            return new Matrix(m.cells().stream().map(c -> new Cell(c.probability(), c.impact(), c.exposure(),
                    c.count())).toList(), m.total());
        }
    }

    @Type("RiskEdge")
    @Description("A risk and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The risk.") RiskView node) {
    }

    @Type("RiskConnection")
    @Description("A project's risks, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<ShownRisk> page) {
            return Paging.connection(page, s -> Paging.cursor(SORT, Paging.timestamp(s.risk().createdAt()),
                    s.risk().id()), (cursor, s) -> new Edge(cursor, new RiskView(s)), Connection::new);
        }
    }

    @Type("RiskHistoryEntry")
    @Description("One change of a risk: who, when, what kind, and each changed field's before and after.")
    public record HistoryEntry(@Id @NonNull @Description("The entry's id.") String id,
                               @NonNull @Description("When.") Instant occurredAt,
                               @NonNull @Description("Who.") Actor actor,
                               @NonNull @Description("created, updated, closed or reopened.") String change,
                               @NonNull @Description("{\"probability\": {\"before\": 2, \"after\": 4}, …}") JsonObject fields) {
        static HistoryEntry of(RiskHistoryEntry e) {
            return new HistoryEntry(e.id().toString(), e.occurredAt(), Actor.of(e.actor()), e.change(),
                    JsonValues.toJson(new LinkedHashMap<>(e.fields())));
        }
    }

    @Type("RiskHistoryEdge")
    @Description("A history entry and its cursor.")
    public record HistoryEdge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                              @NonNull @Description("The entry.") HistoryEntry node) {
    }

    @Type("RiskHistoryConnection")
    @Description("A risk's history, oldest first.")
    public record HistoryConnection(@NonNull @Description("This page.") List<@NonNull HistoryEdge> edges,
                                    @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static HistoryConnection of(Page<RiskHistoryEntry> page) {
            return Paging.connection(page, e -> Paging.cursor(HISTORY_SORT, Paging.timestamp(e.occurredAt()), e.id()),
                    (cursor, e) -> new HistoryEdge(cursor, HistoryEntry.of(e)), HistoryConnection::new);
        }
    }
}
