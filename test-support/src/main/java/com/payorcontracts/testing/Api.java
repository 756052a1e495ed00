package com.payorcontracts.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The tests' way into a service's API: RestAssured with a bearer token. {@link #given()} is an
 * admin (the tests of what a service does); {@link #as} picks the roles (the tests of who may).
 */
public final class Api {

    private Api() {
    }

    /** A request by an admin, who may call everything. */
    public static RequestSpecification given() {
        return as("admin");
    }

    /** A request by a caller holding these roles. */
    public static RequestSpecification as(String... roles) {
        return RestAssured.given().auth().oauth2(TestJwt.forRoles(roles));
    }

    /** A request with no Authorization header at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
