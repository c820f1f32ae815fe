package org.cthub.store.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a source iterator and a stage applied to each of its elements on a thread of its own, a bounded number
 * of batches ahead of its consumer. An import reads, validates, splits and encrypts its records there while
 * the importing thread waits for the database, so on two cores it takes about as long as the slower half
 * instead of both. Memory stays bounded by the queue. Whatever the source or the stage throws is rethrown to
 * the consumer after the elements before it; {@link #close()} stops the source when the consumer gives up
 * early (a failed import), and returns only once the thread has ended.
 */
public final class ReadAhead<S, T> implements Iterator<T>, AutoCloseable {

    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 16;

    /** One element of the queue: a batch, the source's failure, or the end. */
    private record Chunk<T>(List<T> items, RuntimeException failure, boolean last) {
    }

    private final BlockingQueue<Chunk<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread producer;
    private volatile boolean cancelled;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean finished;

    /**
     * Starts reading ahead at once.
     *
     * @param stage applied to each element on the reading thread; use {@code x -> x} for none
     * @param name the thread's name, for diagnostics
     */
    public ReadAhead(Iterator<S> source, java.util.function.Function<S, T> stage, String name) {
        this.producer = Thread.ofPlatform().name(name).daemon().unstarted(() -> produce(source, stage));
        this.producer.start();
    }

    private void produce(Iterator<S> source, java.util.function.Function<S, T> stage) {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            while (!cancelled && source.hasNext()) {
                batch.add(stage.apply(source.next()));
                if (batch.size() == BATCH) {
                    put(new Chunk<>(batch, null, false));
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(new Chunk<>(batch, null, true));
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Reading the file failed", e);
            // What was read before the failure still reaches the consumer first, in order.
            put(new Chunk<>(batch, null, false));
            put(new Chunk<>(List.of(), failure, true));
        }
    }

    private void put(Chunk<T> chunk) {
        try {
            while (!cancelled && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // waiting for the consumer, or for close()
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !finished) {
            Chunk<T> chunk = take();
            if (chunk.failure() != null) {
                finished = true;
                throw chunk.failure();
            }
            current = chunk.items().iterator();
            finished = chunk.last();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Chunk<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the file", e);
        }
    }

    /** Stops reading ahead and waits for the reading thread to end; what was not consumed is dropped. */
    @Override
    public void close() {
        cancelled = true;
        queue.clear();
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
