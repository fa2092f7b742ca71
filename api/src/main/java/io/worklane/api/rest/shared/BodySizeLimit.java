package io.worklane.api.rest.shared;

import io.vertx.ext.web.Router;
import io.worklane.api.config.AttachmentsConfig;
import io.worklane.api.config.ImportsConfig;
import io.worklane.domain.attachment.UploadLimits;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Refuses a declared body over 1 MiB up front with a problem document; an attachment upload may be as large
 * as the attachment limit allows (plus its multipart envelope), and is refused naming that limit; an import's
 * file as large as the import limit (ADR 0071). The HTTP
 * layer's own limit (quarkus.http.limits.max-body-size, see HttpBodyLimit) still stops undeclared chunked
 * bodies, without a body.
 */
@ApplicationScoped
public class BodySizeLimit {
    static final long MAX_BYTES = 1024 * 1024;
    static final long MULTIPART_ENVELOPE = 64 * 1024;
    private static final Pattern UPLOAD = Pattern.compile("^/api/v1/workspaces/[^/]+/work-items/[^/]+/attachments/?$");
    private static final Pattern IMPORT = Pattern.compile("^/api/v1/workspaces/[^/]+/imports/?$");
    private final AttachmentsConfig attachments;
    private final ImportsConfig imports;

    public BodySizeLimit(AttachmentsConfig attachments, ImportsConfig imports) {
        this.attachments = attachments;
        this.imports = imports;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            boolean post = "POST".equals(rc.request().method().name());
            boolean upload = post && UPLOAD.matcher(rc.request().path()).matches();
            boolean importing = post && IMPORT.matcher(rc.request().path()).matches();
            long limit = upload ? attachments.maxBytes() + MULTIPART_ENVELOPE
                    : importing ? imports.maxBytes() + MULTIPART_ENVELOPE : MAX_BYTES;
            if (length != null && tooLarge(length, limit)) {
                rc.response().putHeader("Connection", "close");
                if (importing) {
                    Problems.write(rc.response(), ErrorCode.PAYLOAD_TOO_LARGE, "The file is larger than the import"
                            + " limit of " + imports.maxBytes() + " bytes (WORKLANE_IMPORTS_MAX_BYTES); split it.",
                            rc.request().path());
                } else if (upload) {
                    Problems.write(rc.response(), ErrorCode.ATTACHMENT_TOO_LARGE,
                            UploadLimits.tooLarge(attachments.maxBytes()).getMessage(), rc.request().path());
                } else {
                    Problems.write(rc.response(), ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.",
                            rc.request().path());
                }
                return;
            }
            rc.next();
        });
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
