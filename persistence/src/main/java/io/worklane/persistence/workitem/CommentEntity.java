package io.worklane.persistence.workitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "comments")
public class CommentEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "work_item_id")
    public UUID workItemId;
    public String body;
    @Column(name = "author_kind")
    public String authorKind;
    @Column(name = "author_id")
    public String authorId;
    @Column(name = "author_name")
    public String authorName;
    public boolean edited;
    @Version
    public Long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
