package io.worklane.api.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Lets the HTTP layer take an attachment: {@code quarkus.http.limits.max-body-size} is the attachment limit
 * (WORKLANE_ATTACHMENTS_MAX_BYTES, or -Dworklane.attachments.max-bytes, 25 MiB by default) plus 1 MiB for
 * the multipart envelope. Every other request is still held to 1 MiB by
 * {@link io.worklane.api.rest.shared.BodySizeLimit}, and uploads to the attachment limit. Its ordinal sits
 * below the environment's, so QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE still decides when it is given.
 */
public class HttpBodyLimit implements ConfigSource {
    static final String PROPERTY = "quarkus.http.limits.max-body-size";
    static final long DEFAULT_ATTACHMENT_BYTES = 26_214_400L;
    static final long ENVELOPE = 1024 * 1024;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public String getValue(String name) {
        if (!PROPERTY.equals(name)) {
            return null;
        }
        String given = System.getProperty("worklane.attachments.max-bytes", System.getenv("WORKLANE_ATTACHMENTS_MAX_BYTES"));
        long attachment = DEFAULT_ATTACHMENT_BYTES;
        try {
            attachment = given == null || given.isBlank() ? attachment : Long.parseLong(given.trim());
        } catch (NumberFormatException e) {
            // AttachmentsConfig refuses it at start-up with the property's name
        }
        return Long.toString(Math.max(attachment, 0) + ENVELOPE);
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "worklane-http-body-limit";
    }
}
