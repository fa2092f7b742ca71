package io.worklane.api.rest.portfolio;

import io.worklane.api.application.portfolio.BenefitService;
import io.worklane.api.application.portfolio.ShownPortfolio;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.ExpectedBenefits;
import io.worklane.openapi.model.PortfolioList;
import io.worklane.openapi.model.PortfolioProject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Portfolios and expected benefits as the REST contract shows them. */
final class PortfolioDtos {
    private PortfolioDtos() {
    }

    static io.worklane.openapi.model.Portfolio portfolio(ShownPortfolio shown) {
        Portfolio p = shown.portfolio();
        List<PortfolioProject> ranked = new ArrayList<>();
        for (Project project : shown.projects()) {
            ranked.add(new PortfolioProject().rank(p.rankOf(project.id())).id(project.id()).key(project.key())
                    .name(project.name()));
        }
        return new io.worklane.openapi.model.Portfolio().id(p.id()).name(p.name()).description(p.description())
                .owner(p.ownerId()).currency(p.currency()).parent(p.parentId()).projects(ranked)
                .createdAt(time(p.createdAt())).updatedAt(time(p.updatedAt())).version(p.version());
    }

    static PortfolioList portfolios(Page<ShownPortfolio> page) {
        return new PortfolioList().items(page.items().stream().map(PortfolioDtos::portfolio).toList())
                .nextCursor(page.nextCursor());
    }

    static ExpectedBenefits benefits(BenefitService.Shown shown) {
        var b = shown.benefit();
        return new ExpectedBenefits().projectId(b.projectId()).amount(RollupDtos.money(b.amount())).note(b.note())
                .createdAt(time(b.createdAt())).updatedAt(time(b.updatedAt())).version(b.version());
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
