package io.worklane.api.rest.shared;

import io.worklane.domain.planning.DependencyCycles;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workflow.GuardRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the application and domain become problem documents with their stable code. */
public class DomainExceptionMapper {
    @ServerExceptionMapper
    public Response map(DomainException e, UriInfo uri) {
        Response response = Problems.response(e.code(), e.getMessage(), e.errors(), uri.getPath());
        if (e instanceof GuardRefusal refusal) {
            ((io.worklane.openapi.model.Problem) response.getEntity()).setGuards(refusal.results().stream()
                    .map(r -> new io.worklane.openapi.model.GuardResult()
                            .type(io.worklane.openapi.model.GuardType.fromValue(r.type().name()))
                            .passed(r.passed()).reason(r.reason())).toList());
        }
        if (e instanceof DependencyCycles.Refusal refusal) {
            ((io.worklane.openapi.model.Problem) response.getEntity()).setCycle(refusal.cycle());
        }
        return response;
    }
}
