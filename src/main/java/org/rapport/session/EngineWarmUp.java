package org.rapport.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rapport.rubric.RubricEngine;

/**
 * The engine's first score, made in the background while the client's opening is on screen: the
 * trainee reads and types meanwhile, and the first reply is scored without waiting for the model.
 */
final class EngineWarmUp {

    /** Nothing to wait for. */
    static final EngineWarmUp DONE = new EngineWarmUp(CompletableFuture.completedFuture(null));

    /** A reply waits for an unfinished warm-up this long at most, then is scored regardless. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final CompletableFuture<Void> done;

    private EngineWarmUp(CompletableFuture<Void> done) {
        this.done = done;
    }

    /** Starts warming {@code engine} up on a daemon thread, which never keeps the program from exiting. */
    static EngineWarmUp start(RubricEngine engine) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                engine.warmUp();
                done.complete(null);
            } catch (Throwable e) {
                // the reply's own score meets the same failure and reports it
                done.completeExceptionally(e);
            }
        }, "engine-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return new EngineWarmUp(done);
    }

    /**
     * Runs {@code work} on a daemon thread once this warm-up is over (whether or not it failed): the reading
     * ahead of each client line, which needs the model loaded first.
     */
    EngineWarmUp then(Runnable work, String name) {
        java.util.concurrent.Executor daemon = task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        };
        return new EngineWarmUp(done.handle((v, e) -> null).thenRunAsync(work, daemon));
    }

    /** Waits until the warm-up is over, or {@code most} has passed; true when it is over. */
    boolean awaitAtMost(Duration most) {
        try {
            done.get(most.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isDone() {
        return done.isDone();
    }
}
