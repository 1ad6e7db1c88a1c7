package org.marsad.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array, but cancels the transfer and fails as soon as the body (or its
 * declared length) passes the limit, so a huge or endless response never fills the heap.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final long declaredLength;
    private final String feed;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long maxBytes, long declaredLength, String feed) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.feed = feed;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > maxBytes) {
            tooLarge("declares " + declaredLength + " bytes");
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (result.isDone()) {
                return;
            }
            if (body.size() + (long) buffer.remaining() > maxBytes) {
                tooLarge("passed " + maxBytes + " bytes");
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            body.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }

    private void tooLarge(String what) {
        subscription.cancel();
        result.completeExceptionally(new FeedFailedException(feed, "response body " + what
                + ", over the limit of " + maxBytes + " (marsad.feeds.max.bytes)"));
    }
}
