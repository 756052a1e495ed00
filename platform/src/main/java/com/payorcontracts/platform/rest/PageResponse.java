package com.payorcontracts.platform.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list endpoint.
 *
 * @param items         the page's items
 * @param page          the page number, from 0
 * @param size          the requested page size
 * @param totalItems    how many items match in all
 * @param totalPages    how many pages of {@code size} that makes
 * @param nextPageToken on deep lists ({@link KeysetPageRequest}): pass as {@code pageToken} for the next page;
 *                      null on the last page and on lists paged by number only
 */
public record PageResponse<T>(@Schema(required = true) List<T> items,
                              @Schema(required = true) int page,
                              @Schema(required = true) int size,
                              @Schema(required = true) long totalItems,
                              @Schema(required = true) long totalPages,
                              @Schema(nullable = true, description = "Pass as pageToken for the next page (deep lists only); null on the last page")
                              String nextPageToken) {

    public PageResponse(List<T> items, int page, int size, long totalItems, long totalPages) {
        this(items, page, size, totalItems, totalPages, null);
    }

    public static <E, T> PageResponse<T> of(List<E> items, PageRequest request, long totalItems, Function<E, T> toDto) {
        long pages = (totalItems + request.size() - 1) / request.size();
        return new PageResponse<>(items.stream().map(toDto).toList(), request.page(), request.size(), totalItems, pages);
    }

    /** The same page with its items turned into {@code toDto}'s. */
    public <R> PageResponse<R> map(Function<T, R> toDto) {
        return new PageResponse<>(items.stream().map(toDto).toList(), page, size, totalItems, totalPages, nextPageToken);
    }
}
