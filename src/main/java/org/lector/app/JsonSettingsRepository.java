package org.lector.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lector.ui.common.SettingsRepository;
import org.lector.ui.common.UiSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings in a JSON file. Saves write a temporary file and move it into place, so a crash mid-save leaves the
 * old settings rather than half a file; a file that cannot be read gives defaults and a log line, never an error.
 */
public final class JsonSettingsRepository implements SettingsRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsRepository.class);

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public JsonSettingsRepository(Path file) {
        this.file = file;
    }

    @Override
    public UiSettings load() {
        if (!Files.isRegularFile(file)) {
            return new UiSettings();
        }
        try {
            UiSettings s = mapper.readValue(file.toFile(), UiSettings.class);
            return s == null ? new UiSettings() : s;
        } catch (IOException e) {
            LOG.warn("settings file {} could not be read, using defaults: {}", file, e.getMessage());
            return new UiSettings();
        }
    }

    @Override
    public void save(UiSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                mapper.writeValue(tmp.toFile(), settings);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.warn("settings could not be saved to {}: {}", file, e.getMessage());
        }
    }
}
