package io.worklane.domain.workspace;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person's membership of a workspace. Added by email; linked to an OIDC subject on first sign-in. */
public record Member(UUID id, UUID workspaceId, String email, String displayName, MemberRole role,
                     String subject, long version, Instant createdAt, Instant updatedAt) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static Member add(UUID workspaceId, String email, String displayName, MemberRole role, Instant now) {
        String normalized = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        Member draft = new Member(Ids.newId(), workspaceId, normalized,
                displayName == null ? normalized : displayName, role, null, 0, now, now);
        draft.validate();
        return draft;
    }

    public Member change(Change<String> newDisplayName, Change<MemberRole> newRole, Instant now) {
        Member changed = new Member(id, workspaceId, email, newDisplayName.or(displayName),
                newRole.or(role),
                subject, version, createdAt, now);
        changed.validate();
        return changed;
    }

    private void validate() {
        new Validation()
                .text(email, "email", 3, 254)
                .matches(email, EMAIL, "email", "must be an email address such as ada@example.com")
                .text(displayName, "displayName", 0, 200)
                .require(role != null, "role", "REQUIRED", "is required: OWNER, ADMIN, MEMBER, VIEWER or GUEST")
                .orThrow();
    }
}
