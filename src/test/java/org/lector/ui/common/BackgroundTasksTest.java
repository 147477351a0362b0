package org.lector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    @Test
    void workAskedForAfterCloseIsDroppedWithACancelledHandleInsteadOfThrowing() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        BackgroundTasks tasks = new BackgroundTasks(pool, Runnable::run);
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean told = new AtomicBoolean();

        BackgroundTasks.Handle handle = tasks.submit(progress -> {
            ran.set(true);
            return "done";
        }, result -> told.set(true), error -> told.set(true));

        assertThat(handle.isCancelled()).isTrue();
        assertThat(ran).isFalse();
        assertThat(told).isFalse();
    }

    @Test
    void workGivenToASerialLaneAfterCloseIsDroppedInsteadOfThrowing() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        BackgroundTasks tasks = new BackgroundTasks(pool, Runnable::run);
        java.util.concurrent.Executor lane = tasks.serial();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();

        lane.execute(() -> ran.set(true));

        assertThat(ran).isFalse();
    }

    @Test
    void workAskedForBeforeCloseRunsAndIsTold() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (BackgroundTasks tasks = new BackgroundTasks(pool, Runnable::run)) {
            CompletableFuture<String> told = new CompletableFuture<>();
            BackgroundTasks.Handle handle = tasks.submit(progress -> "done", told::complete,
                    told::completeExceptionally);
            assertThat(told.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(handle.isCancelled()).isFalse();
        }
    }
}
