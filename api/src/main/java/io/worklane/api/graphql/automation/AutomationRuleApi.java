package io.worklane.api.graphql.automation;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.application.automation.AutomationRuleService;
import io.worklane.api.application.automation.RuleDraft;
import io.worklane.api.application.automation.RulePatch;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.PageRequest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Automation rules over GraphQL: the same use cases as REST, the same refusals. */
@GraphQLApi
@Authenticated
public class AutomationRuleApi {
    private final AutomationRuleService rules;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public AutomationRuleApi(AutomationRuleService rules, IdempotentCreate idempotent, CurrentCaller caller) {
        this.rules = rules;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's automation rules, oldest first, at most 200: use automationRulesConnection, which "
            + "pages.")
    @Deprecated
    public Uni<List<@NonNull AutomationRule>> automationRules(@Source Workspace workspace) {
        return Uni.createFrom().deferred(() -> rules.list(caller.get(), workspace.getId(),
                PageRequest.of(PageRequest.MAX_LIMIT, null))).map(p -> p.items().stream().map(AutomationRule::new).toList());
    }

    @NonNull
    @Description("The workspace's automation rules, oldest first, the order they run in, in pages. Needs "
            + "projects:read.")
    public Uni<AutomationRuleConnections.Connection> automationRulesConnection(@Source Workspace workspace,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> rules.list(caller.get(), workspace.getId(),
                Paging.request(first, after, Paging.CREATED_AT))).map(AutomationRuleConnections.Connection::of);
    }

    @NonNull
    @Description("The rule's latest runs, newest first (first: at most 200).")
    public Uni<List<@NonNull List<AutomationTypes.@NonNull Run>>> runs(@Source List<AutomationRule> sources,
                                                                        @DefaultValue("20") Integer first) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            int perRule = PageRequest.of(first, null).limit();
            return Batches.<AutomationRule, UUID, List<io.worklane.domain.automation.RuleRuns.Logged>>load(sources,
                    r -> r.domain().workspaceId(), r -> List.of(r.domain().id()),
                    (ws, ids) -> rules.latestRuns(who, ws, ids, perRule));
        }).map(found -> sources.stream().map(r -> found.getOrDefault(r.domain().id(), List.of()).stream()
                .map(AutomationTypes.Run::of).toList()).toList());
    }

    @Description("Creates a rule that runs its actions when its trigger fires on an item matching its condition. "
            + "Needs projects:write.")
    @Mutation("createAutomationRule")
    public Uni<AutomationTypes.Payload> createAutomationRule(@Name("input") @NonNull AutomationRuleInputs.Create in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            RuleDraft draft = new RuleDraft(in.project, in.name, in.enabled, JsonValues.toMap(in.trigger), in.condition,
                    maps(in.actions));
            return idempotent.run(who, in.idempotencyKey, "createAutomationRule", in,
                    () -> rules.create(who, in.workspace, draft), r -> r.id().toString(),
                    id -> rules.get(who, in.workspace, id));
        }).map(r -> new AutomationTypes.Payload(new AutomationRule(r)));
    }

    @Description("Changes a rule: fields given are set, fields in clear are removed, the rest stay. Needs "
            + "projects:write.")
    @Mutation("updateAutomationRule")
    public Uni<AutomationTypes.Payload> updateAutomationRule(@Name("input") @NonNull AutomationRuleInputs.Update in) {
        return Uni.createFrom().deferred(() -> rules.update(caller.get(), in.workspace, in.id,
                        Changes.version(in.expectedVersion), patch(in)))
                .map(r -> new AutomationTypes.Payload(new AutomationRule(r)));
    }

    @Description("Deletes a rule; it runs no more. Needs projects:write.")
    @Mutation("deleteAutomationRule")
    public Uni<DeletePayload> deleteAutomationRule(@Name("input") @NonNull AutomationRuleInputs.Delete in) {
        return Uni.createFrom().deferred(() -> rules.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).replaceWith(new DeletePayload(in.id));
    }

    private static RulePatch patch(AutomationRuleInputs.Update in) {
        var clear = in.clear;
        return new RulePatch(Changes.of(in.project, clear, AutomationTypes.Field.PROJECT, "project"),
                Changes.of(in.name), Changes.of(in.enabled), Changes.of(JsonValues.toMap(in.trigger)),
                Changes.of(in.condition, clear, AutomationTypes.Field.CONDITION, "condition"),
                Changes.of(in.actions == null ? null : maps(in.actions)));
    }

    private static List<Map<String, Object>> maps(List<JsonObject> objects) {
        if (objects == null) {
            throw DomainException.validation(List.of(new FieldError("actions", "REQUIRED", "is required")));
        }
        return objects.stream().map(JsonValues::toMap).toList();
    }
}
