package io.worklane.api.application.notification;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The person behind a caller: a signed-in user is a member in each of its workspaces; an API key is nobody. */
public final class Persons {
    private Persons() {
    }

    /** The member the caller is in the workspace, or NOT_A_PERSON for an API key (and the system). */
    public static UUID memberIn(Caller caller, UUID workspaceId, String what) {
        return Optional.ofNullable(caller.grants().get(workspaceId)).map(Caller.Grant::memberId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_A_PERSON, "Only a person signed in as a member"
                        + " of the workspace has " + what + "; an API key is not one. Sign in (OIDC) to do this."));
    }

    /** The caller's member ids, by workspace (none for an API key). */
    public static Map<UUID, UUID> members(Caller caller) {
        return caller.grants().entrySet().stream().filter(e -> e.getValue().memberId() != null)
                .collect(Collectors.toMap(e -> e.getValue().memberId(), Map.Entry::getKey));
    }

    public static boolean isPerson(Caller caller) {
        return caller.grants().values().stream().map(Caller.Grant::memberId).anyMatch(Objects::nonNull);
    }
}
