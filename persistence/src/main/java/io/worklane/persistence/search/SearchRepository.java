package io.worklane.persistence.search;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.search.SearchHit;
import io.worklane.domain.search.SearchQuery;
import io.worklane.domain.search.SearchType;
import io.worklane.domain.search.Searches;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.persistence.shared.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A search page in one statement, whatever the types: the sources united, ordered by score then id (keyset),
 * and only the page's rows get their snippet (ts_headline is the costly part). The query is parsed with the
 * workspace's configuration ({@code workspaces.search_config}) by websearch_to_tsquery, which accepts any
 * text: quotes, "or" and "-" have their web-search meaning and nothing is a syntax error.
 */
@ApplicationScoped
public class SearchRepository implements Searches {
    /** Marks around matched words, then turned into {@code <mark>} once the rest is escaped (Snippets). */
    private static final String HEADLINE = "'StartSel=\u0002,StopSel=\u0003,MaxWords=30,MinWords=12'";
    private static final String QUERY = "WITH q AS (SELECT websearch_to_tsquery(ws.search_config, $2) AS tsq,"
            + " ws.search_config AS cfg FROM workspaces ws WHERE ws.id = $1), " + SearchSources.TYPOS + ", hits AS ("
            + Arrays.stream(SearchType.values()).map(SearchSources.BY_TYPE::get).collect(Collectors.joining(
            " UNION ALL "))
            + ") SELECT h.type, h.id, h.project_id, h.work_item_id, h.ref, h.title, h.score,"
            + " CASE WHEN h.body IS NOT NULL AND to_tsvector(q.cfg, h.body) @@ q.tsq"
            + " THEN ts_headline(q.cfg, translate(h.body, chr(2) || chr(3), ''), q.tsq, " + HEADLINE + ")"
            + " ELSE ts_headline(q.cfg, translate(h.title, chr(2) || chr(3), ''), q.tsq, " + HEADLINE + ") END AS snippet"
            + " FROM (SELECT * FROM hits WHERE ($6::real IS NULL OR (score, id) < ($6::real, $7::uuid))"
            // the private projects the caller is no member of (ADR 0084)
            + " AND (project_id IS NULL OR project_id <> ALL($9::uuid[]))"
            + " ORDER BY score DESC, id DESC LIMIT $8) h CROSS JOIN q ORDER BY h.score DESC, h.id DESC";
    private final Sql sql;

    public SearchRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Page<SearchHit>> search(UUID workspaceId, SearchQuery query, PageRequest page) {
        return search(workspaceId, query, java.util.Set.of(), page);
    }

    @Override
    public Uni<Page<SearchHit>> search(UUID workspaceId, SearchQuery query, java.util.Set<UUID> hiddenProjects,
                                       PageRequest page) {
        Cursor after = page.after();
        Tuple params = Tuple.from(List.of(workspaceId, query.text(),
                query.types().stream().map(Enum::name).toArray(String[]::new)));
        params.addValue(query.keyPrefix()).addValue(query.keyNumber())
                .addValue(after == null ? null : score(after)).addValue(after == null ? null : after.id())
                .addValue(page.limit() + 1).addValue(hiddenProjects.toArray(UUID[]::new));
        Long[][] ranges = SearchSources.keyRanges(query.keyNumber());
        params.addValue(ranges[0]).addValue(ranges[1]);
        return sql.list(QUERY, params, SearchRepository::hit).map(rows -> page(rows, page.limit()));
    }

    private static Page<SearchHit> page(List<SearchHit> rows, int limit) {
        List<SearchHit> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        List<String> cursors = new ArrayList<>(shown.size());
        shown.forEach(h -> cursors.add(new Cursor(SORT, Float.toString(h.score()), h.id()).encode()));
        return new Page<>(List.copyOf(shown), rows.size() > limit ? cursors.get(limit - 1) : null, cursors);
    }

    private static SearchHit hit(Row r) {
        return new SearchHit(SearchType.valueOf(r.getString("type")), r.getUUID("id"), r.getUUID("project_id"),
                r.getUUID("work_item_id"), r.getString("ref"), r.getString("title"),
                Snippets.html(r.getString("snippet")), r.getFloat("score"));
    }

    private static Float score(Cursor cursor) {
        try {
            return Float.valueOf(cursor.value());
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.INVALID_CURSOR,
                    "The cursor is not one this server issued. Use the nextCursor of a previous page as it is.");
        }
    }
}
