package io.worklane.api.application.attachment;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.AttachmentsConfig;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.shared.InstanceSecrets;
import io.worklane.domain.shared.SignedToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived signed download links: the workspace and the attachment, signed until an expiry with the
 * instances' shared key. A link names one attachment of one workspace; changing either breaks it.
 */
@ApplicationScoped
public class DownloadLinks {
    static final String SECRET = "download-links";
    static final String PURPOSE = "attachment-download";
    static final String PATH = "/api/v1/attachment-downloads/";
    private final InstanceSecrets secrets;
    private final AttachmentsConfig config;
    private final WorklaneConfig worklane;
    private final Now now;

    public DownloadLinks(InstanceSecrets secrets, AttachmentsConfig config, WorklaneConfig worklane, Now now) {
        this.secrets = secrets;
        this.config = config;
        this.worklane = worklane;
        this.now = now;
    }

    /** A link that works from now until the link lifetime is over. */
    public Uni<AttachmentView> view(Attachment a, String workItemKey) {
        Instant expires = now.instant().plus(config.linkLifetime());
        return secrets.get(SECRET).map(secret -> new AttachmentView(a, workItemKey, url(secret, a, expires), expires));
    }

    /** Links for a page of attachments, all signed with one read of the key. */
    public Uni<List<AttachmentView>> views(List<Attachment> attachments, java.util.function.Function<Attachment, String> keyOf) {
        Instant expires = now.instant().plus(config.linkLifetime());
        return secrets.get(SECRET).map(secret -> attachments.stream().map(a -> new AttachmentView(a, keyOf.apply(a),
                url(secret, a, expires), expires)).toList());
    }

    private String url(byte[] secret, Attachment a, Instant expires) {
        return worklane.publicUrl() + PATH + SignedToken.sign(secret, PURPOSE,
                List.of(a.workspaceId().toString(), a.id().toString()), expires);
    }

    /** The workspace and attachment a token was signed for, if it is intact and in time. */
    public Uni<Optional<Target>> target(String token) {
        return secrets.get(SECRET).map(secret -> SignedToken.verify(secret, PURPOSE, token, now.instant())
                .filter(fields -> fields.size() == 2)
                .map(fields -> new Target(UUID.fromString(fields.get(0)), UUID.fromString(fields.get(1)))));
    }

    public record Target(UUID workspaceId, UUID attachmentId) {
    }
}
