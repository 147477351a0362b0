package org.lector.store.bench;

/** Runs {@link StoreBenchmark} from the test classpath until the CLI has a {@code bench} command. */
public final class RunStoreBenchmark {

    private RunStoreBenchmark() {
    }

    public static void main(String[] args) {
        StoreBenchmark.checkedRun(System.out, args);
    }
}
