package com.payorcontracts.gateway.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Writes the gateway's own errors as RFC 9457 problem+json, like every service does, with the type
 * URIs of the one catalogue the services use (platform's {@code ProblemType}): the type is the title
 * in lower case with dashes, except 503, whose type is {@code unavailable}.
 */
final class Problems {

    private Problems() {
    }

    static String type(int status, String title) {
        return "https://payorcontracts.dev/problems/" + (status == 503 ? "unavailable" : title.toLowerCase().replace(' ', '-'));
    }

    /** A 400 naming each bad parameter in {@code errors}, as platform's VALIDATION problem. */
    static void invalid(HttpServerResponse response, String detail, String instance, JsonArray errors) {
        response.setStatusCode(400)
                .putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "https://payorcontracts.dev/problems/validation").put("title", "Invalid request")
                        .put("status", 400).put("detail", detail).put("instance", instance).put("errors", errors).encode());
    }

    static void send(HttpServerResponse response, int status, String title, String detail, String instance) {
        if (response.headWritten()) {
            // The service already started answering; all we can do is cut the connection.
            response.reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", type(status, title))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(body.encode());
    }
}
