package io.worklane.api.rest.recurrence;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.recurrence.RecurrenceDraft;
import io.worklane.api.application.recurrence.RecurrenceQueries;
import io.worklane.api.application.recurrence.RecurrenceService;
import io.worklane.api.application.recurrence.RuleInput;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.recurrence.Recurrence;
import io.worklane.domain.recurrence.RecurrenceRule;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.recurrence.Recurrences;
import io.worklane.domain.shared.Change;
import io.worklane.openapi.api.RecurrencesApi;
import io.worklane.openapi.model.RecurrenceCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** Recurring series over REST: translation only. */
@Authenticated
public class RecurrencesResource implements RecurrencesApi {
    private static final Set<String> PATCHABLE = Set.of("template", "rrule", "dtstart", "timeZone");
    private final RecurrenceService service;
    private final RecurrenceQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public RecurrencesResource(RecurrenceService service, RecurrenceQueries queries, CurrentCaller caller,
                               RestResponses responses) {
        this.service = service;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createRecurrence(String ws, RecurrenceCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/recurrences", b,
                () -> service.create(c, ws, new RecurrenceDraft(b.getProject(), RecurrenceDtos.template(b.getTemplate()),
                        b.getRrule(), b.getDtstart(), b.getTimeZone())),
                RecurrenceDtos::recurrence, RecurrencesResource::location);
    }

    @Override
    public CompletionStage<Response> listRecurrences(String ws, String project, Integer limit, String cursor) {
        return responses.list(queries.list(caller.get(), ws, project, Pages.of(limit, cursor, Recurrences.SORT)),
                RecurrenceDtos::recurrences);
    }

    @Override
    public CompletionStage<Response> getRecurrence(String ws, String recurrenceId) {
        var found = queries.get(caller.get(), ws, recurrenceId);
        return responses.ok(found.chain(r -> queries.latest(r).map(latest -> new Shown(r, latest))),
                shown -> RecurrenceDtos.withLatest(shown.recurrence(), shown.latest()), s -> s.recurrence().version());
    }

    @Override
    public CompletionStage<Response> updateRecurrence(String ws, String recurrenceId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        Change<Map<String, Object>> template = p.object("template");
        Change<String> rrule = p.requiredText("rrule");
        Change<String> dtstart = p.requiredText("dtstart");
        Change<String> zone = p.requiredText("timeZone");
        p.check();
        UnaryOperator<RecurrenceTemplate> templateChange = template.present() && template.value() != null
                ? TemplatePatch.of(template.value()) : t -> t;
        UnaryOperator<RecurrenceRule> ruleChange = r -> new RecurrenceRule(rrule.or(r.rrule()),
                dtstart.present() ? RuleInput.start(dtstart.value()) : r.start(),
                zone.present() ? RuleInput.zone(zone.value()) : r.timeZone());
        return responses.ok(service.update(caller.get(), ws, recurrenceId, Versions.ifMatch(ifMatch), templateChange,
                ruleChange), RecurrenceDtos::recurrence, Recurrence::version);
    }

    @Override
    public CompletionStage<Response> endRecurrence(String ws, String recurrenceId, String ifMatch) {
        return responses.ok(service.end(caller.get(), ws, recurrenceId, Versions.ifMatch(ifMatch)),
                RecurrenceDtos::recurrence, Recurrence::version);
    }

    private static String location(Recurrence r) {
        return "/api/v1/workspaces/" + r.workspaceId() + "/recurrences/" + r.id();
    }

    private record Shown(Recurrence recurrence, java.util.List<Recurrences.Occurrence> latest) {
    }
}
