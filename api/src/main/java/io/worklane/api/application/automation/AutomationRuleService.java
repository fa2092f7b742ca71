package io.worklane.api.application.automation;

import io.worklane.api.application.project.ProjectLookup;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.NewAutomationRule;
import io.worklane.domain.automation.AutomationRules;
import io.worklane.domain.automation.RuleRuns;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Automation rules of a workspace and their run log. Rules are project configuration: writing them
 * needs {@code projects:write}, reading them (and their runs) {@code projects:read}.
 */
@ApplicationScoped
public class AutomationRuleService {
    private final AutomationRules rules;
    private final RuleRuns runs;
    private final RuleChecks checks;
    private final Projects projects;
    private final Access access;
    private final Events events;
    private final Now now;

    public AutomationRuleService(AutomationRules rules, RuleRuns runs, RuleChecks checks, Projects projects,
                                 Access access, Events events, Now now) {
        this.rules = rules;
        this.runs = runs;
        this.checks = checks;
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<AutomationRule> create(Caller caller, String wsRef, RuleDraft draft) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> checks.checked(ws, draft, null)
                .chain(rule -> rules.insert(rule, Schedules.firstRun(rule, now.instant())))
                .call(saved -> events.record("automation_rule.created", ws.id(), saved.id(), caller,
                        saved.createdAt(), RuleData.of(saved), null)));
    }

    /**
     * Adds the rules a template brings to a new project, in the caller's transaction, each checked as a
     * new rule is. No event per rule: the instantiation's own event counts them (ADR 0029).
     */
    public Uni<Void> insertAll(UUID workspaceId, List<NewAutomationRule> drafts) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (NewAutomationRule draft : drafts) {
            chain = chain.chain(() -> {
                AutomationRule rule = AutomationRule.create(workspaceId, draft, now.instant());
                return rules.insert(rule, Schedules.firstRun(rule, now.instant())).replaceWithVoid();
            });
        }
        return chain;
    }

    public Uni<AutomationRule> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> load(ws.id(), id));
    }

    public Uni<Page<AutomationRule>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> rules.list(ws.id(), page));
    }

    /** Applies the patch; the result is checked as a new rule would be. */
    @WithTransaction
    public Uni<AutomationRule> update(Caller caller, String wsRef, String id, Long expectedVersion, RulePatch patch) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> load(ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Automation rule '" + current.name() + "'");
            return checks.checked(ws, patch.mergedInto(current), current)
                    .chain(changed -> rules.update(changed, Schedules.firstRun(changed, now.instant())))
                    .call(saved -> events.record("automation_rule.updated", ws.id(), saved.id(), caller,
                            saved.updatedAt(), RuleData.of(saved), RuleData.of(current)));
        }));
    }

    /** Deletes the rule and its run log. */
    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String id, Long expectedVersion) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> load(ws.id(), id).chain(current -> {
            ExpectedVersion.check(expectedVersion, current.version(), "Automation rule '" + current.name() + "'");
            return rules.delete(ws.id(), current.id(), current.version())
                    .call(() -> events.record("automation_rule.deleted", ws.id(), current.id(), caller,
                            now.instant(), RuleData.of(current), null))
                    .replaceWith(current.id());
        }));
    }

    /** The rule's runs, newest first. */
    public Uni<Page<RuleRuns.Logged>> runs(Caller caller, String wsRef, String id, PageRequest page) {
        return get(caller, wsRef, id).chain(rule -> runs.list(rule.workspaceId(), rule.id(), page));
    }

    /** The newest {@code perRule} runs of each rule, in one statement (nested GraphQL lists). */
    public Uni<Map<UUID, java.util.List<RuleRuns.Logged>>> latestRuns(Caller caller, UUID workspaceId,
                                                                     Collection<UUID> ruleIds, int perRule) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return runs.latest(workspaceId, ruleIds, perRule);
    }

    /** The keys of the rules' projects, for representations that show them (one statement). */
    public Uni<Map<UUID, String>> projectKeys(UUID workspaceId, Collection<AutomationRule> shown) {
        return ProjectLookup.keys(projects, workspaceId, shown.stream().map(AutomationRule::projectId));
    }

    private Uni<AutomationRule> load(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(java.util.Optional.<AutomationRule>empty())
                : rules.find(workspaceId, id)).map(found -> found.orElseThrow(() -> DomainException.notFound(
                ErrorCode.AUTOMATION_RULE_NOT_FOUND, "Automation rule", String.valueOf(ref))));
    }
}
