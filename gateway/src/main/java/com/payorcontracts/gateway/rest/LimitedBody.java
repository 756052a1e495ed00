package com.payorcontracts.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A request body on its way to a service that stops at a size limit: bodies without a
 * Content-Length (chunked) are counted while they stream, and the stream fails once past the limit.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** Raised into the pipe when the body passes its limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null, false, false);
        }
    }

    private final HttpServerRequest request;
    private final long limit;
    private long seen;
    private boolean tooLarge;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(HttpServerRequest request, long limit) {
        this.request = request;
        this.limit = limit;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        request.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            request.handler(null);
            return this;
        }
        request.handler(chunk -> {
            if (tooLarge) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                tooLarge = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        request.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        request.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        request.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        request.endHandler(handler);
        return this;
    }
}
