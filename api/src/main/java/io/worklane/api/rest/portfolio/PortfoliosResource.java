package io.worklane.api.rest.portfolio;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.portfolio.BenefitService;
import io.worklane.api.application.portfolio.PortfolioDraft;
import io.worklane.api.application.portfolio.PortfolioPatch;
import io.worklane.api.application.portfolio.PortfolioQueries;
import io.worklane.api.application.portfolio.PortfolioRollups;
import io.worklane.api.application.portfolio.PortfolioService;
import io.worklane.api.application.portfolio.ShownPortfolio;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.Pages;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.openapi.api.PortfoliosApi;
import io.worklane.openapi.model.ExpectedBenefitsWrite;
import io.worklane.openapi.model.PortfolioCreate;
import io.worklane.openapi.model.PortfolioRank;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Portfolios, their ranked projects, roll-ups and projects' expected benefits over REST: translation only. */
@Authenticated
public class PortfoliosResource implements PortfoliosApi {
    private static final Set<String> PATCHABLE = Set.of("name", "description", "owner", "currency", "parent");
    private final PortfolioService portfolios;
    private final PortfolioQueries queries;
    private final PortfolioRollups rollups;
    private final BenefitService benefits;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public PortfoliosResource(PortfolioService portfolios, PortfolioQueries queries, PortfolioRollups rollups,
                              BenefitService benefits, CurrentCaller caller, RestResponses responses) {
        this.portfolios = portfolios;
        this.queries = queries;
        this.rollups = rollups;
        this.benefits = benefits;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createPortfolio(String ws, PortfolioCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new PortfolioDraft(b.getName(), b.getDescription(), b.getOwner(), b.getCurrency(), b.getParent());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/portfolios", b,
                () -> portfolios.create(c, ws, draft), PortfolioDtos::portfolio, PortfoliosResource::location);
    }

    @Override
    public CompletionStage<Response> listPortfolios(String ws, String parent, Integer limit, String cursor) {
        return responses.list(queries.showList(caller.get(), ws, parent, Pages.of(limit, cursor, "createdAt")),
                PortfolioDtos::portfolios);
    }

    @Override
    public CompletionStage<Response> getPortfolio(String ws, String portfolioId) {
        return responses.ok(queries.show(caller.get(), ws, portfolioId), PortfolioDtos::portfolio,
                s -> s.portfolio().version());
    }

    @Override
    public CompletionStage<Response> updatePortfolio(String ws, String portfolioId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        var patch = new PortfolioPatch(p.requiredText("name"), p.text("description"), p.uuid("owner"),
                p.requiredText("currency"), p.text("parent"));
        p.check();
        return responses.ok(portfolios.update(caller.get(), ws, portfolioId, Versions.ifMatch(ifMatch), patch),
                PortfolioDtos::portfolio, s -> s.portfolio().version());
    }

    @Override
    public CompletionStage<Response> deletePortfolio(String ws, String portfolioId, String ifMatch) {
        return responses.noContent(portfolios.delete(caller.get(), ws, portfolioId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> rankPortfolioProject(String ws, String portfolioId, String project,
                                                          String ifMatch, PortfolioRank body) {
        Integer rank = body == null ? null : body.getRank();
        return responses.ok(portfolios.rank(caller.get(), ws, portfolioId, project, rank, Versions.ifMatch(ifMatch)),
                PortfolioDtos::portfolio, s -> s.portfolio().version());
    }

    @Override
    public CompletionStage<Response> removePortfolioProject(String ws, String portfolioId, String project,
                                                            String ifMatch) {
        return responses.ok(portfolios.remove(caller.get(), ws, portfolioId, project, Versions.ifMatch(ifMatch)),
                PortfolioDtos::portfolio, s -> s.portfolio().version());
    }

    @Override
    public CompletionStage<Response> getPortfolioRollup(String ws, String portfolioId, LocalDate asOf) {
        return responses.list(rollups.rollup(caller.get(), ws, portfolioId, asOf), RollupDtos::rollup);
    }

    @Override
    public CompletionStage<Response> getExpectedBenefits(String ws, String project) {
        return responses.ok(benefits.get(caller.get(), ws, project), PortfolioDtos::benefits,
                s -> s.benefit().version());
    }

    @Override
    public CompletionStage<Response> putExpectedBenefits(String ws, String project, ExpectedBenefitsWrite b,
                                                         String ifMatch) {
        return responses.ok(benefits.put(caller.get(), ws, project, b.getAmount(), b.getCurrency(), b.getNote(),
                Versions.ifMatch(ifMatch)), PortfolioDtos::benefits, s -> s.benefit().version());
    }

    @Override
    public CompletionStage<Response> deleteExpectedBenefits(String ws, String project, String ifMatch) {
        return responses.noContent(benefits.delete(caller.get(), ws, project, Versions.ifMatch(ifMatch)));
    }

    private static String location(ShownPortfolio s) {
        return "/api/v1/workspaces/" + s.portfolio().workspaceId() + "/portfolios/" + s.portfolio().id();
    }
}
