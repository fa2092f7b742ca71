package io.worklane.persistence.portfolio;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of portfolios; its ranked projects are rows of portfolio_projects, written beside it. */
@Entity
@Table(name = "portfolios")
public class PortfolioEntity extends TenantEntity {
    public String name;
    public String description;
    @Column(name = "owner_id")
    public UUID ownerId;
    public String currency;
    @Column(name = "parent_id")
    public UUID parentId;
}
