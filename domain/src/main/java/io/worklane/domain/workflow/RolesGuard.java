package io.worklane.domain.workflow;

import io.worklane.domain.workspace.MemberRole;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Only actors holding one of these roles may make the transition: {@code {"type":"ROLES","roles":["ADMIN"]}}.
 * The roles are an allowed set, not a minimum: [MEMBER] does not admit an ADMIN (list both if both may).
 * An administrator credential (API key with the admin scope, instance admin) has no role in the workspace;
 * it passes exactly when the set includes ADMIN or OWNER. Roles stay text here so that validation can name
 * an unknown one instead of the JSON reader failing.
 */
public record RolesGuard(List<String> roles) implements Guard {
    private static final Set<MemberRole> ADMINISTRATIVE = Set.of(MemberRole.OWNER, MemberRole.ADMIN);

    public RolesGuard {
        roles = Copies.of(roles);
    }

    public static boolean isKnownRole(String role) {
        return Arrays.stream(MemberRole.values()).anyMatch(r -> r.name().equals(role));
    }

    /** The allowed roles; unknown names (refused by validation) are left out. */
    public Set<MemberRole> allowed() {
        return roles.stream().filter(RolesGuard::isKnownRole).map(MemberRole::valueOf).collect(Collectors.toSet());
    }

    @Override
    public GuardType type() {
        return GuardType.ROLES;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        Set<MemberRole> allowed = allowed();
        Optional<MemberRole> role = context.actorRole();
        if (role.isPresent() && allowed.contains(role.get())) {
            return GuardResult.pass(type(), "You are " + role.get() + ", which may make this transition.");
        }
        if (context.actorIsAdministrator() && allowed.stream().anyMatch(ADMINISTRATIVE::contains)) {
            return GuardResult.pass(type(), "You act as a workspace administrator, which may make this transition.");
        }
        String who = role.map(r -> "you are " + r + ".")
                .orElse(context.actorIsAdministrator()
                        ? "an administrator credential counts only as OWNER or ADMIN."
                        : "you have no role in this workspace.");
        List<String> names = roles.stream().filter(Objects::nonNull).distinct().toList();
        return GuardResult.fail(type(), "Only " + Sentences.or(names) + " may make this transition; " + who);
    }
}
