package io.worklane.api.application.webhook.delivery;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.worklane.domain.webhook.TargetAddressPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Resolves a webhook's host at send time, off the event loop, and checks every address it resolves to
 * with {@link TargetAddressPolicy}: the caller then connects to exactly the address checked, so a name
 * that resolves to a public address when checked and to an internal one when connecting (DNS
 * rebinding) cannot slip through.
 */
final class TargetResolver {
    private final Vertx vertx;
    private final TargetAddressPolicy policy;

    TargetResolver(Vertx vertx, TargetAddressPolicy policy) {
        this.vertx = vertx;
        this.policy = policy;
    }

    /** The address to connect to; a failed future with a sentence when the name does not resolve or is refused. */
    Future<InetAddress> resolve(String host) {
        return vertx.executeBlocking(() -> {
            InetAddress[] all;
            try {
                all = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new Refused("the host " + host + " could not be resolved.");
            }
            // every address: a name with one internal address among public ones is refused whole
            for (InetAddress address : all) {
                Optional<String> refusal = policy.refusal(address);
                if (refusal.isPresent()) {
                    throw new Refused(refusal.get());
                }
            }
            return Arrays.stream(all).findFirst().orElseThrow(() -> new Refused("the host " + host
                    + " has no address."));
        }, false);
    }

    /** A target that may not or cannot be called, with the sentence for the delivery log. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
