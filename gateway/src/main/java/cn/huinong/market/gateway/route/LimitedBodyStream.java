package cn.huinong.market.gateway.route;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Forwards the client's body while counting it. A declared {@code Content-Length} is checked up front,
 * but a chunked body can only be stopped here: going over the limit fails the stream, which makes the
 * proxy abort the upstream request, and the caller then answers 413.
 * It also reports the end of the body, which is when the upstream timeout starts.
 */
final class LimitedBodyStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onEnd;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedBodyStream(ReadStream<Buffer> source, long limit, Runnable onEnd) {
        this.source = source;
        this.limit = limit;
        this.onEnd = onEnd;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                Handler<Throwable> failure = exceptionHandler;
                if (failure != null) {
                    failure.handle(new IllegalStateException("request body larger than " + limit + " bytes"));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        if (handler == null) {
            source.endHandler(null);
            return this;
        }
        source.endHandler(v -> {
            if (!exceeded) {
                onEnd.run();
                handler.handle(v);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
