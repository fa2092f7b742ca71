package io.worklane.domain.search;

import java.util.UUID;

/**
 * One object a search found.
 *
 * @param ref     how people name it: the item's key (a comment: its item's key), the project's key, the
 *                risk's project key
 * @param title   the item's, project's or risk's title (a comment: its item's title)
 * @param snippet the best passage of its text, HTML-escaped, with the matched words in {@code <mark>}
 * @param score   the relevance it is ordered by (higher first): full-text rank, trigram similarity and key
 *                match together
 */
public record SearchHit(SearchType type, UUID id, UUID projectId, UUID workItemId, String ref, String title,
                        String snippet, float score) {
}
