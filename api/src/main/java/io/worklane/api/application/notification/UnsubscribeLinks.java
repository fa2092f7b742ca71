package io.worklane.api.application.notification;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.WorklaneConfig;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.InstanceSecrets;
import io.worklane.domain.shared.SignedToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The link at the foot of each e-mail: signed, naming the member and the kinds the mail was about, good for a
 * year. Following it stops e-mail of those kinds for that member (members who never signed in included).
 */
@ApplicationScoped
public class UnsubscribeLinks {
    static final String SECRET = "mail-links";
    static final String PURPOSE = "unsubscribe";
    static final String PATH = "/api/v1/notification-unsubscribe/";
    static final Duration LIFETIME = Duration.ofDays(365);
    private final InstanceSecrets secrets;
    private final WorklaneConfig config;
    private final Now now;

    public UnsubscribeLinks(InstanceSecrets secrets, WorklaneConfig config, Now now) {
        this.secrets = secrets;
        this.config = config;
        this.now = now;
    }

    public record Target(UUID memberId, UUID workspaceId, List<NotificationKind> kinds) {
    }

    public Uni<String> url(UUID memberId, UUID workspaceId, List<NotificationKind> kinds) {
        return secrets.get(SECRET).map(secret -> config.publicUrl() + PATH + SignedToken.sign(secret, PURPOSE,
                List.of(memberId.toString(), workspaceId.toString(), String.join(",",
                        kinds.stream().map(Enum::name).distinct().toList())), now.instant().plus(LIFETIME)));
    }

    public Uni<Optional<Target>> target(String token) {
        return secrets.get(SECRET).map(secret -> SignedToken.verify(secret, PURPOSE, token, now.instant())
                .filter(f -> f.size() == 3 && Ids.parseOrNull(f.get(0)) != null && Ids.parseOrNull(f.get(1)) != null)
                .map(f -> new Target(UUID.fromString(f.get(0)), UUID.fromString(f.get(1)),
                        Arrays.stream(f.get(2).split(",")).filter(k -> !k.isBlank()).map(NotificationKind::valueOf)
                                .toList())));
    }
}
