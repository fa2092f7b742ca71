package io.worklane.domain.workspace;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Port: a signed-in person's memberships across workspaces. The one lookup that is not scoped to a
 * workspace, because the person is not: it answers which workspaces a token may reach.
 */
public interface Memberships {

    /**
     * The members a person is, by identity-provider subject. With a verified email, members added by
     * that email and not linked yet are linked to the subject first (in one statement), except in a
     * workspace where the subject is already linked to another member.
     */
    Uni<List<SignedInMember>> signIn(String subject, String verifiedEmail);

    /** A membership found at sign-in; {@code newlyLinked} when this sign-in linked it. */
    record SignedInMember(Member member, boolean newlyLinked) {
    }
}
