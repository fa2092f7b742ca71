package io.worklane.api.graphql.portfolio;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.portfolio.BenefitService;
import io.worklane.api.application.portfolio.PortfolioDraft;
import io.worklane.api.application.portfolio.PortfolioPatch;
import io.worklane.api.application.portfolio.PortfolioQueries;
import io.worklane.api.application.portfolio.PortfolioService;
import io.worklane.api.graphql.portfolio.PortfolioInputs.Field;
import io.worklane.api.graphql.portfolio.PortfolioTypes.Payload;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.graphql.shared.Money;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Portfolio and expected-benefit mutations over GraphQL: the same use cases and refusals as REST. */
@GraphQLApi
@Authenticated
public class PortfolioApi {
    private final PortfolioService portfolios;
    private final PortfolioQueries queries;
    private final BenefitService benefits;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public PortfolioApi(PortfolioService portfolios, PortfolioQueries queries, BenefitService benefits,
                        IdempotentCreate idempotent, CurrentCaller caller) {
        this.portfolios = portfolios;
        this.queries = queries;
        this.benefits = benefits;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Mutation("createPortfolio")
    @Description("Creates a portfolio (PORTFOLIO_CYCLE when the parent chain is too deep). Needs projects:write.")
    public Uni<Payload> createPortfolio(@Name("input") @NonNull PortfolioInputs.CreatePortfolio in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var draft = new PortfolioDraft(in.name, in.description, uuid(in.owner, "owner"), in.currency, in.parent);
            return idempotent.run(who, in.idempotencyKey, "createPortfolio", in,
                    () -> portfolios.create(who, in.workspace, draft).map(p -> new Payload(new PortfolioView(p))),
                    p -> p.portfolio().getId(), id -> queries.show(who, in.workspace, id)
                            .map(p -> new Payload(new PortfolioView(p))));
        });
    }

    @Mutation("updatePortfolio")
    @Description("Changes a portfolio; nesting it under itself or a descendant is PORTFOLIO_CYCLE. Needs projects:write.")
    public Uni<Payload> updatePortfolio(@Name("input") @NonNull PortfolioInputs.UpdatePortfolio in) {
        return Uni.createFrom().deferred(() -> {
            var patch = new PortfolioPatch(Changes.of(in.name),
                    Changes.of(in.description, in.clear, Field.DESCRIPTION, "description"),
                    Changes.of(in.owner, in.clear, Field.OWNER, "owner").map(o -> uuid(o, "owner")),
                    Changes.of(in.currency), Changes.of(in.parent, in.clear, Field.PARENT, "parent"));
            return portfolios.update(caller.get(), in.workspace, in.id, Changes.version(in.expectedVersion), patch);
        }).map(p -> new Payload(new PortfolioView(p)));
    }

    @Mutation("deletePortfolio")
    @Description("Deletes a portfolio without child portfolios (PORTFOLIO_HAS_CHILDREN). Needs projects:write.")
    public Uni<DeletePayload> deletePortfolio(@Name("input") @NonNull PortfolioInputs.DeletePortfolio in) {
        return Uni.createFrom().deferred(() -> portfolios.delete(caller.get(), in.workspace, in.id,
                Changes.version(in.expectedVersion))).map(id -> new DeletePayload(id.toString()));
    }

    @Mutation("rankPortfolioProject")
    @Description("Adds a project to a portfolio at a rank, or moves it there (PORTFOLIO_FULL past 200). Needs "
            + "projects:write.")
    public Uni<Payload> rankPortfolioProject(@Name("input") @NonNull PortfolioInputs.RankProject in) {
        return Uni.createFrom().deferred(() -> portfolios.rank(caller.get(), in.workspace, in.portfolio, in.project,
                in.rank, Changes.version(in.expectedVersion))).map(p -> new Payload(new PortfolioView(p)));
    }

    @Mutation("removePortfolioProject")
    @Description("Takes a project out of a portfolio (PORTFOLIO_PROJECT_NOT_FOUND when it is not in). Needs "
            + "projects:write.")
    public Uni<Payload> removePortfolioProject(@Name("input") @NonNull PortfolioInputs.RemoveProject in) {
        return Uni.createFrom().deferred(() -> portfolios.remove(caller.get(), in.workspace, in.portfolio, in.project,
                Changes.version(in.expectedVersion))).map(p -> new Payload(new PortfolioView(p)));
    }

    @Mutation("setExpectedBenefits")
    @Description("States or changes a project's expected benefits. Needs projects:write.")
    public Uni<PortfolioTypes.BenefitsPayload> setExpectedBenefits(
            @Name("input") @NonNull PortfolioInputs.SetBenefits in) {
        return Uni.createFrom().deferred(() -> benefits.put(caller.get(), in.workspace, in.project, in.amount,
                in.currency, in.note, Changes.version(in.expectedVersion))).map(PortfolioApi::payload);
    }

    @Mutation("removeExpectedBenefits")
    @Description("Withdraws a project's expected benefits. Needs projects:write.")
    public Uni<DeletePayload> removeExpectedBenefits(@Name("input") @NonNull PortfolioInputs.RemoveBenefits in) {
        return Uni.createFrom().deferred(() -> benefits.delete(caller.get(), in.workspace, in.project,
                Changes.version(in.expectedVersion)).replaceWith(in.project)).map(DeletePayload::new);
    }

    static PortfolioTypes.BenefitsPayload payload(BenefitService.Shown s) {
        var b = s.benefit();
        return new PortfolioTypes.BenefitsPayload(new PortfolioTypes.Benefits(b.projectId().toString(),
                Money.of(b.amount()), b.note(), (int) b.version()));
    }

    private static UUID uuid(String value, String field) {
        if (value == null) {
            return null;
        }
        UUID id = Ids.parseOrNull(value);
        if (id == null) {
            throw DomainException.validation(List.of(new FieldError(field, "INVALID_FORMAT", "must be a member id")));
        }
        return id;
    }
}
