package io.worklane.it.support;

import io.worklane.client.ApiException;
import io.worklane.client.api.WorkItemsApi;
import io.worklane.client.model.WorkItemList;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The filters, sort and page size of {@code GET /work-items}, named, instead of the generated
 * method's eleven positional parameters: {@code workItems().childrenOf("ENG-1").pageSize(1)}.
 */
public final class WorkItemQuery {
    private String project;
    private String status;
    private UUID assignee;
    private String label;
    private String parent;
    private OffsetDateTime updatedSince;
    private String q;
    private String sort;
    private Integer limit;

    private WorkItemQuery() {
    }

    /** All work items of the workspace, default sort and page size. */
    public static WorkItemQuery workItems() {
        return new WorkItemQuery();
    }

    public WorkItemQuery inProject(String projectKeyOrId) {
        this.project = projectKeyOrId;
        return this;
    }

    public WorkItemQuery withStatus(String status) {
        this.status = status;
        return this;
    }

    public WorkItemQuery assignedTo(UUID memberId) {
        this.assignee = memberId;
        return this;
    }

    public WorkItemQuery labelled(String label) {
        this.label = label;
        return this;
    }

    public WorkItemQuery childrenOf(String workItemKeyOrId) {
        this.parent = workItemKeyOrId;
        return this;
    }

    public WorkItemQuery updatedSince(OffsetDateTime instant) {
        this.updatedSince = instant;
        return this;
    }

    public WorkItemQuery titleContaining(String text) {
        this.q = text;
        return this;
    }

    /** {@code createdAt}, {@code -createdAt}, {@code updatedAt} or {@code -updatedAt}. */
    public WorkItemQuery sortedBy(String sort) {
        this.sort = sort;
        return this;
    }

    public WorkItemQuery pageSize(int limit) {
        this.limit = limit;
        return this;
    }

    /** One page: the first when {@code cursor} is null, else the one {@code cursor} points to. */
    public WorkItemList page(WorkItemsApi api, String ws, String cursor) throws ApiException {
        return api.listWorkItems(ws, project, status, assignee, label, parent, updatedSince, q, null, sort, limit, cursor, null);
    }
}
