package io.worklane.api.application.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.notification.Channel;
import io.worklane.domain.notification.NotificationKind;
import io.worklane.domain.notification.NotificationPreferences;
import io.worklane.domain.notification.Preference;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's notification preferences, per kind, in each of their workspaces (or one, when named): read,
 * changed (only the kinds given; the rest keep theirs), and turned off for e-mail by an unsubscribe link.
 */
@ApplicationScoped
public class PreferenceService {
    private final NotificationPreferences preferences;
    private final Workspaces workspaces;
    private final Access access;
    private final MeAccess me;
    private final UnsubscribeLinks links;
    private final Now now;

    public PreferenceService(NotificationPreferences preferences, Workspaces workspaces, Access access, MeAccess me,
                             UnsubscribeLinks links, Now now) {
        this.preferences = preferences;
        this.workspaces = workspaces;
        this.access = access;
        this.me = me;
        this.links = links;
        this.now = now;
    }

    public Uni<List<WorkspacePreferences>> get(Caller caller, String wsRef) {
        return memberships(caller, wsRef).chain(this::read);
    }

    public Uni<List<WorkspacePreferences>> update(Caller caller, String wsRef, List<Preference> choices) {
        return memberships(caller, wsRef).chain(byMember -> {
            if (byMember.isEmpty()) {
                throw new DomainException(ErrorCode.NOT_A_PERSON, "Only a person signed in as a member has notification"
                        + " preferences; an API key is not one.");
            }
            return preferences.save(byMember, choices, now.instant()).chain(() -> read(byMember));
        });
    }

    /** What an unsubscribe link turns off: e-mail of its kinds, for its member; the inbox keeps them. */
    public Uni<List<NotificationKind>> unsubscribe(String token) {
        return links.target(token).chain(target -> target.map(t -> preferences.save(Map.of(t.memberId(),
                        t.workspaceId()), t.kinds().stream().map(k -> new Preference(k, Channel.INBOX,
                        io.worklane.domain.notification.Digest.IMMEDIATE)).toList(), now.instant()).replaceWith(t.kinds()))
                .orElseThrow(() -> new DomainException(ErrorCode.LINK_NOT_VALID, "This unsubscribe link is not valid:"
                        + " it was altered or is too old. Change your preferences with PUT /api/v1/me/notification-preferences.")));
    }

    /** The caller's member id in each workspace asked about (all of theirs, or the one named). */
    private Uni<Map<UUID, UUID>> memberships(Caller caller, String wsRef) {
        me.require(caller);
        if (wsRef == null || wsRef.isBlank()) {
            Map<UUID, UUID> all = new LinkedHashMap<>();
            Persons.members(caller).forEach((member, ws) -> all.put(member, ws));
            return Uni.createFrom().item(all);
        }
        return access.workspace(caller, wsRef, Scope.WORKSPACE_READ).map(ws -> {
            Map<UUID, UUID> one = new LinkedHashMap<>();
            UUID member = caller.grants().get(ws.id()) == null ? null : caller.grants().get(ws.id()).memberId();
            if (member != null) {
                one.put(member, ws.id());
            }
            return one;
        });
    }

    private Uni<List<WorkspacePreferences>> read(Map<UUID, UUID> byMember) {
        return Multi.createFrom().iterable(byMember.entrySet()).onItem().transformToUniAndConcatenate(e ->
                        workspaces.find(e.getValue().toString()).chain(ws -> preferences.of(e.getValue(), List.of(e.getKey()))
                                .map(p -> new WorkspacePreferences(e.getValue(), ws.map(w -> w.slug()).orElse(null),
                                        p.get(e.getKey()).effective()))))
                .collect().asList();
    }
}
