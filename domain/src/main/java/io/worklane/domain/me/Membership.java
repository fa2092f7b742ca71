package io.worklane.domain.me;

import java.util.UUID;

/** Who the person is in one workspace: their member id and role (the approvals of a role are theirs too). */
public record Membership(UUID workspaceId, UUID memberId, String role) {
}
