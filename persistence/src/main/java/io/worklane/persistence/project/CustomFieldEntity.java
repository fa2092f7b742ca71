package io.worklane.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.worklane.persistence.shared.TenantEntity;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "custom_fields")
public class CustomFieldEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String key;
    public String name;
    /** The CustomFieldType name: the entity stays free of domain enums. */
    public String type;
    /** jsonb, carried as JSON text: Hibernate Reactive's JSON type only handles objects, not arrays. */
    @ColumnTransformer(read = "cast(options as text)", write = "cast(cast(? as text) as jsonb)")
    public String options;
    public boolean required;
}
