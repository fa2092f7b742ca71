package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of addMember and updateMember. */
public record MemberPayload(@NonNull Member member) {
}
