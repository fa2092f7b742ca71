package io.worklane.api.attachment;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.worklane.api.config.StorageConfig;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Attachments in a bucket of a real S3-compatible server (S3Mock), read here over S3's own HTTP API. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(S3Storage.class)
class S3AttachmentsTest extends AttachmentStorageContract {
    @Inject
    StorageConfig s3;

    @Override
    Optional<byte[]> bytesSeenByTheStore(String storageKey) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    s3.endpoint().orElseThrow() + "/" + s3.bucket().orElseThrow() + "/" + storageKey)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    String expectedStoreKind() {
        return "s3";
    }
}
