package com.payorcontracts.gateway.rest;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSpansTest {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    private final List<SpanData> exported = new CopyOnWriteArrayList<>();

    @Test
    void continuesTheCallersSampledTraceAndRecordsTheSpan() {
        RequestSpans spans = new RequestSpans(openTelemetry(Sampler.parentBased(Sampler.alwaysOff())));
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")
                .add("tracestate", "vendor=abc");

        Span span = spans.start("GET", "/api/v1/payors/7", incoming);
        RequestSpans.route(span, "GET", "/api/v1/payors");
        MultiMap upstream = MultiMap.caseInsensitiveMultiMap();
        spans.inject(span, upstream);
        spans.end(span, 503, false);

        String spanId = span.getSpanContext().getSpanId();
        assertThat(upstream.get("traceparent")).isEqualTo("00-" + CALLER_TRACE + "-" + spanId + "-01");
        assertThat(upstream.get("tracestate")).isEqualTo("vendor=abc");
        assertThat(exported).singleElement().satisfies(data -> {
            assertThat(data.getName()).isEqualTo("GET /api/v1/payors");
            assertThat(data.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(data.getTraceId()).isEqualTo(CALLER_TRACE);
            assertThat(data.getParentSpanId()).isEqualTo(CALLER_SPAN);
            assertThat(data.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/payors/7");
            assertThat(data.getAttributes().get(AttributeKey.stringKey("http.route"))).isEqualTo("/api/v1/payors");
            assertThat(data.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503L);
            assertThat(data.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        });
    }

    @Test
    void startsANewUnsampledTraceWithoutRecordingWhenTheCallerSendsNone() {
        RequestSpans spans = new RequestSpans(openTelemetry(Sampler.parentBased(Sampler.alwaysOff())));

        Span span = spans.start("POST", "/api/v1/contracts", MultiMap.caseInsensitiveMultiMap());
        MultiMap upstream = MultiMap.caseInsensitiveMultiMap();
        spans.inject(span, upstream);
        spans.end(span, 201, false);

        assertThat(span.isRecording()).isFalse();
        assertThat(upstream.get("traceparent"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00")
                .contains(span.getSpanContext().getTraceId());
        assertThat(exported).isEmpty();
    }

    @Test
    void marksACutOffResponseAsAnError() {
        RequestSpans spans = new RequestSpans(openTelemetry(Sampler.alwaysOn()));

        Span span = spans.start("GET", "/api/v1/analytics/underpayments", MultiMap.caseInsensitiveMultiMap());
        spans.end(span, 200, true);

        assertThat(exported).singleElement().satisfies(data -> {
            assertThat(data.getName()).isEqualTo("GET");
            assertThat(data.getParentSpanId()).isEqualTo("0000000000000000");
            assertThat(data.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        });
    }

    @Test
    void ignoresAMalformedTraceparent() {
        RequestSpans spans = new RequestSpans(openTelemetry(Sampler.alwaysOn()));
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap().add("traceparent", "00-not-a-trace-01");

        Span span = spans.start("GET", "/api/v1/payors", incoming);
        spans.end(span, 200, false);

        assertThat(span.getSpanContext().isValid()).isTrue();
        assertThat(exported).singleElement()
                .satisfies(data -> assertThat(data.getParentSpanId()).isEqualTo("0000000000000000"));
    }

    private OpenTelemetry openTelemetry(Sampler sampler) {
        SpanExporter exporter = new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        return OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
                        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }
}
