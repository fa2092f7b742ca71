package io.worklane.api.graphql.recurrence;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.recurrence.RecurrenceDraft;
import io.worklane.api.application.recurrence.RecurrenceQueries;
import io.worklane.api.application.recurrence.RecurrenceService;
import io.worklane.api.application.recurrence.RuleInput;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Recurring series' mutations: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class RecurrenceMutations {
    private final RecurrenceService service;
    private final RecurrenceQueries queries;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public RecurrenceMutations(RecurrenceService service, RecurrenceQueries queries, IdempotentCreate idempotent,
                               CurrentCaller caller) {
        this.service = service;
        this.queries = queries;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** The payload of the series' mutations. */
    @Description("The series as saved.")
    public record RecurrencePayload(@NonNull @Description("The series as saved.") RecurrenceType recurrence) {
    }

    @Mutation("createRecurrence")
    @Description("Starts a recurring series (rule read now: INVALID_RECURRENCE). Needs work_items:write.")
    public Uni<RecurrencePayload> createRecurrence(@Name("input") @NonNull RecurrenceInputs.CreateRecurrence in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new RecurrenceDraft(in.project, merged(in.template).apply(RecurrenceTemplates.EMPTY),
                    in.rrule, in.dtstart, in.timeZone);
            return idempotent.run(who, in.idempotencyKey, "createRecurrence", in,
                    () -> service.create(who, in.workspace, draft).map(r -> new RecurrencePayload(new RecurrenceType(r))),
                    p -> p.recurrence().getId(), id -> queries.get(who, in.workspace, id)
                            .map(r -> new RecurrencePayload(new RecurrenceType(r))));
        });
    }

    @Mutation("updateRecurrence")
    @Description("Changes a series' rule or template; the next occurrence follows the new rule. Needs work_items:write.")
    public Uni<RecurrencePayload> updateRecurrence(@Name("input") @NonNull RecurrenceInputs.UpdateRecurrence in) {
        return Uni.createFrom().deferred(() -> service.update(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), merged(in.template),
                        r -> new RecurrenceRule(in.rrule == null ? r.rrule() : in.rrule,
                                in.dtstart == null ? r.start() : RuleInput.start(in.dtstart),
                                in.timeZone == null ? r.timeZone() : RuleInput.zone(in.timeZone))))
                .map(r -> new RecurrencePayload(new RecurrenceType(r)));
    }

    @Mutation("endRecurrence")
    @Description("Ends a series: no further items; those created stay. Needs work_items:write.")
    public Uni<RecurrencePayload> endRecurrence(@Name("input") @NonNull RecurrenceInputs.EndRecurrence in) {
        return Uni.createFrom().deferred(() -> service.end(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(r -> new RecurrencePayload(new RecurrenceType(r)));
    }

    /** The given template fields over a template (null fields keep the template's). */
    private static java.util.function.UnaryOperator<RecurrenceTemplate> merged(RecurrenceInputs.Template in) {
        if (in == null) {
            return t -> t;
        }
        List<UUID> assignees = in.assigneeIds == null ? null : in.assigneeIds.stream().map(RecurrenceMutations::id)
                .toList();
        return t -> new RecurrenceTemplate(in.title == null ? t.title() : in.title,
                in.description == null ? t.description() : in.description, in.type == null ? t.type() : in.type,
                in.priority == null ? t.priority() : in.priority, assignees == null ? t.assigneeIds() : assignees,
                in.labels == null ? t.labels() : in.labels,
                in.customFields == null ? t.customFields() : JsonValues.toMap(in.customFields),
                in.estimateMinutes == null ? t.estimateMinutes() : in.estimateMinutes,
                in.dueInDays == null ? t.dueInDays() : in.dueInDays);
    }

    private static UUID id(String value) {
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw new io.worklane.domain.shared.DomainException(io.worklane.domain.shared.ErrorCode.VALIDATION_FAILED,
                    "assigneeIds: '" + value + "' is not a member id (a UUID).");
        }
        return id;
    }

    /** The empty template a create's input fills. */
    private static final class RecurrenceTemplates {
        static final RecurrenceTemplate EMPTY = new RecurrenceTemplate(null, null, null, null, null, null, null, null,
                null);
    }
}
