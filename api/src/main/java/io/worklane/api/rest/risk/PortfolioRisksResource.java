package io.worklane.api.rest.risk;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.risk.RiskDraft;
import io.worklane.api.application.risk.RiskPatch;
import io.worklane.api.application.risk.RiskQueries;
import io.worklane.api.application.risk.RiskRegister;
import io.worklane.api.application.risk.RiskService;
import io.worklane.api.application.risk.ShownRisk;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.risk.RiskResponse;
import io.worklane.domain.risk.RiskStatus;
import io.worklane.openapi.api.PortfolioRisksApi;
import io.worklane.openapi.model.RiskCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A portfolio's own risk register over REST (ADR 0086): the project register's use cases, translation only. */
@Authenticated
public class PortfolioRisksResource implements PortfolioRisksApi {
    private static final Set<String> PATCHABLE = Set.of("title", "description", "category", "probability", "impact",
            "owner", "proximityDate", "response", "mitigationPlan", "status", "mitigationItems");
    private final RiskService risks;
    private final RiskQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public PortfolioRisksResource(RiskService risks, RiskQueries queries, CurrentCaller caller,
                                  RestResponses responses) {
        this.risks = risks;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createPortfolioRisk(String ws, String portfolioId, RiskCreate b,
                                                         String idempotencyKey) {
        Caller c = caller.get();
        var draft = new RiskDraft(b.getTitle(), b.getDescription(), b.getCategory(), b.getProbability(), b.getImpact(),
                b.getOwner(), b.getProximityDate(), b.getResponse() == null ? null
                : RiskResponse.valueOf(b.getResponse().name()), b.getMitigationPlan(),
                b.getStatus() == null ? null : RiskStatus.valueOf(b.getStatus().name()), b.getMitigationItems());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/portfolios/" + portfolioId
                        + "/risks", b, () -> risks.create(c, ws, register(portfolioId), draft), RiskDtos::risk,
                PortfolioRisksResource::location);
    }

    @Override
    public CompletionStage<Response> listPortfolioRisks(String ws, String portfolioId,
                                                        io.worklane.openapi.model.RiskStatus status, Integer limit,
                                                        String cursor) {
        return responses.list(queries.list(caller.get(), ws, register(portfolioId), status == null ? null
                : RiskStatus.valueOf(status.name()), Pages.of(limit, cursor, "createdAt")), RiskDtos::risks);
    }

    @Override
    public CompletionStage<Response> getPortfolioRiskMatrix(String ws, String portfolioId) {
        return responses.list(queries.matrix(caller.get(), ws, register(portfolioId)), RiskDtos::matrix);
    }

    @Override
    public CompletionStage<Response> getPortfolioRisk(String ws, String portfolioId, String riskId) {
        return responses.ok(queries.get(caller.get(), ws, register(portfolioId), riskId), RiskDtos::risk,
                s -> s.risk().version());
    }

    @Override
    public CompletionStage<Response> updatePortfolioRisk(String ws, String portfolioId, String riskId, Map body,
                                                         String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new RiskPatch(p.requiredText("title"), p.text("description"), p.text("category"),
                RisksResource.small(p.integer("probability")), RisksResource.small(p.integer("impact")),
                p.uuid("owner"), p.date("proximityDate"), p.nullableEnum("response", RiskResponse.class),
                p.text("mitigationPlan"), p.enumValue("status", RiskStatus.class), p.strings("mitigationItems"));
        p.check();
        return responses.ok(risks.update(caller.get(), ws, register(portfolioId), riskId, Versions.ifMatch(ifMatch),
                patch), RiskDtos::risk, s -> s.risk().version());
    }

    @Override
    public CompletionStage<Response> deletePortfolioRisk(String ws, String portfolioId, String riskId,
                                                         String ifMatch) {
        return responses.noContent(risks.delete(caller.get(), ws, register(portfolioId), riskId,
                Versions.ifMatch(ifMatch)).replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> listPortfolioRiskHistory(String ws, String portfolioId, String riskId,
                                                              Integer limit, String cursor) {
        return responses.list(queries.history(caller.get(), ws, register(portfolioId), riskId,
                Pages.of(limit, cursor, "occurredAt")), RiskDtos::history);
    }

    private static RiskRegister.Ref register(String portfolioId) {
        return RiskRegister.Ref.portfolio(portfolioId);
    }

    private static String location(ShownRisk s) {
        return "/api/v1/workspaces/" + s.risk().workspaceId() + "/portfolios/" + s.risk().portfolioId() + "/risks/"
                + s.risk().id();
    }
}
