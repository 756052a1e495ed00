package com.payorcontracts.platform.rest;

import com.payorcontracts.platform.config.PageTokenConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.nio.charset.StandardCharsets;


import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Keyset paging beside page numbers: reads a request's {@code pageToken} and gives a page its
 * {@code nextPageToken}. A token is signed with its query (path and every parameter but {@code page}
 * and {@code pageToken}), so one sent with other filters, sort or size is a 400 naming {@code pageToken}.
 */
@ApplicationScoped
public class PageTokens {

    static final String INVALID = "is not a page token of this list with these filters and sort; start again without it";

    private final PageTokenCodec codec;

    PageTokens(PageTokenConfig config) {
        this.codec = new PageTokenCodec(config.secret().getBytes(StandardCharsets.UTF_8));
    }

    /** The request's token, checked against the query it came with, or null when it has none. */
    public PageTokenCodec.PageToken read(KeysetPageRequest request, UriInfo uri) {
        if (request.pageToken() == null) {
            return null;
        }
        return codec.decode(query(uri), request.pageToken())
                .orElseThrow(() -> ApiException.invalidField(KeysetPageRequest.PAGE_TOKEN, INVALID));
    }

    /** The page number being served: the token's when there is one, else {@code page}. */
    public static int pageNumber(KeysetPageRequest request, PageTokenCodec.PageToken token) {
        return token == null ? request.page() : token.page();
    }

    /** How many items match: the token's count when there is a token (counted once per walk), else {@code count}'s. */
    public static long totalItems(PageTokenCodec.PageToken token, java.util.function.LongSupplier count) {
        return token == null ? count.getAsLong() : token.totalItems();
    }

    /**
     * The page, with a token for the next one when there is one: {@code keyOf} gives an item's sort
     * key, the same columns the query orders by; {@code totalItems} as {@link #totalItems} gives it.
     */
    public <T> PageResponse<T> page(List<T> items, KeysetPageRequest request, PageTokenCodec.PageToken token,
                                    long totalItems, UriInfo uri, Function<T, List<String>> keyOf) {
        int page = pageNumber(request, token);
        long totalPages = (totalItems + request.size() - 1) / request.size();
        String next = null;
        if (items.size() == request.size() && page + 1 < totalPages) {
            next = codec.encode(query(uri), new PageTokenCodec.PageToken(page + 1, totalItems, keyOf.apply(items.get(items.size() - 1))));
        }
        return new PageResponse<>(items, page, request.size(), totalItems, totalPages, next);
    }

    /** What a token belongs to: the path and its parameters in name order, without the page's own. */
    static String query(UriInfo uri) {
        StringBuilder query = new StringBuilder(uri.getPath());
        new TreeMap<>(uri.getQueryParameters()).forEach((name, values) -> {
            if (!name.equals("page") && !name.equals(KeysetPageRequest.PAGE_TOKEN)) {
                values.forEach(value -> query.append('\n').append(name).append('=').append(value));
            }
        });
        return query.toString();
    }
}
