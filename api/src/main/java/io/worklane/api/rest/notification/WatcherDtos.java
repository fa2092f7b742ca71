package io.worklane.api.rest.notification;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.notification.Mention;
import io.worklane.domain.notification.Watcher;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.MentionList;
import io.worklane.openapi.model.WatchReason;
import io.worklane.openapi.model.WatcherList;

/** Domain → REST models of watchers and mentions. */
final class WatcherDtos {
    private WatcherDtos() {
    }

    static io.worklane.openapi.model.Watcher of(Watcher w) {
        return new io.worklane.openapi.model.Watcher().memberId(w.memberId())
                .reason(WatchReason.fromValue(w.reason().name())).since(Dates.utc(w.since()));
    }

    static WatcherList watchers(Page<Watcher> page) {
        return new WatcherList().items(page.items().stream().map(WatcherDtos::of).toList()).nextCursor(page.nextCursor());
    }

    static MentionList mentions(Page<Mention> page) {
        return new MentionList().items(page.items().stream().map(m -> new io.worklane.openapi.model.Mention()
                        .id(m.id()).memberId(m.memberId()).commentId(m.commentId()).createdAt(Dates.utc(m.createdAt())))
                .toList()).nextCursor(page.nextCursor());
    }
}
