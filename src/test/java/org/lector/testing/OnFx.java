package org.lector.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads of JavaFX state for tests, made on the FX thread that changes it: read from the test thread, a text area
 * in the middle of a restyle or a replace can come back half-set.
 */
public final class OnFx {

    private OnFx() {
    }

    /** {@code read}'s value, computed on the FX thread. */
    public static <T> T get(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
    }

    /** Waits up to 20 s for {@code condition}, asked on the FX thread, then for pending FX events. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx((Callable<Boolean>) condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
