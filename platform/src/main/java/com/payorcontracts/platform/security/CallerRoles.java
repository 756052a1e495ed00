package com.payorcontracts.platform.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Set;

/**
 * The roles of this request's caller, once {@link AccessFilter} has let it through. Kept here
 * because the response is written on an I/O thread, where the lazily-authenticated identity may
 * not be awaited; restricted fields are decided from it.
 */
@RequestScoped
public class CallerRoles {

    private Set<String> roles = Set.of();

    void set(Set<String> roles) {
        this.roles = Set.copyOf(roles);
    }

    /** The caller's roles; none when no token was checked (a restricted field is then left out). */
    public Set<String> get() {
        return roles;
    }
}
