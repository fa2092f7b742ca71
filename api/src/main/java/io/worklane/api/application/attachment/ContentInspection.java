package io.worklane.api.application.attachment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes alone (Apache Tika's magic numbers): the name and the type a client sends
 * are not trusted, so an executable called cat.png is application/x-executable. Also its SHA-256.
 */
final class ContentInspection {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentInspection() {
    }

    static String contentType(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // no resource name in the metadata: detection by content only
            return TYPES.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
