package io.worklane.api.limits;

import io.worklane.api.rest.shared.Problems;
import io.github.bucket4j.TimeMeter;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.worklane.api.config.LimitsConfig;
import io.worklane.domain.limits.RateLimitBuckets;
import io.worklane.domain.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rate limits every request (except the few of {@link #exempt}), REST and GraphQL alike, against one
 * bucket per credential shared by every instance ({@link SharedRateLimiter}, ADR 0034), as
 * three Vert.x route handlers around Quarkus's authentication (route order = minus the handler's
 * priority in {@link SecurityHandlerPriorities}):
 * <ol>
 * <li>first of all, a hook that writes the {@code RateLimit-*} headers on whatever response goes out,
 * 401s and 413s included; a request refused by authentication (bad key) is charged to its address there;</li>
 * <li>before authentication: an address whose unauthenticated budget is spent gets 429 for everything,
 * so keys cannot be guessed faster than the limit (GitHub does the same after failed logins);</li>
 * <li>after authentication, before authorization: one token from the principal's bucket, or from the
 * address's bucket for anonymous requests; none left is 429 problem+json with {@code Retry-After}.</li>
 * </ol>
 */
@ApplicationScoped
public class RateLimitFilter {
    static final String VERDICT = "worklane.rate-limit";
    private static final List<String> UNLIMITED_PREFIXES = List.of("/q/health/", "/q/swagger-ui", "/q/graphql-ui",
            "/q/dev-ui");
    private final SharedRateLimiter limiter;
    private final RateLimitBuckets buckets;

    RateLimitFilter(LimitsConfig config, RateLimitBuckets buckets) {
        this.limiter = new SharedRateLimiter(config.rateLimit().perMinute(), buckets, TimeMeter.SYSTEM_NANOTIME);
        this.buckets = buckets;
        if (System.getenv("WORKLANE_RATE_LIMIT_INSTANCES") != null) {
            Logger.getLogger(RateLimitFilter.class).warn("WORKLANE_RATE_LIMIT_INSTANCES is no longer read: the rate "
                    + "limit is shared by all instances (ADR 0034). WORKLANE_RATE_LIMIT_PER_MINUTE is the global figure.");
        }
    }

    /** Once a second: unspent tokens of expired leases go back to the shared buckets. */
    @Scheduled(every = "1s", identity = "rate-limit-sweep", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return limiter.sweep().onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Once a minute: the shared buckets nobody touched for a minute are full, the same as absent. */
    @Scheduled(every = "60s", delayed = "30s", identity = "rate-limit-forget-full",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetFullBuckets() {
        return buckets.forgetFull().onFailure().recoverWithNull().replaceWithVoid();
    }

    SharedRateLimiter limiter() {
        return limiter;
    }

    /** Installed after {@link CrossOrigin} (so a 429 still carries the CORS headers) and before anything else. */
    void install(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::reportOnEveryResponse);
        router.route().order(-(SecurityHandlerPriorities.AUTHENTICATION + 1)).handler(this::beforeAuthentication);
        router.route().order(-(SecurityHandlerPriorities.AUTHORIZATION + 1)).handler(this::afterAuthentication);
    }

    private void reportOnEveryResponse(RoutingContext context) {
        if (!exempt(context)) {
            context.addHeadersEndHandler(ignored -> {
                Verdict verdict = context.get(VERDICT);
                if (verdict == null) {
                    String address = Credentials.address(context);
                    verdict = context.response().getStatusCode() == 401 ? limiter.charge(address) : limiter.peek(address);
                }
                verdict.writeHeaders(context.response());
            });
        }
        context.next();
    }

    private void beforeAuthentication(RoutingContext context) {
        if (!exempt(context)) {
            String address = Credentials.address(context);
            Verdict verdict = limiter.peek(address);
            if (!verdict.allowed()) {
                refuse(context, verdict, address);
                return;
            }
        }
        context.next();
    }

    private void afterAuthentication(RoutingContext context) {
        if (exempt(context)) {
            context.next();
            return;
        }
        String principal = Credentials.principal(context);
        String bucket = principal != null ? principal : Credentials.address(context);
        Verdict verdict = limiter.takeHere(bucket);
        if (verdict != null) {
            decide(context, verdict, bucket);
            return;
        }
        // this instance's lease is used up: ask PostgreSQL for the next one, then go on on the request's context
        Context requestContext = Vertx.currentContext();
        limiter.takeShared(bucket).subscribe().with(
                shared -> requestContext.runOnContext(ignored -> decide(context, shared, bucket)),
                failure -> requestContext.runOnContext(ignored -> context.fail(failure)));
    }

    private static void decide(RoutingContext context, Verdict verdict, String bucket) {
        context.put(VERDICT, verdict);
        if (verdict.allowed()) {
            context.next();
        } else {
            refuse(context, verdict, bucket);
        }
    }

    private static void refuse(RoutingContext context, Verdict verdict, String bucket) {
        context.put(VERDICT, verdict);
        verdict.writeHeaders(context.response());
        Problems.write(context.response(), ErrorCode.RATE_LIMITED, "Too many requests for "
                + Credentials.describe(bucket) + ": at most " + verdict.limit() + " a minute. Retry after "
                + verdict.retryAfterSeconds() + " s.", context.request().path());
    }

    /**
     * Health checks (load balancers, Kubernetes probes), metrics scrapes, the developer consoles' static files and CORS
     * preflights are not limited, as long as they carry no key: a key guessed on /q/health is charged
     * like anywhere else.
     */
    static boolean exempt(RoutingContext context) {
        if (CrossOrigin.isPreflight(context.request())) {
            return true;
        }
        if (context.request().getHeader("Authorization") != null) {
            return false;
        }
        String path = context.normalizedPath();
        return path.equals("/q/health") || path.equals("/q/metrics") || UNLIMITED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
