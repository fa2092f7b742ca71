package io.worklane.api.limits;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Whom a request counts against: the authenticated principal ({@code api-key:<id>}, later an OIDC
 * user), otherwise the client address. IPv6 addresses count per /64, the block one client usually
 * holds, so hopping through its addresses buys nothing. The address is the connection's peer unless
 * Quarkus is told to trust a proxy's X-Forwarded-For (quarkus.http.proxy.*).
 */
public final class Credentials {
    private Credentials() {
    }

    /** The authenticated principal's bucket name, or null for an anonymous request. */
    static String principal(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return "principal:" + identity.getPrincipal().getName();
            }
        }
        return null;
    }

    /** The bucket of the request's client address (also what form submissions are counted by). */
    public static String address(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null || host.isEmpty()) {
            return "address:unknown";
        }
        if (host.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(host).getAddress();
                return bytes.length == 16 ? "address:" + HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                        : "address:" + InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException e) {
                return "address:" + host;
            }
        }
        return "address:" + host;
    }

    /** How a refusal names the credential to its holder. */
    static String describe(String bucket) {
        return bucket.startsWith("principal:api-key:") ? "this API key"
                : bucket.startsWith("principal:") ? "this user" : "unauthenticated requests from this address";
    }
}
