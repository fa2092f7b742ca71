package io.worklane.api.rest.planning;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.planning.DependencyService;
import io.worklane.api.application.planning.LinkService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.planning.DependencyType;
import io.worklane.domain.planning.LinkType;
import io.worklane.openapi.api.DependenciesApi;
import io.worklane.openapi.model.DependencyCreate;
import io.worklane.openapi.model.LinkCreate;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** Dependencies and links of work items over REST: translation only. */
@Authenticated
public class DependenciesResource implements DependenciesApi {
    private final DependencyService dependencies;
    private final LinkService links;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public DependenciesResource(DependencyService dependencies, LinkService links, CurrentCaller caller,
                                RestResponses responses) {
        this.dependencies = dependencies;
        this.links = links;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> createDependency(String ws, String workItem, DependencyCreate b, String idempotencyKey) {
        Caller c = caller.get();
        var draft = new DependencyService.Draft(b.getPredecessor(),
                b.getType() == null ? null : DependencyType.valueOf(b.getType().name()), b.getLagDays());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/dependencies", b, () -> dependencies.add(c, ws, workItem, draft), PlanningDtos::of,
                s -> "/api/v1/workspaces/" + s.dependency().workspaceId() + "/work-items/" + s.successor().id()
                        + "/dependencies/" + s.dependency().id());
    }

    @Override
    public CompletionStage<Response> listDependencies(String ws, String workItem) {
        return responses.list(dependencies.list(caller.get(), ws, workItem), PlanningDtos::of);
    }

    @Override
    public CompletionStage<Response> deleteDependency(String ws, String workItem, String dependencyId) {
        return responses.noContent(dependencies.remove(caller.get(), ws, workItem, dependencyId).replaceWithVoid());
    }

    @Override
    public CompletionStage<Response> createLink(String ws, String workItem, LinkCreate b, String idempotencyKey) {
        Caller c = caller.get();
        LinkType type = b.getType() == null ? null : LinkType.valueOf(b.getType().name());
        return responses.created(c, idempotencyKey, "POST /api/v1/workspaces/" + ws + "/work-items/" + workItem
                        + "/links", b, () -> links.add(c, ws, workItem, b.getTarget(), type), PlanningDtos::of,
                l -> "/api/v1/workspaces/" + l.link().workspaceId() + "/work-items/" + workItem + "/links/"
                        + l.link().id());
    }

    @Override
    public CompletionStage<Response> listLinks(String ws, String workItem) {
        return responses.list(links.list(caller.get(), ws, workItem), PlanningDtos::links);
    }

    @Override
    public CompletionStage<Response> deleteLink(String ws, String workItem, String linkId) {
        return responses.noContent(links.remove(caller.get(), ws, workItem, linkId).replaceWithVoid());
    }
}
