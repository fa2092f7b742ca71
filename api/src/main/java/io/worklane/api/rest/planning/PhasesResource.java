package io.worklane.api.rest.planning;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.planning.PhaseService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.MergePatch;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.rest.shared.Versions;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.planning.Phase;
import io.worklane.domain.shared.Change;
import io.worklane.openapi.api.PhasesApi;
import io.worklane.openapi.model.PhaseCreate;
import io.worklane.openapi.model.PhaseList;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** A project's phases over REST: translation only. */
@Authenticated
public class PhasesResource implements PhasesApi {
    private static final Set<String> PATCHABLE = Set.of("name", "position", "startDate", "endDate");
    private final PhaseService phases;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public PhasesResource(PhaseService phases, CurrentCaller caller, RestResponses responses) {
        this.phases = phases;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createPhase(String ws, String project, PhaseCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new PhaseService.Draft(b.getName(), b.getPosition(), b.getStartDate(), b.getEndDate());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/projects/" + project
                        + "/phases", b, () -> phases.create(c, ws, project, draft), PhasesResource::dto,
                p -> "/api/v1/workspaces/" + p.workspaceId() + "/projects/" + p.projectId() + "/phases/" + p.id());
    }

    @Override
    public CompletionStage<Response> listPhases(String ws, String project) {
        return responses.list(phases.list(caller.get(), ws, project), PhasesResource::list);
    }

    @Override
    public CompletionStage<Response> updatePhase(String ws, String project, String phaseId, Map body, String ifMatch) {
        MergePatch p = MergePatch.of(body, PATCHABLE);
        Change<Long> position = p.integer("position");
        var patch = new PhaseService.Patch(p.requiredText("name"), position.present()
                ? Change.to(position.value() == null ? null : Math.toIntExact(position.value())) : Change.absent(),
                p.date("startDate"), p.date("endDate"));
        p.check();
        return responses.ok(phases.update(caller.get(), ws, project, phaseId, Versions.ifMatch(ifMatch), patch),
                PhasesResource::dto, Phase::version);
    }

    @Override
    public CompletionStage<Response> deletePhase(String ws, String project, String phaseId, String ifMatch) {
        return responses.noContent(phases.delete(caller.get(), ws, project, phaseId, Versions.ifMatch(ifMatch))
                .replaceWithVoid());
    }

    private static io.worklane.openapi.model.Phase dto(Phase p) {
        return new io.worklane.openapi.model.Phase().id(p.id()).projectId(p.projectId()).name(p.name())
                .position(p.position()).startDate(p.startDate()).endDate(p.endDate()).version(p.version());
    }

    private static PhaseList list(List<Phase> list) {
        return new PhaseList().items(list.stream().map(PhasesResource::dto).toList());
    }
}
