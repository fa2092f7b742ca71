package io.worklane.persistence.workflow;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "workflows")
public class WorkflowEntity extends TenantEntity {
    public String name;
    public String description;
    /** jsonb, carried as JSON text (see WorkflowJson for its shape). */
    @ColumnTransformer(read = "cast(definition as text)", write = "cast(cast(? as text) as jsonb)")
    public String definition;
    @Column(name = "is_workspace_default")
    public boolean workspaceDefault;
}
