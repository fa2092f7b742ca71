package io.worklane.api.rest.risk;

import io.worklane.api.application.risk.ShownRisk;
import io.worklane.domain.risk.Risk;
import io.worklane.domain.risk.RiskHistoryEntry;
import io.worklane.domain.risk.RiskMatrix;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.RiskHistoryList;
import io.worklane.openapi.model.RiskList;
import io.worklane.openapi.model.RiskMatrixCell;
import io.worklane.openapi.model.RiskMitigationItem;
import io.worklane.openapi.model.RiskStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Risks as the REST contract shows them. */
final class RiskDtos {
    private RiskDtos() {
    }

    static io.worklane.openapi.model.Risk risk(ShownRisk shown) {
        Risk r = shown.risk();
        return new io.worklane.openapi.model.Risk().id(r.id()).projectId(r.projectId())
                .portfolioId(r.portfolioId()).title(r.title())
                .description(r.description()).category(r.category()).probability(r.probability()).impact(r.impact())
                .exposure(r.exposure()).owner(r.ownerId()).proximityDate(r.proximityDate())
                .response(r.response() == null ? null : r.response().name()).mitigationPlan(r.mitigationPlan())
                .status(RiskStatus.fromValue(r.status().name()))
                .mitigationItems(shown.mitigationItems().stream().map(i -> new RiskMitigationItem().id(i.id())
                        .key(i.key()).title(i.title()).status(i.status())).toList())
                .closedAt(time(r.closedAt())).createdAt(time(r.createdAt())).updatedAt(time(r.updatedAt()))
                .version(r.version());
    }

    static RiskList risks(Page<ShownRisk> page) {
        return new RiskList().items(page.items().stream().map(RiskDtos::risk).toList()).nextCursor(page.nextCursor());
    }

    static io.worklane.openapi.model.RiskMatrix matrix(RiskMatrix m) {
        return new io.worklane.openapi.model.RiskMatrix()
                .counts(Arrays.stream(m.counts()).map(row -> Arrays.stream(row).boxed().toList()).toList())
                .cells(m.cells().stream().map(c -> new RiskMatrixCell().probability(c.probability()).impact(c.impact())
                        .exposure(c.exposure()).count(c.count())).toList())
                .total(m.total());
    }

    static RiskHistoryList history(Page<RiskHistoryEntry> page) {
        return new RiskHistoryList().items(page.items().stream().map(e -> {
            Map<String, Object> fields = new LinkedHashMap<>(e.fields());
            return new io.worklane.openapi.model.RiskHistoryEntry().id(e.id()).occurredAt(time(e.occurredAt()))
                    .actor(new Actor().kind(ActorKind.fromValue(e.actor().kind().name())).id(e.actor().id())
                            .name(e.actor().name()))
                    .change(io.worklane.openapi.model.RiskHistoryEntry.ChangeEnum.fromValue(e.change()))
                    .fields(fields);
        }).toList()).nextCursor(page.nextCursor());
    }

    static OffsetDateTime time(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
