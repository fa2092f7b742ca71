package io.worklane.persistence.search;

import io.worklane.domain.search.SearchType;
import java.util.Map;

/**
 * Where each type of object is searched: one SELECT per type, all with the same columns (type, id, project_id,
 * work_item_id, ref, title, body, score), united by {@link SearchRepository}. Parameters: $1 the workspace,
 * $2 the text, $3 the types asked, $4/$5 the key prefix and number when the text looks like a key; {@code q}
 * is the query's row (tsq, the parsed text search query). Each source matches by its tsvector (GIN) or,
 * for titles and names, by trigram word similarity ({@code <%}, GIN trigram index) so that typos still find.
 * Items are matched by trigrams only as a fallback, when their text finds fewer than {@link #TYPOS_BELOW}
 * ({@code typos}): a short word is similar to tens of thousands of titles at a million items, and reading and
 * ranking them all cost 0.8 s (docs/adr/0079-search-typos-as-fallback.md).
 * Score: ts_rank (titles weigh more: vectors are weighted A/B) plus half the trigram similarity, plus 2 for
 * an exact key and 1 for a key that starts so. Items found by their key are a branch of their own (the key's
 * number as ranges of the (project, number) index: 12, 120..129, 1200..1299, …, less those the text finds
 * already), since a condition on {@code number::text} OR'ed with the text matches made PostgreSQL read every
 * item (2.7 s at a million). The ranges come as parameters ($10, $11: {@link #keyRanges}) and each is read by a
 * LATERAL look-up that cannot be flattened ({@code OFFSET 0}): computed in SQL, PostgreSQL read all 40,000
 * items of the project and filtered them against the ranges (580 ms).
 */
final class SearchSources {
    /** Fewer item matches of the text than this, and titles similar to it are searched too. */
    static final int TYPOS_BELOW = 20;
    /**
     * Whether to search items' titles by similarity: a CTE of the search's statement, read at most once. Never for
     * text shaped like a key ($4 set), which its own branch serves: the digits of {@code P05-12} are "similar" to
     * thousands of numbered titles (280 ms at a million items).
     */
    static final String TYPOS = "typos AS (SELECT $4::text IS NULL AND count(*) < " + TYPOS_BELOW + " AS wanted FROM (SELECT 1 FROM"
            + " work_items w CROSS JOIN q WHERE w.workspace_id = $1 AND w.search_vector @@ q.tsq LIMIT "
            + TYPOS_BELOW + ") t)";
    /** A work item found by its text or by its key: the same columns and score either way. */
    private static final String ITEM_COLUMNS = """
            SELECT 'WORK_ITEM'::text AS type, w.id, w.project_id, w.id AS work_item_id,
                   p.key || '-' || w.number AS ref, w.title::text AS title, w.description AS body,
                   (ts_rank(w.search_vector, q.tsq) + 0.5 * word_similarity($2, w.title)
                     + CASE WHEN p.key = $4 AND w.number::text = $5 THEN 2
                            WHEN p.key = $4 AND w.number::text LIKE $5 || '%' THEN 1 ELSE 0 END)::real AS score
            """;
    static final Map<SearchType, String> BY_TYPE = Map.of(
            SearchType.WORK_ITEM, ITEM_COLUMNS + """
                    FROM work_items w JOIN projects p ON p.id = w.project_id CROSS JOIN q
                    WHERE 'WORK_ITEM' = ANY($3) AND w.workspace_id = $1 AND w.search_vector @@ q.tsq
                    UNION ALL
                    """ + ITEM_COLUMNS + """
                    FROM work_items w JOIN projects p ON p.id = w.project_id CROSS JOIN q
                    WHERE 'WORK_ITEM' = ANY($3) AND (SELECT wanted FROM typos) AND w.workspace_id = $1
                      AND $2 <% w.title AND NOT w.search_vector @@ q.tsq
                    UNION ALL
                    """ + ITEM_COLUMNS + """
                    FROM projects p CROSS JOIN unnest($10::bigint[], $11::bigint[]) AS r(lo, hi)
                         CROSS JOIN LATERAL (SELECT * FROM work_items i WHERE i.project_id = p.id
                                             AND i.number BETWEEN r.lo AND r.hi OFFSET 0) w
                         CROSS JOIN q
                    WHERE 'WORK_ITEM' = ANY($3) AND p.workspace_id = $1 AND p.key = $4
                      AND NOT w.search_vector @@ q.tsq AND NOT ((SELECT wanted FROM typos) AND $2 <% w.title)""",
            SearchType.COMMENT, """
                    SELECT 'COMMENT'::text, c.id, w.project_id, w.id, p.key || '-' || w.number, w.title::text, c.body,
                           ts_rank(c.search_vector, q.tsq)::real
                    FROM comments c JOIN work_items w ON w.id = c.work_item_id JOIN projects p ON p.id = w.project_id
                         CROSS JOIN q
                    WHERE 'COMMENT' = ANY($3) AND c.workspace_id = $1 AND c.search_vector @@ q.tsq""",
            SearchType.PROJECT, """
                    SELECT 'PROJECT'::text, p.id, p.id, NULL::uuid, p.key::text, p.name::text, p.description,
                           (ts_rank(p.search_vector, q.tsq) + 0.5 * word_similarity($2, p.name)
                             + CASE WHEN p.key = upper($2) THEN 2 ELSE 0 END)::real
                    FROM projects p CROSS JOIN q
                    WHERE 'PROJECT' = ANY($3) AND p.workspace_id = $1
                      AND (p.search_vector @@ q.tsq OR $2 <% p.name OR p.key = upper($2))""",
            SearchType.RISK, """
                    SELECT 'RISK'::text, r.id, r.project_id, NULL::uuid, p.key::text, r.title::text,
                           concat_ws(' ', r.description, r.mitigation_plan),
                           (ts_rank(r.search_vector, q.tsq) + 0.5 * word_similarity($2, r.title))::real
                    FROM risks r JOIN projects p ON p.id = r.project_id CROSS JOIN q
                    WHERE 'RISK' = ANY($3) AND r.workspace_id = $1 AND (r.search_vector @@ q.tsq OR $2 <% r.title)""");

    private SearchSources() {
    }

    /**
     * The item numbers a key's number is the start of, as ranges (lows, highs): 12, then 120..129, 1200..1299, …
     * up to 17 digits (an 18-digit number: itself). None for no number or one with a leading zero, which no item
     * number has.
     */
    static Long[][] keyRanges(String number) {
        if (number == null || number.isEmpty() || number.startsWith("0") || number.length() > 18) {
            return new Long[][] {new Long[0], new Long[0]};
        }
        long n = Long.parseLong(number);
        int count = Math.max(1, 18 - number.length());
        Long[] lows = new Long[count];
        Long[] highs = new Long[count];
        long scale = 1;
        for (int e = 0; e < count; e++, scale *= 10) {
            lows[e] = n * scale;
            highs[e] = (n + 1) * scale - 1;
        }
        return new Long[][] {lows, highs};
    }
}
