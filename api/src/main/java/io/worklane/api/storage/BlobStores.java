package io.worklane.api.storage;

import io.worklane.api.config.AttachmentsConfig;
import io.worklane.api.config.DataDirectory;
import io.worklane.api.config.StorageConfig;
import io.worklane.domain.attachment.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses where attachments live: an S3 bucket when WORKLANE_STORAGE_S3_BUCKET is set, else the filesystem. */
@ApplicationScoped
public class BlobStores {
    private static final Logger LOG = Logger.getLogger(BlobStores.class);

    @Produces
    @ApplicationScoped
    BlobStore blobStore(StorageConfig s3, AttachmentsConfig attachments) {
        if (s3.bucket().filter(b -> !b.isBlank()).isPresent()) {
            LOG.infof("Attachments are stored in the S3 bucket %s%s", s3.bucket().get(),
                    s3.endpoint().map(e -> " at " + e).orElse(""));
            return new S3BlobStore(client(s3), s3.bucket().get(), s3.prefix().orElse(""));
        }
        Path root = attachments.directory().map(Path::of).orElse(DataDirectory.resolve().resolve("attachments"));
        LOG.infof("Attachments are stored under %s", root.toAbsolutePath());
        return new FileSystemBlobStore(root);
    }

    private static S3Client client(StorageConfig c) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(c.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(c.pathStyle())
                // checksums only where S3 requires them: many S3-compatible stores know no CRC32 trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        c.endpoint().filter(e -> !e.isBlank()).ifPresent(e -> builder.endpointOverride(URI.create(e)));
        if (c.accessKey().isPresent() && c.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(c.accessKey().get(), c.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
