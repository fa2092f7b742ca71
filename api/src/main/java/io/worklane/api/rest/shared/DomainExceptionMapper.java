package io.worklane.api.rest.shared;

import io.worklane.domain.shared.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the application and domain become problem documents with their stable code. */
public class DomainExceptionMapper {
    @ServerExceptionMapper
    public Response map(DomainException e, UriInfo uri) {
        return Problems.response(e.code(), e.getMessage(), e.errors(), uri.getPath());
    }
}
