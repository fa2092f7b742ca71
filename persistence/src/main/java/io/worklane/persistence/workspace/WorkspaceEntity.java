package io.worklane.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import io.worklane.persistence.shared.VersionedEntity;

@Entity
@Table(name = "workspaces")
public class WorkspaceEntity extends VersionedEntity {
    public String slug;
    public String name;
    @Column(name = "default_currency")
    public String defaultCurrency;
    @Column(name = "time_zone")
    public String timeZone;
    /** A regconfig: written by name, read as its name. */
    @Column(name = "search_config")
    @org.hibernate.annotations.ColumnTransformer(read = "cast(search_config as text)",
            write = "cast(cast(? as text) as regconfig)")
    public String searchConfig;

    @Override
    public UUID tenantId() {
        return id;
    }
}
