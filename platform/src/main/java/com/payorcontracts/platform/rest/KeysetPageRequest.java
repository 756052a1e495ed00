package com.payorcontracts.platform.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a deep list: {@code page} and {@code size} like every list, plus
 * {@code pageToken}, the {@code nextPageToken} of the previous page, which continues after that
 * page's last item (as fast on page 10,000 as on page 1) and wins over {@code page}.
 */
public class KeysetPageRequest extends PageRequest {

    public static final String PAGE_TOKEN = "pageToken";

    @QueryParam(PAGE_TOKEN)
    @Size(max = 2000, message = "must be at most 2000 characters")
    @Parameter(description = "The previous page's nextPageToken: continues after its last item; wins over page. "
            + "Opaque; valid only with the same filters, sort and size")
    String pageToken;

    public KeysetPageRequest() {
    }

    public KeysetPageRequest(int page, int size, String pageToken) {
        super(page, size);
        this.pageToken = pageToken;
    }

    public String pageToken() {
        return pageToken;
    }
}
