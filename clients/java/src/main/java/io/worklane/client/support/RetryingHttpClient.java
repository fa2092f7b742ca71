package io.worklane.client.support;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that repeats a request as {@link RetryPolicy} says, with the same headers (so the
 * same Idempotency-Key), honouring {@code Retry-After}. The generated API classes use it through
 * {@link WorklaneClient}; only the blocking {@code send} retries, {@code sendAsync} is passed through.
 */
final class RetryingHttpClient extends HttpClient {
    private static final Set<String> SAFE_TO_REPEAT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private final HttpClient delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    RetryingHttpClient(HttpClient delegate, RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> response;
            try {
                response = delegate.send(request, handler);
            } catch (IOException lost) {
                if (attempt >= policy.maxAttempts() || !repeatable(request)) {
                    throw lost;
                }
                sleeper.sleep(policy.waitAfter(attempt, null));
                continue;
            }
            if (attempt >= policy.maxAttempts() || !retryable(response.statusCode())) {
                return response;
            }
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
            sleeper.sleep(policy.waitAfter(attempt, retryAfter));
        }
    }

    /** 429: not processed, over the rate limit; 503: not processed, a dependency is down. */
    static boolean retryable(int status) {
        return status == 429 || status == 503;
    }

    static boolean repeatable(HttpRequest request) {
        return SAFE_TO_REPEAT.contains(request.method()) || request.headers().firstValue("Idempotency-Key").isPresent();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
