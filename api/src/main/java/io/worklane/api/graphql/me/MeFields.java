package io.worklane.api.graphql.me;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.me.MeService;
import io.worklane.api.application.notification.InboxService;
import io.worklane.api.application.notification.PreferenceService;
import io.worklane.api.graphql.notification.NotificationConnection;
import io.worklane.api.graphql.notification.ReminderConnection;
import io.worklane.api.graphql.notification.ReminderType;
import io.worklane.api.graphql.notification.WorkspacePreferencesType;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.me.WorkView;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** {@code me}: the caller and, one statement each, their inbox and their work across workspaces. */
@GraphQLApi
@Authenticated
public class MeFields {
    private final MeService me;
    private final InboxService inbox;
    private final PreferenceService preferences;
    private final io.worklane.api.application.notification.ReminderService reminders;
    private final CurrentCaller caller;

    public MeFields(MeService me, InboxService inbox, PreferenceService preferences,
                    io.worklane.api.application.notification.ReminderService reminders, CurrentCaller caller) {
        this.reminders = reminders;
        this.me = me;
        this.inbox = inbox;
        this.preferences = preferences;
        this.caller = caller;
    }

    @Query("me")
    @NonNull
    @Description("Who is calling, their workspaces, work and inbox. Needs workspace:read.")
    public Uni<Me> me() {
        return Uni.createFrom().deferred(() -> me.me(caller.get())).map(Me::new);
    }

    @NonNull
    @Description("Your notifications from all your workspaces, newest first; only unread ones with unread: true.")
    public Uni<NotificationConnection> notifications(@Source Me source, @Name("unread") @DefaultValue("false") boolean unread,
                                                     @Name("first") @DefaultValue("50") Integer first,
                                                     @Name("after") String after) {
        return Uni.createFrom().deferred(() -> inbox.inbox(caller.get(), unread,
                Paging.request(first, after, NotificationConnection.SORT))).map(NotificationConnection::of);
    }

    @Description("How many of your notifications are unread.")
    public Uni<Integer> unreadNotificationCount(@Source Me source) {
        return Uni.createFrom().deferred(() -> inbox.unreadCount(caller.get())).map(Long::intValue);
    }

    @NonNull
    @Description("Your notification preferences in each of your workspaces (or the one named).")
    public Uni<List<@NonNull WorkspacePreferencesType>> notificationPreferences(@Source Me source,
                                                                                @Name("workspace") String workspace) {
        return Uni.createFrom().deferred(() -> preferences.get(caller.get(), workspace))
                .map(all -> all.stream().map(WorkspacePreferencesType::of).toList());
    }

    @NonNull
    @Description("Open work items assigned to you, most recently changed first.")
    public Uni<MyWorkItemConnection> assignedToMe(@Source Me source, @Name("first") @DefaultValue("50") Integer first,
                                                  @Name("after") String after) {
        return items(WorkView.ASSIGNED, 7, first, after);
    }

    @NonNull
    @Description("Your open work items due from today to `days` days ahead (0 to 90), by due date.")
    public Uni<MyWorkItemConnection> dueSoon(@Source Me source, @Name("days") @DefaultValue("7") Integer days,
                                             @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return items(WorkView.DUE_SOON, days, first, after);
    }

    @NonNull
    @Description("Your open work items due before today, by due date.")
    public Uni<MyWorkItemConnection> overdue(@Source Me source, @Name("first") @DefaultValue("50") Integer first,
                                             @Name("after") String after) {
        return items(WorkView.OVERDUE, 7, first, after);
    }

    @NonNull
    @Description("Pending approvals that name you or your role and that you have not decided, oldest first.")
    public Uni<AwaitedApprovalConnection> awaitingMyApproval(@Source Me source,
                                                             @Name("first") @DefaultValue("50") Integer first,
                                                             @Name("after") String after) {
        return Uni.createFrom().deferred(() -> me.approvals(caller.get(), Paging.request(first, after,
                AwaitedApprovalConnection.SORT))).map(AwaitedApprovalConnection::of);
    }

    @NonNull
    @Deprecated
    @Description("Your due-date reminders in all your workspaces, oldest first (at most `first`, up to 200): use "
            + "remindersConnection, which pages.")
    public Uni<List<@NonNull ReminderType>> reminders(@Source Me source,
            @Name("first") @DefaultValue("50") Integer first) {
        return Uni.createFrom().deferred(() -> reminders.mine(caller.get(), Paging.request(first, null, Paging.CREATED_AT)))
                .map(page -> page.items().stream().map(ReminderType::of).toList());
    }

    @NonNull
    @Description("Your due-date reminders in all your workspaces, oldest first, in pages.")
    public Uni<ReminderConnection> remindersConnection(@Source Me source,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> reminders.mine(caller.get(), Paging.request(first, after,
                Paging.CREATED_AT))).map(ReminderConnection::of);
    }

    private Uni<MyWorkItemConnection> items(WorkView view, Integer days, Integer first, String after) {
        boolean byDue = view != WorkView.ASSIGNED;
        return Uni.createFrom().deferred(() -> me.items(caller.get(), view, days, Paging.request(first, after,
                byDue ? MyWorkItemConnection.BY_DUE : MyWorkItemConnection.BY_CHANGE)))
                .map(page -> MyWorkItemConnection.of(page, byDue));
    }
}
