package io.worklane.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * /graphql needs a credential like every other path, except for the WebSocket upgrade: a browser
 * cannot set headers on it, so graphql-transport-ws clients authenticate in connection_init instead
 * (quarkus.smallrye-graphql.authorization-client-init-payload-name), and every subscription is still
 * refused without a caller (@Authenticated).
 */
@ApplicationScoped
public class GraphQLSocketPolicy implements HttpSecurityPolicy {
    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        if ("websocket".equalsIgnoreCase(request.request().getHeader("Upgrade"))) {
            return CheckResult.permit();
        }
        return identity.map(id -> id.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return "graphql-socket";
    }
}
