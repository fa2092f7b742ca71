package io.worklane.api.storage;

import io.worklane.domain.attachment.BlobStore;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Attachments as objects of a bucket of an S3-compatible store (AWS S3, MinIO, Ceph…), streamed both ways. */
public class S3BlobStore implements BlobStore {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void put(String key, Path file, long size, String contentType) {
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(prefix + key).contentLength(size)
                    .contentType(contentType).build(), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new UncheckedIOException(new java.io.IOException("could not store " + key + " in S3: "
                    + e.getMessage(), e));
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(s3.getObject(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new UncheckedIOException(new java.io.IOException("could not read " + key + " from S3: "
                    + e.getMessage(), e));
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + key).build());
        } catch (SdkException e) {
            throw new UncheckedIOException(new java.io.IOException("could not delete " + key + " from S3: "
                    + e.getMessage(), e));
        }
    }

    @Override
    public String kind() {
        return "s3";
    }
}
