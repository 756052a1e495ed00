package com.payorcontracts.platform.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list endpoint.
 *
 * @param items      the page's items
 * @param page       the page number, from 0
 * @param size       the requested page size
 * @param totalItems how many items match in all
 * @param totalPages how many pages of {@code size} that makes
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <E, T> PageResponse<T> of(List<E> items, PageRequest request, long totalItems, Function<E, T> toDto) {
        long pages = (totalItems + request.size() - 1) / request.size();
        return new PageResponse<>(items.stream().map(toDto).toList(), request.page(), request.size(), totalItems, pages);
    }
}
