package io.worklane.api.graphql.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.notification.WatcherService;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class WatchMutations {
    private final WatcherService watchers;
    private final CurrentCaller caller;

    public WatchMutations(WatcherService watchers, CurrentCaller caller) {
        this.watchers = watchers;
        this.caller = caller;
    }

    @Mutation("watchWorkItem")
    @Description("You watch the item (also after having stopped). People only: NOT_A_PERSON for a key. Needs work_items:read.")
    public Uni<WatcherPayload> watchWorkItem(@Name("input") @NonNull WatchInput in) {
        return Uni.createFrom().deferred(() -> watchers.watch(caller.get(), in.workspace, in.workItem))
                .map(w -> new WatcherPayload(WatcherType.of(w)));
    }

    @Mutation("unwatchWorkItem")
    @Description("You stop watching the item, whatever made you a watcher; being assigned, mentioned or commenting"
            + " again does not bring you back. People only. Needs work_items:read.")
    public Uni<WatcherPayload> unwatchWorkItem(@Name("input") @NonNull WatchInput in) {
        return Uni.createFrom().deferred(() -> watchers.unwatch(caller.get(), in.workspace, in.workItem))
                .replaceWith(new WatcherPayload(null));
    }

    @Mutation("addWatcher")
    @Description("Makes a member watch the item. Needs work_items:write.")
    public Uni<WatcherPayload> addWatcher(@Name("input") @NonNull WatcherInput in) {
        return Uni.createFrom().deferred(() -> watchers.add(caller.get(), in.workspace, in.workItem, member(in.member)))
                .map(w -> new WatcherPayload(WatcherType.of(w)));
    }

    @Mutation("removeWatcher")
    @Description("Makes a member stop watching the item. Needs work_items:write.")
    public Uni<WatcherPayload> removeWatcher(@Name("input") @NonNull WatcherInput in) {
        return Uni.createFrom().deferred(() -> watchers.remove(caller.get(), in.workspace, in.workItem, in.member))
                .replaceWith(new WatcherPayload(null));
    }

    private static UUID member(String id) {
        UUID parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            throw DomainException.validation(List.of(new FieldError("member", "INVALID_FORMAT", "must be a member id")));
        }
        return parsed;
    }
}
