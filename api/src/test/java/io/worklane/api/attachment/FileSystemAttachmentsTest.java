package io.worklane.api.attachment;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.worklane.api.config.AttachmentsConfig;
import io.worklane.api.support.PostgresResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Attachments on the default store: files under the attachments directory, read here straight from disk. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(FileSystemStorage.class)
class FileSystemAttachmentsTest extends AttachmentStorageContract {
    @Inject
    AttachmentsConfig config;

    @Override
    Optional<byte[]> bytesSeenByTheStore(String storageKey) {
        Path file = Path.of(config.directory().orElseThrow()).resolve(storageKey);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    String expectedStoreKind() {
        return "filesystem";
    }
}
