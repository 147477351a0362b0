package org.lector.ui.common;

/** Loads and saves {@link UiSettings}; implemented where the application decides where settings live. */
public interface SettingsRepository {

    /** The saved settings, or defaults when there are none or they cannot be read. Never throws. */
    UiSettings load();

    /** Saves the settings; failures are logged, never thrown at the user. */
    void save(UiSettings settings);

    /** Writes any save still waiting, before the application ends. */
    default void flush() {
    }

    /** Keeps settings in memory only, for tests. */
    static SettingsRepository inMemory(UiSettings initial) {
        return new SettingsRepository() {
            private UiSettings current = initial;

            @Override
            public UiSettings load() {
                return current;
            }

            @Override
            public void save(UiSettings settings) {
                current = settings;
            }
        };
    }
}
