package io.worklane.persistence.automation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.automation.AutomationRule;
import io.worklane.domain.automation.AutomationRules;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Keyset;
import io.worklane.persistence.shared.Params;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AutomationRulesRepository implements AutomationRules {
    private static final String SELECT = "SELECT " + AutomationRuleMapping.COLUMNS + " FROM automation_rules";
    private static final String TIME_BASED = "('SCHEDULE', 'DUE_DATE_WITHIN')";
    private final Sql sql;

    public AutomationRulesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<AutomationRule>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                AutomationRuleMapping::fromRow);
    }

    @Override
    public Uni<Page<AutomationRule>> list(UUID workspaceId, PageRequest page) {
        Params p = new Params().where("workspace_id = ?", workspaceId);
        Keyset.afterTimestamp(p, "created_at", page.after());
        return sql.list(SELECT + p.clause() + " ORDER BY created_at, id LIMIT " + (page.limit() + 1), p.tuple(),
                        AutomationRuleMapping::fromRow)
                .map(rows -> Keyset.page(rows, page.limit(), "createdAt", r -> Keyset.timestampValue(r.createdAt()),
                        AutomationRule::id));
    }

    @Override
    public Uni<List<AutomationRule>> onChanges(UUID workspaceId, UUID projectId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND enabled AND (project_id IS NULL OR project_id = $2)"
                + " AND trigger->>'type' NOT IN " + TIME_BASED + " ORDER BY created_at, id",
                Tuple.of(workspaceId, projectId), AutomationRuleMapping::fromRow);
    }

    @Override
    public Uni<List<AutomationRule>> ofProject(UUID workspaceId, UUID projectId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = $2 ORDER BY created_at, id",
                Tuple.of(workspaceId, projectId), AutomationRuleMapping::fromRow);
    }

    @Override
    public Uni<AutomationRule> insert(AutomationRule rule, Instant nextRunAt) {
        AutomationRuleEntity entity = AutomationRuleMapping.copy(rule, nextRunAt, new AutomationRuleEntity());
        return Writes.persist(entity, "Automation rule '" + rule.name() + "'").map(AutomationRuleMapping::fromEntity);
    }

    @Override
    public Uni<AutomationRule> update(AutomationRule changed, Instant nextRunAt) {
        return Writes.update(AutomationRuleEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                        "Automation rule '" + changed.name() + "'", () -> notFound(changed.id()),
                        e -> AutomationRuleMapping.copy(changed, nextRunAt, e))
                .map(AutomationRuleMapping::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(AutomationRuleEntity.class, id, workspaceId, expectedVersion, "Automation rule " + id,
                () -> notFound(id));
    }

    @Override
    public Uni<Optional<AutomationRule>> claimDue(Instant now) {
        // in the session's transaction, so the row lock lasts until the run is committed
        return Writes.inSession(s -> Writes.<UUID>nativeQuery(s, "SELECT id FROM automation_rules"
                        + " WHERE enabled AND next_run_at IS NOT NULL AND next_run_at <= :now ORDER BY next_run_at, id"
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter("now", now).getResultList()
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(Optional.<AutomationRule>empty())
                        : s.find(AutomationRuleEntity.class, ids.get(0))
                        .map(e -> Optional.of(AutomationRuleMapping.fromEntity(e)))));
    }

    @Override
    public Uni<Void> reschedule(UUID ruleId, Instant nextRunAt) {
        // a plain UPDATE: scheduling is not an edit, so the rule's version (its ETag) stays
        return Writes.inSession(s -> s.createNativeQuery("UPDATE automation_rules SET next_run_at = :next WHERE id = :id")
                .setParameter("next", nextRunAt).setParameter("id", ruleId).executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<UUID>> itemsInScope(AutomationRule rule, int limit) {
        Params p = scope(rule);
        return sql.list("SELECT id FROM work_items" + p.clause() + " ORDER BY updated_at DESC, id DESC LIMIT " + limit,
                p.tuple(), r -> r.getUUID("id"));
    }

    @Override
    public Uni<List<UUID>> dueItems(AutomationRule rule, LocalDate from, LocalDate to, int limit) {
        Params p = scope(rule).where("due_date >= ?", from).where("due_date <= ?", to);
        p.where("NOT EXISTS (SELECT 1 FROM automation_due_fired f WHERE f.rule_id = " + p.add(rule.id())
                + " AND f.work_item_id = work_items.id AND f.due_date = work_items.due_date)");
        return sql.list("SELECT id FROM work_items" + p.clause() + " ORDER BY due_date, id LIMIT " + limit, p.tuple(),
                r -> r.getUUID("id"));
    }

    @Override
    public Uni<Void> markDueFired(UUID ruleId, UUID workItemId, LocalDate dueDate, Instant at) {
        return Writes.inSession(s -> s.createNativeQuery("INSERT INTO automation_due_fired (rule_id, work_item_id,"
                        + " due_date, fired_at) VALUES (:r, :w, :d, :t) ON CONFLICT DO NOTHING")
                .setParameter("r", ruleId).setParameter("w", workItemId).setParameter("d", dueDate)
                .setParameter("t", at).executeUpdate()).replaceWithVoid();
    }

    private static Params scope(AutomationRule rule) {
        return new Params().where("workspace_id = ?", rule.workspaceId())
                .whereIf(rule.projectId() != null, "project_id = ?", rule.projectId());
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.AUTOMATION_RULE_NOT_FOUND, "Automation rule", id.toString());
    }
}
