package io.worklane.api.application.risk;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.automation.AutomationEngine;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.risk.NewRisk;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskChanges;
import io.worklane.domain.risk.RiskFields;
import io.worklane.domain.risk.RiskHistoryEntry;
import io.worklane.domain.risk.Risks;
import io.worklane.domain.shared.Change;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's or a portfolio's risk register (ADR 0086), written with {@code projects:write}: each change in one transaction with its
 * history entry, its event ({@code risk.created}, {@code risk.updated}, {@code risk.closed},
 * {@code risk.deleted}) and the RISK_EXPOSURE_REACHED rules whose threshold it crossed.
 */
@ApplicationScoped
public class RiskService {
    private final Risks risks;
    private final RiskQueries queries;
    private final RiskReferences references;
    private final Events events;
    private final AutomationEngine automation;
    private final Now now;

    public RiskService(Risks risks, RiskQueries queries, RiskReferences references, Events events,
                       AutomationEngine automation, Now now) {
        this.risks = risks;
        this.queries = queries;
        this.references = references;
        this.events = events;
        this.automation = automation;
        this.now = now;
    }

    public Uni<ShownRisk> create(Caller caller, String wsRef, String projectRef, RiskDraft d) {
        return create(caller, wsRef, RiskRegister.Ref.project(projectRef), d);
    }

    @WithTransaction
    public Uni<ShownRisk> create(Caller caller, String wsRef, RiskRegister.Ref ref, RiskDraft d) {
        return queries.register(caller, wsRef, ref, Scope.PROJECTS_WRITE)
                .call(r -> references.owner(r.workspaceId(), d.owner()))
                .chain(r -> references.items(caller, r.workspaceId(), d.mitigationItems()).map(items -> r.create(
                        new NewRisk(d.title(), d.description(), d.category(), d.probability(), d.impact(), d.owner(),
                                d.proximityDate(), d.response(), d.mitigationPlan(), d.status(), items),
                        now.instant())))
                .chain(risks::insert)
                .call(saved -> history(caller, saved, "created", created(saved)))
                .call(saved -> events.record("risk.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), RiskData.of(saved), null))
                .call(saved -> saved.isOpen() ? automation.afterRisk(caller, saved.workspaceId(), saved.projectId(),
                        null, saved.exposure()) : Uni.createFrom().voidItem())
                .chain(saved -> references.shown(caller, saved));
    }

    public Uni<ShownRisk> update(Caller caller, String wsRef, String projectRef, String riskRef, Long expected,
                                 RiskPatch p) {
        return update(caller, wsRef, RiskRegister.Ref.project(projectRef), riskRef, expected, p);
    }

    @WithTransaction
    public Uni<ShownRisk> update(Caller caller, String wsRef, RiskRegister.Ref ref, String riskRef, Long expected,
                                 RiskPatch p) {
        return queries.register(caller, wsRef, ref, Scope.PROJECTS_WRITE)
                .chain(register -> queries.find(register, riskRef))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Risk " + current.title()))
                .call(current -> p.owner().present() ? references.owner(current.workspaceId(), p.owner().value())
                        : Uni.createFrom().voidItem())
                .chain(current -> changes(caller, current, p).map(c -> new Step(current, current.change(c, now.instant()))))
                .chain(step -> risks.update(step.after()).map(saved -> new Step(step.before(), saved)))
                .call(step -> recorded(caller, step))
                .chain(step -> references.shown(caller, step.after()));
    }

    public Uni<UUID> delete(Caller caller, String wsRef, String projectRef, String riskRef, Long expected) {
        return delete(caller, wsRef, RiskRegister.Ref.project(projectRef), riskRef, expected);
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, RiskRegister.Ref ref, String riskRef, Long expected) {
        return queries.register(caller, wsRef, ref, Scope.PROJECTS_WRITE)
                .chain(register -> queries.find(register, riskRef))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Risk " + current.title()))
                .call(current -> risks.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> history(caller, current, "deleted", Map.of()))
                .call(current -> events.record("risk.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), RiskData.of(current), null))
                .map(Risk::id);
    }

    /** The risk before and after one change. */
    private record Step(Risk before, Risk after) {
    }

    private Uni<RiskChanges> changes(Caller caller, Risk current, RiskPatch p) {
        Uni<Change<List<UUID>>> items = p.mitigationItems().present()
                ? references.items(caller, current.workspaceId(), p.mitigationItems().value())
                        .chain(given -> references.hidden(caller, current.workspaceId(), current.mitigationItemIds())
                                .map(kept -> Change.to(java.util.stream.Stream.concat(given.stream(), kept.stream())
                                        .distinct().toList())))
                : Uni.createFrom().item(Change.absent());
        return items.map(i -> new RiskChanges(p.title(), p.description(), p.category(), p.probability(), p.impact(),
                p.owner(), p.proximityDate(), p.response(), p.mitigationPlan(), p.status(), i));
    }

    /** History, event and automation of an update; a change that alters nothing records nothing. */
    private Uni<Void> recorded(Caller caller, Step step) {
        Map<String, Map<String, Object>> diff = RiskFields.diff(step.before(), step.after());
        if (diff.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String kind = RiskFields.kindOf(step.before(), step.after());
        Risk after = step.after();
        Integer exposureBefore = step.before().isOpen() ? step.before().exposure() : null;
        return history(caller, after, kind, diff)
                .chain(() -> events.record(kind.equals("closed") ? "risk.closed" : "risk.updated", after.workspaceId(),
                        after.id(), caller, after.updatedAt(), RiskData.of(after), RiskData.of(step.before())))
                .chain(() -> after.isOpen() ? automation.afterRisk(caller, after.workspaceId(), after.projectId(),
                        exposureBefore, after.exposure()) : Uni.createFrom().voidItem());
    }

    private Uni<Void> history(Caller caller, Risk risk, String change, Map<String, Map<String, Object>> fields) {
        return risks.record(RiskHistoryEntry.of(risk.workspaceId(), risk.id(), now.instant(),
                caller.actorIn(risk.workspaceId()), change, fields));
    }

    /** A new risk's fields with a value, each as {@code {"before": null, "after": value}}. */
    private static Map<String, Map<String, Object>> created(Risk r) {
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        RiskFields.of(r).forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", null);
                pair.put("after", value);
                fields.put(field, pair);
            }
        });
        return fields;
    }
}
