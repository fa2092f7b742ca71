package io.worklane.api.application.attachment;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.attachment.Attachment;
import io.worklane.domain.attachment.Attachments;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Attachments of many work items or comments of one workspace at once (GraphQL levels): one statement each. */
@ApplicationScoped
public class AttachmentBatches {
    private final Attachments attachments;
    private final DownloadLinks links;

    public AttachmentBatches(Attachments attachments, DownloadLinks links) {
        this.attachments = attachments;
        this.links = links;
    }

    /** Each item's first page; {@code keys} gives the items' keys for the views. */
    public Uni<Map<UUID, Page<AttachmentView>>> pages(Caller caller, UUID workspaceId, Map<UUID, String> keys,
                                                       PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return attachments.firstPages(workspaceId, keys.keySet(), page).chain(pages -> {
            List<Attachment> all = pages.values().stream().flatMap(p -> p.items().stream()).toList();
            return links.views(all, a -> keys.get(a.workItemId())).map(views -> {
                Map<UUID, AttachmentView> byId = new LinkedHashMap<>();
                views.forEach(v -> byId.put(v.attachment().id(), v));
                Map<UUID, Page<AttachmentView>> out = new LinkedHashMap<>();
                pages.forEach((item, p) -> out.put(item, p.map(a -> byId.get(a.id()))));
                return out;
            });
        });
    }

    /** Each comment's attachments (without their item's key, which a comment's reader has). */
    public Uni<Map<UUID, List<AttachmentView>>> ofComments(Caller caller, UUID workspaceId, Collection<UUID> commentIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return attachments.byComments(workspaceId, commentIds).chain(byComment -> {
            List<Attachment> all = byComment.values().stream().flatMap(List::stream).toList();
            return links.views(all, a -> null).map(views -> {
                Map<UUID, List<AttachmentView>> out = new LinkedHashMap<>();
                byComment.keySet().forEach(id -> out.put(id, new java.util.ArrayList<>()));
                views.forEach(v -> out.get(v.attachment().commentId()).add(v));
                return out;
            });
        });
    }
}
