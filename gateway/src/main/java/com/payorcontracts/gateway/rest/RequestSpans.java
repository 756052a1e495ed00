package com.payorcontracts.gateway.rest;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * One OpenTelemetry span per /api/v1 request: a child of the caller's W3C {@code traceparent} when
 * it sends one, else a new trace. The proxy passes the span's context on to the service as
 * {@code traceparent}. The span ends with the response, refused requests included.
 *
 * <p>Quarkus' own Vert.x HTTP instrumentation is switched off in the gateway
 * ({@code quarkus.otel.instrument.vertx-http=false}): it made a server span and a client span per
 * request and cost a quarter to a third of the gateway's CPU per request when nothing was sampled
 * (docs/benchmarks.md, gateway). Here an unsampled request costs an id and a header.
 */
@Singleton
public class RequestSpans {

    static final String SPAN = "span";

    private static final TextMapGetter<MultiMap> REQUEST_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultiMap headers) {
            return headers.names();
        }

        @Override
        public String get(MultiMap headers, String key) {
            return headers == null ? null : headers.get(key);
        }
    };
    private static final TextMapSetter<MultiMap> UPSTREAM_HEADERS = (headers, key, value) -> headers.set(key, value);

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    RequestSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("payorcontracts-gateway");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Span span = start(request.method().name(), request.path(), request.headers());
        ctx.put(SPAN, span);
        ctx.addEndHandler(done -> end(span, ctx.response().getStatusCode(), done.failed()));
        ctx.next();
    }

    /** The span of this request, started by {@link #handle}. */
    static Span of(RoutingContext ctx) {
        Span span = ctx.get(SPAN);
        return span != null ? span : Span.getInvalid();
    }

    Span start(String method, String path, MultiMap requestHeaders) {
        Context parent = propagator.extract(Context.root(), requestHeaders, REQUEST_HEADERS);
        Span span = tracer.spanBuilder(method)
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .startSpan();
        if (span.isRecording()) {
            span.setAttribute("http.request.method", method);
            span.setAttribute("url.path", path);
        }
        return span;
    }

    /** Puts the span's context (traceparent, tracestate) on the request to the service. */
    void inject(Span span, MultiMap upstreamHeaders) {
        propagator.inject(Context.root().with(span), upstreamHeaders, UPSTREAM_HEADERS);
    }

    void end(Span span, int status, boolean cut) {
        if (span.isRecording()) {
            span.setAttribute("http.response.status_code", status);
            if (cut) {
                span.setStatus(StatusCode.ERROR, "the response was cut off");
            } else if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
        }
        span.end();
    }

    /** Names a recorded span after the route the proxy chose: "GET /api/v1/payors". */
    static void route(Span span, String method, String routePrefix) {
        if (span.isRecording()) {
            span.setAttribute("http.route", routePrefix);
            span.updateName(method + " " + routePrefix);
        }
    }
}
