package io.worklane.persistence.form;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of forms. */
@Entity
@Table(name = "forms")
public class FormEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String slug;
    public String title;
    public String description;
    @Column(name = "item_type")
    public String itemType;
    public String access;
    public String confirmation;
    /** jsonb: the fields, in order. */
    @ColumnTransformer(read = "cast(fields as text)", write = "cast(cast(? as text) as jsonb)")
    public String fields;
}
