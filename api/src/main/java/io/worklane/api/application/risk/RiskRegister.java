package io.worklane.api.application.risk;

import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.project.Project;
import io.worklane.domain.risk.NewRisk;
import io.worklane.domain.risk.Risk;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The register a use case works on: a project's or a portfolio's (ADR 0086), found and checked for the caller. */
public record RiskRegister(UUID workspaceId, UUID projectId, UUID portfolioId) {
    /** How a caller names a register: a project (id or key) or a portfolio (id), exactly one. */
    public record Ref(String project, String portfolio) {
        public static Ref project(String ref) {
            return new Ref(ref, null);
        }

        public static Ref portfolio(String ref) {
            return new Ref(null, ref);
        }

        boolean ofAPortfolio() {
            return portfolio != null;
        }
    }

    static RiskRegister of(Project p) {
        return new RiskRegister(p.workspaceId(), p.id(), null);
    }

    static RiskRegister of(Portfolio p) {
        return new RiskRegister(p.workspaceId(), null, p.id());
    }

    /** Whether the risk is in this register (another register's risk is not found here). */
    boolean holds(Risk r) {
        return Objects.equals(r.projectId(), projectId) && Objects.equals(r.portfolioId(), portfolioId);
    }

    Risk create(NewRisk n, Instant now) {
        return portfolioId == null ? Risk.create(workspaceId, projectId, n, now)
                : Risk.ofPortfolio(workspaceId, portfolioId, n, now);
    }
}
