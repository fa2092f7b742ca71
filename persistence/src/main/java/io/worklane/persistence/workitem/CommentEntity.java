package io.worklane.persistence.workitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.worklane.persistence.shared.TenantEntity;
import java.util.UUID;

@Entity
@Table(name = "comments")
public class CommentEntity extends TenantEntity {
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
}
