package io.worklane.client.support;

import io.worklane.client.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The entry point: one configured {@link ApiClient} (authentication, retries, timeouts) from which the
 * generated API classes are made, one per tag.
 *
 * <pre>{@code
 * WorklaneClient worklane = WorklaneClient.builder(URI.create("https://worklane.example.com"))
 *         .apiKey(System.getenv("WORKLANE_API_KEY")).build();
 * WorkItemsApi items = worklane.api(WorkItemsApi::new);
 * WorkItem created = items.createWorkItem("acme", new WorkItemCreate().project("ENG").title("Fix login"),
 *         IdempotencyKey.newKey());
 * }</pre>
 */
public final class WorklaneClient {
    private final ApiClient apiClient;

    private WorklaneClient(ApiClient apiClient) {
        this.apiClient = apiClient;
    }

    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** An API of one tag, e.g. {@code api(WorkItemsApi::new)}. */
    public <T> T api(Function<ApiClient, T> constructor) {
        return constructor.apply(apiClient);
    }

    public ApiClient apiClient() {
        return apiClient;
    }

    public static final class Builder {
        private final URI baseUri;
        private Supplier<String> token;
        private RetryPolicy retries = RetryPolicy.DEFAULT;
        private Sleeper sleeper = Sleeper.REAL;
        private Duration readTimeout = Duration.ofSeconds(30);

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        /** An API key ({@code wl_…}), sent as {@code Authorization: Bearer}. */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            return bearer(() -> apiKey);
        }

        /** A token asked for on every request, e.g. a Keycloak access token that a sign-in library renews. */
        public Builder bearer(Supplier<String> token) {
            this.token = token;
            return this;
        }

        public Builder retries(RetryPolicy retries) {
            this.retries = retries;
            return this;
        }

        /** How retries wait (tests record the waits). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public WorklaneClient build() {
            ApiClient client = new ApiClient();
            client.updateBaseUri(baseUri.toString().replaceAll("/+$", ""));
            client.setReadTimeout(readTimeout);
            client.setHttpClientBuilder(new RetryingBuilder(HttpClient.newBuilder(), retries, sleeper));
            Supplier<String> auth = token;
            if (auth != null) {
                client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + auth.get()));
            }
            return new WorklaneClient(client);
        }
    }
}
