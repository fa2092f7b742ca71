package io.worklane.persistence.view;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

/** A row of saved_views. */
@Entity
@Table(name = "saved_views")
public class SavedViewEntity extends TenantEntity {
    @Column(name = "owner_kind")
    public String ownerKind;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "owner_name")
    public String ownerName;
    public String name;
    public String sharing;
    public String filter;
    public String sort;
    /** jsonb: the column names, in order. */
    @ColumnTransformer(read = "cast(columns as text)", write = "cast(cast(? as text) as jsonb)")
    public String columns;
    public String grouping;
    public String layout;
}
