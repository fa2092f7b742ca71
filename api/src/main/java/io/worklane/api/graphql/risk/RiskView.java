package io.worklane.api.graphql.risk;

import io.worklane.api.application.risk.ShownRisk;
import io.worklane.domain.risk.Risk;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A risk as GraphQL shows it (the same fields as REST); its history is resolved in batches. */
@Type("Risk")
@Description("A threat to a project or to a portfolio: probability and impact 1–5, exposure = their product (REST: "
        + "…/projects/{key}/risks, …/portfolios/{id}/risks).")
public class RiskView {
    @Ignore
    private final ShownRisk shown;

    RiskView(ShownRisk shown) {
        this.shown = shown;
    }

    @Ignore
    Risk domain() {
        return shown.risk();
    }

    @Id
    @NonNull
    @Description("The risk's id.")
    public String getId() {
        return domain().id().toString();
    }

    @Id
    @Description("Its project's id; null for a portfolio's risk.")
    public String getProjectId() {
        return domain().projectId() == null ? null : domain().projectId().toString();
    }

    @Id
    @Description("Its portfolio's id (ADR 0086); null for a project's risk.")
    public String getPortfolioId() {
        return domain().portfolioId() == null ? null : domain().portfolioId().toString();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getTitle() {
        return domain().title();
    }

    @Description("What could happen and why.")
    public String getDescription() {
        return domain().description();
    }

    @Description("A free grouping (Supply, Technical…).")
    public String getCategory() {
        return domain().category();
    }

    @Description("How likely, 1 (very low) to 5 (very high).")
    public int getProbability() {
        return domain().probability();
    }

    @Description("How bad, 1 (very low) to 5 (very high).")
    public int getImpact() {
        return domain().impact();
    }

    @Description("probability × impact, 1 to 25.")
    public int getExposure() {
        return domain().exposure();
    }

    @Id
    @Description("The member who owns it.")
    public String getOwner() {
        return domain().ownerId() == null ? null : domain().ownerId().toString();
    }

    @Description("When it could strike.")
    public LocalDate getProximityDate() {
        return domain().proximityDate();
    }

    @Description("The response chosen, if any.")
    public RiskTypes.Response getResponse() {
        return domain().response() == null ? null : RiskTypes.Response.valueOf(domain().response().name());
    }

    @Description("How it is answered.")
    public String getMitigationPlan() {
        return domain().mitigationPlan();
    }

    @NonNull
    @Description("Where it stands.")
    public RiskTypes.Status getStatus() {
        return RiskTypes.Status.valueOf(domain().status().name());
    }

    @NonNull
    @Description("The work items that mitigate it.")
    public List<RiskTypes.@NonNull MitigationItem> getMitigationItems() {
        return shown.mitigationItems().stream().map(RiskTypes.MitigationItem::of).toList();
    }

    @Description("When it left the open statuses.")
    public Instant getClosedAt() {
        return domain().closedAt();
    }

    @NonNull
    @Description("When it was registered.")
    public Instant getCreatedAt() {
        return domain().createdAt();
    }

    @NonNull
    @Description("When it last changed.")
    public Instant getUpdatedAt() {
        return domain().updatedAt();
    }

    @Description("For expectedVersion.")
    public int getVersion() {
        return (int) domain().version();
    }
}
