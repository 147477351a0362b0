package org.lector.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** An executor that only queues: the test runs each task when it chooses, on its own thread, in any order. */
public final class ManualExecutor extends AbstractExecutorService {

    private final List<Runnable> tasks = new ArrayList<>();

    /** Runs the {@code index}-th task submitted (from 0). */
    public void runTask(int index) {
        tasks.get(index).run();
    }

    /** How many tasks were submitted so far. */
    public int submitted() {
        return tasks.size();
    }

    @Override
    public void execute(Runnable command) {
        tasks.add(command);
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
