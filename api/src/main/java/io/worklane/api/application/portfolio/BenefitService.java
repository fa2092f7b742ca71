package io.worklane.api.application.portfolio;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.budget.Amounts;
import io.worklane.domain.portfolio.ExpectedBenefit;
import io.worklane.domain.portfolio.ExpectedBenefits;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's expected benefits: read with {@code projects:read}, stated or withdrawn with
 * {@code projects:write} (events {@code project.benefits_updated}, {@code project.benefits_removed}).
 */
@ApplicationScoped
public class BenefitService {
    private final ExpectedBenefits benefits;
    private final PortfolioQueries queries;
    private final Events events;
    private final Now now;

    public BenefitService(ExpectedBenefits benefits, PortfolioQueries queries, Events events, Now now) {
        this.benefits = benefits;
        this.queries = queries;
        this.events = events;
        this.now = now;
    }

    /** The project's benefits and the project (for its key in links). */
    public record Shown(ExpectedBenefit benefit, Project project) {
    }

    public Uni<Shown> get(Caller caller, String wsRef, String projectRef) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_READ).chain(p -> benefits.find(p.workspaceId(), p.id())
                .map(found -> new Shown(found.orElseThrow(() -> missing(p)), p)));
    }

    /** Creates or replaces them (If-Match checked when they exist). */
    @WithTransaction
    public Uni<Shown> put(Caller caller, String wsRef, String projectRef, String amount, String currency, String note,
                          Long expected) {
        // the project first: another workspace's project is not found, whatever the body says
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(p -> benefits.find(p.workspaceId(), p.id())
                .chain(found -> {
                    Validation v = new Validation();
                    var money = Amounts.read(amount, currency, "expectedBenefits", v);
                    v.orThrow();
                    ExpectedBenefit next = ExpectedBenefit.of(p.id(), p.workspaceId(), money, note, now.instant());
                    found.ifPresent(current -> ExpectedVersion.check(expected, current.version(),
                            "The expected benefits of " + p.key()));
                    return benefits.save(found.map(c -> c.replacedBy(next, now.instant())).orElse(next),
                            found.map(ExpectedBenefit::version).orElse(-1L));
                })
                .call(saved -> events.record("project.benefits_updated", p.workspaceId(), p.id(), caller,
                        saved.updatedAt(), data(p, saved), null))
                .map(saved -> new Shown(saved, p)));
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, String wsRef, String projectRef, Long expected) {
        return project(caller, wsRef, projectRef, Scope.PROJECTS_WRITE).chain(p -> benefits.find(p.workspaceId(), p.id())
                .map(found -> found.orElseThrow(() -> missing(p)))
                .invoke(current -> ExpectedVersion.check(expected, current.version(),
                        "The expected benefits of " + p.key()))
                .call(current -> benefits.delete(p.workspaceId(), p.id(), current.version()))
                .call(current -> events.record("project.benefits_removed", p.workspaceId(), p.id(), caller,
                        now.instant(), data(p, current), null))
                .replaceWithVoid());
    }

    private static Map<String, Object> data(Project p, ExpectedBenefit b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", p.id().toString());
        m.put("projectKey", p.key());
        m.put("amount", b.amount().amount().toPlainString());
        m.put("currency", b.amount().currency());
        m.put("note", b.note());
        m.put("version", b.version());
        return m;
    }

    private Uni<Project> project(Caller caller, String wsRef, String projectRef, Scope scope) {
        return queries.workspace(caller, wsRef, scope).chain(ws -> queries.project(caller, ws, projectRef));
    }

    private static DomainException missing(Project p) {
        return new DomainException(ErrorCode.EXPECTED_BENEFITS_NOT_FOUND, "Project " + p.key()
                + " states no expected benefits. PUT …/projects/" + p.key() + "/expected-benefits to state them.");
    }
}
