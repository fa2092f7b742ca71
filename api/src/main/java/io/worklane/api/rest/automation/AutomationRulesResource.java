package io.worklane.api.rest.automation;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.automation.AutomationRuleService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.openapi.api.AutomationRulesApi;
import io.worklane.openapi.model.AutomationRuleCreate;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Authenticated
public class AutomationRulesResource implements AutomationRulesApi {
    private static final String RUNS_SORT = "-startedAt";
    private final AutomationRuleService service;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public AutomationRulesResource(AutomationRuleService service, CurrentCaller caller, RestResponses responses) {
        this.service = service;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createAutomationRule(String ws, AutomationRuleCreate b, String idempotencyKey) {
        Caller c = caller.get();
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/automation-rules", b,
                () -> view(service.create(c, ws, AutomationRuleRequests.draft(b))), v -> v.dto,
                v -> "/api/v1/workspaces/" + v.rule.workspaceId() + "/automation-rules/" + v.rule.id());
    }

    @Override
    public CompletionStage<Response> getAutomationRule(String ws, UUID ruleId) {
        return responses.ok(view(service.get(caller.get(), ws, ruleId.toString())), v -> v.dto, v -> v.rule.version());
    }

    @Override
    public CompletionStage<Response> listAutomationRules(String ws, Integer limit, String cursor) {
        return responses.list(service.list(caller.get(), ws, Pages.of(limit, cursor, "createdAt")).chain(page ->
                page.items().isEmpty() ? Uni.createFrom().item(AutomationRuleDtos.of(page, Map.of()))
                        : service.projectKeys(page.items().get(0).workspaceId(), page.items())
                        .map(keys -> AutomationRuleDtos.of(page, keys))), dto -> dto);
    }

    @Override
    public CompletionStage<Response> updateAutomationRule(String ws, UUID ruleId, Map body, String ifMatch) {
        var patch = AutomationRuleRequests.patch(body);
        return responses.ok(view(service.update(caller.get(), ws, ruleId.toString(), Versions.ifMatch(ifMatch), patch)),
                v -> v.dto, v -> v.rule.version());
    }

    @Override
    public CompletionStage<Response> deleteAutomationRule(String ws, UUID ruleId, String ifMatch) {
        return responses.noContent(service.delete(caller.get(), ws, ruleId.toString(), Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> listAutomationRuns(String ws, UUID ruleId, Integer limit, String cursor) {
        return responses.list(service.runs(caller.get(), ws, ruleId.toString(), Pages.of(limit, cursor, RUNS_SORT)),
                AutomationRuleDtos::runs);
    }

    private Uni<View> view(Uni<AutomationRule> rule) {
        return rule.chain(r -> service.projectKeys(r.workspaceId(), List.of(r))
                .map(keys -> new View(r, AutomationRuleDtos.of(r, keys))));
    }

    /** A rule with its REST representation (which needs its project's key). */
    private record View(AutomationRule rule, io.worklane.openapi.model.AutomationRule dto) {
    }
}
