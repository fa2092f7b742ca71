package io.worklane.api.rest.risk;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.risk.RiskDraft;
import io.worklane.api.application.risk.RiskPatch;
import io.worklane.api.application.risk.RiskQueries;
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
import io.worklane.domain.shared.Change;
import io.worklane.openapi.api.RisksApi;
import io.worklane.openapi.model.RiskCreate;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A project's risk register over REST: translation only. */
@Authenticated
public class RisksResource implements RisksApi {
    private static final Set<String> PATCHABLE = Set.of("title", "description", "category", "probability", "impact",
            "owner", "proximityDate", "response", "mitigationPlan", "status", "mitigationItems");
    private final RiskService risks;
    private final RiskQueries queries;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public RisksResource(RiskService risks, RiskQueries queries, CurrentCaller caller, RestResponses responses) {
        this.risks = risks;
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createRisk(String ws, String project, RiskCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new RiskDraft(b.getTitle(), b.getDescription(), b.getCategory(), b.getProbability(), b.getImpact(),
                b.getOwner(), b.getProximityDate(), b.getResponse() == null ? null
                : RiskResponse.valueOf(b.getResponse().name()), b.getMitigationPlan(),
                b.getStatus() == null ? null : RiskStatus.valueOf(b.getStatus().name()), b.getMitigationItems());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project + "/risks",
                b, () -> risks.create(c, ws, project, draft), RiskDtos::risk, RisksResource::location);
    }

    @Override
    public CompletionStage<Response> listRisks(String ws, String project, io.worklane.openapi.model.RiskStatus status,
                                               Integer limit, String cursor) {
        return responses.list(queries.list(caller.get(), ws, project, status == null ? null
                : RiskStatus.valueOf(status.name()), Pages.of(limit, cursor, "createdAt")), RiskDtos::risks);
    }

    @Override
    public CompletionStage<Response> getRiskMatrix(String ws, String project) {
        return responses.list(queries.matrix(caller.get(), ws, project), RiskDtos::matrix);
    }

    @Override
    public CompletionStage<Response> getRisk(String ws, String project, String riskId) {
        return responses.ok(queries.get(caller.get(), ws, project, riskId), RiskDtos::risk, s -> s.risk().version());
    }

    @Override
    public CompletionStage<Response> updateRisk(String ws, String project, String riskId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        Change<Long> probability = p.integer("probability");
        Change<Long> impact = p.integer("impact");
        var patch = new RiskPatch(p.requiredText("title"), p.text("description"), p.text("category"),
                small(probability), small(impact), p.uuid("owner"), p.date("proximityDate"),
                p.nullableEnum("response", RiskResponse.class), p.text("mitigationPlan"),
                p.enumValue("status", RiskStatus.class), p.strings("mitigationItems"));
        p.check();
        return responses.ok(risks.update(caller.get(), ws, project, riskId, Versions.ifMatch(ifMatch), patch),
                RiskDtos::risk, s -> s.risk().version());
    }

    @Override
    public CompletionStage<Response> deleteRisk(String ws, String project, String riskId, String ifMatch) {
        return responses.noContent(risks.delete(caller.get(), ws, project, riskId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> listRiskHistory(String ws, String project, String riskId, Integer limit,
                                                     String cursor) {
        return responses.list(queries.history(caller.get(), ws, project, riskId, Pages.of(limit, cursor, "occurredAt")),
                RiskDtos::history);
    }

    /** An integer field of the 1–5 scales: a value past int is out of range all the same (the domain says so). */
    static Change<Integer> small(Change<Long> value) {
        if (!value.present()) {
            return Change.absent();
        }
        Long v = value.value();
        return Change.to(v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
    }

    private static String location(ShownRisk s) {
        return "/api/v1/workspaces/" + s.risk().workspaceId() + "/projects/" + s.risk().projectId() + "/risks/"
                + s.risk().id();
    }
}
