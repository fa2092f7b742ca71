package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.automation.Action;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.NewAutomationRule;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.team.Teams;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A rule as the domain reads it, then checked against the workspace: states its project's workflows
 * have, members, teams and projects that exist, and what a schedule without items can do. Every problem is
 * reported at its path ({@code trigger.to}, {@code actions[1].memberIds[0]}) and nothing is saved.
 */
@ApplicationScoped
public class RuleChecks {
    private final Projects projects;
    private final Members members;
    private final RuleStates states;
    private final Now now;
    private final Teams teams;

    public RuleChecks(Projects projects, Members members, RuleStates states, Now now, Teams teams) {
        this.teams = teams;
        this.projects = projects;
        this.members = members;
        this.states = states;
        this.now = now;
    }

    /** The new rule ({@code current} null) or the changed one, refused (400) with every problem at once. */
    Uni<AutomationRule> checked(Workspace ws, RuleDraft d, AutomationRule current) {
        Uni<UUID> project = d.project() == null ? Uni.createFrom().nullItem()
                : ProjectLookup.load(projects, ws, d.project()).map(Project::id);
        return project.chain(projectId -> {
            NewAutomationRule n = new NewAutomationRule(projectId, d.name(), d.enabled(), d.trigger(), d.condition(),
                    d.actions());
            AutomationRule rule = current == null ? AutomationRule.create(ws.id(), n, now.instant())
                    : current.change(n, now.instant());
            Validation v = new Validation();
            ItemlessSchedules.check(rule, v);
            return states.check(rule, v).chain(() -> members(rule, v)).chain(() -> teams(rule, v))
                    .chain(() -> projectKeys(rule, v))
                    .map(checked -> {
                        v.orThrow();
                        return rule;
                    });
        });
    }

    private Uni<Void> members(AutomationRule rule, Validation v) {
        List<UUID> named = new ArrayList<>();
        rule.actions().forEach(a -> named.addAll(a instanceof Action.Assign assign ? assign.memberIds() : List.of()));
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return members.byIds(rule.workspaceId(), named).invoke(found -> {
            Set<UUID> known = found.stream().map(Member::id).collect(Collectors.toSet());
            for (int i = 0; i < rule.actions().size(); i++) {
                if (rule.actions().get(i) instanceof Action.Assign assign) {
                    for (int j = 0; j < assign.memberIds().size(); j++) {
                        UUID id = assign.memberIds().get(j);
                        v.require(known.contains(id), "actions[" + i + "].memberIds[" + j + "]", "UNKNOWN_MEMBER",
                                "'" + id + "' is not a member of this workspace");
                    }
                }
            }
        }).replaceWithVoid();
    }

    /** The teams ASSIGN actions name: the workspace's, in one statement, else UNKNOWN_TEAM at actions[i].team. */
    private Uni<Void> teams(AutomationRule rule, Validation v) {
        List<UUID> named = rule.actions().stream().filter(Action.AssignTeam.class::isInstance)
                .map(a -> ((Action.AssignTeam) a).teamId()).toList();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return teams.knownIds(rule.workspaceId(), named).invoke(known -> {
            for (int i = 0; i < rule.actions().size(); i++) {
                if (rule.actions().get(i) instanceof Action.AssignTeam assign) {
                    v.require(known.contains(assign.teamId()), "actions[" + i + "].team", "UNKNOWN_TEAM",
                            "'" + assign.teamId() + "' is not a team of this workspace (give a team's id)");
                }
            }
        }).replaceWithVoid();
    }

    private Uni<Void> projectKeys(AutomationRule rule, Validation v) {
        List<Uni<Void>> lookups = new ArrayList<>();
        for (int i = 0; i < rule.actions().size(); i++) {
            if (rule.actions().get(i) instanceof Action.CreateWorkItem create && create.projectKey() != null) {
                String path = "actions[" + i + "].projectKey";
                lookups.add(projects.find(rule.workspaceId(), create.projectKey()).invoke(found -> {
                    if (found.isEmpty()) {
                        v.add(new FieldError(path, "UNKNOWN_PROJECT", "'" + create.projectKey()
                                + "' is not a project of this workspace"));
                    }
                }).replaceWithVoid());
            }
        }
        // one after the other: Validation is not meant for concurrent writers
        return AutomationEngine.inTurn(lookups, lookup -> lookup);
    }
}
