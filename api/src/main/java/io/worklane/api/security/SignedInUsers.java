package io.worklane.api.security;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.audit.AuditEvent;
import io.worklane.domain.audit.AuditLog;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Memberships;
import io.worklane.domain.workspace.Memberships.SignedInMember;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns a verified sign-in token into a caller: the members its subject is, each with its role's
 * scopes. A member added by email is linked to the subject on the first request whose token carries
 * that email verified; from then on it is found by subject, so a later change of email in the identity
 * provider keeps the membership, and an unverified email links nothing. Read on every request (one
 * indexed statement), so a removed member or a changed role takes effect at once.
 */
@ApplicationScoped
public class SignedInUsers {
    private static final Logger LOG = Logger.getLogger(SignedInUsers.class);
    private final Memberships memberships;
    private final AuditLog audit;

    public SignedInUsers(Memberships memberships, AuditLog audit) {
        this.memberships = memberships;
        this.audit = audit;
    }

    public Uni<Caller> caller(String subject, String name, String email, boolean emailVerified) {
        String verified = emailVerified && email != null ? email.trim().toLowerCase(Locale.ROOT) : null;
        return memberships.signIn(subject, verified)
                // a concurrent first request may have linked the member between this one's snapshot and
                // update: it then sees neither; asking once more finds it by subject
                .chain(found -> found.isEmpty() && verified != null
                        ? memberships.signIn(subject, verified) : Uni.createFrom().item(found))
                .call(found -> recordLinks(found, name))
                .map(found -> Caller.user(subject, name, grants(found)));
    }

    private static Map<UUID, Caller.Grant> grants(List<SignedInMember> found) {
        Map<UUID, Caller.Grant> grants = new HashMap<>();
        for (SignedInMember s : found) {
            Member m = s.member();
            grants.put(m.workspaceId(), new Caller.Grant(m.id(), m.role(), m.role().scopes()));
        }
        return grants;
    }

    /** Linking a person to a member is a security fact: it goes on that workspace's audit trail. */
    private Uni<Void> recordLinks(List<SignedInMember> found, String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Uni<Void>> writes = found.stream().filter(SignedInMember::newlyLinked).map(SignedInMember::member)
                .map(m -> {
                    LOG.infof("Linked sign-in subject %s to member %s of workspace %s", m.subject(), m.id(),
                            m.workspaceId());
                    return audit.recordAlone(AuditEvent.of(m.workspaceId(), now, "member.linked",
                            new Actor(Actor.Kind.MEMBER, m.id().toString(), name), "member", m.id().toString(),
                            Map.of("email", m.email(), "subject", m.subject())));
                }).toList();
        return writes.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(writes).andFailFast().replaceWithVoid();
    }
}
