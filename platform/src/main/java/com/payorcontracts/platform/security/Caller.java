package com.payorcontracts.platform.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Set;

/**
 * Who made this request, once {@link AccessFilter} has checked its token: the token's subject
 * and roles, and the request id the gateway gave it. Kept here because the response is written
 * on an I/O thread, where the lazily-authenticated identity may not be awaited; restricted fields
 * ({@link RestrictedFieldsCustomizer}), the second guard ({@link ResourceGuard}) and the audit
 * trail are decided from it.
 */
@RequestScoped
public class Caller {

    private boolean checked;
    private String subject;
    private Set<String> roles = Set.of();
    private String requestId;

    void checked(String subject, Set<String> roles, String requestId) {
        this.checked = true;
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.requestId = requestId;
    }

    /** Whether the access check let this request through with a valid token. */
    public boolean checked() {
        return checked;
    }

    /** The token's subject ({@code sub}); null when no token was checked. */
    public String subject() {
        return subject;
    }

    /** The caller's roles; none when no token was checked (a restricted field is then left out). */
    public Set<String> roles() {
        return roles;
    }

    /** The gateway's {@code X-Request-Id}, or null when the request carried none. */
    public String requestId() {
        return requestId;
    }
}
