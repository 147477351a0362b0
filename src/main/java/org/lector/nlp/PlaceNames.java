package org.lector.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places and nationalities the engine's gazetteers list (the ones the pipeline loads: CoreNLP's caseless and
 * cased lists and Lector's own place names), by lower-case name, for the repairs the CRF cannot make: a name it
 * never saw because damage glued a word to it ("Turkeywill" is Turkey, not a person). Read from the classpath on
 * first use, so only texts with such damage pay for it.
 */
final class PlaceNames {

    /** The fine-grained tags kept: what a place or a people is called. */
    private static final Set<String> KEPT = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION",
            "NATIONALITY");
    /** Rows whose name is a pattern, not a plain name, are skipped. */
    private static final Pattern PATTERN_CHARS = Pattern.compile("[\\[\\](){}*+?|^$\\\\]");

    private PlaceNames() {
    }

    /** The fine-grained tag of {@code name} (any case, words separated by single spaces), or null. */
    static String tagOf(String name) {
        return Holder.TAGS.get(name.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Map<String, String> TAGS = load();
    }

    private static Map<String, String> load() {
        Map<String, String> tags = new HashMap<>();
        for (String resource : new String[] {CoreNlpPipeline.CASELESS_GAZETTEER, CoreNlpPipeline.CASED_GAZETTEER,
                CoreNlpPipeline.PLACES_GAZETTEER}) {
            InputStream in = PlaceNames.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + resource + " on the classpath");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] cols = line.split("\t");
                    if (cols.length >= 2 && KEPT.contains(cols[1]) && !PATTERN_CHARS.matcher(cols[0]).find()) {
                        tags.putIfAbsent(cols[0].toLowerCase(Locale.ROOT), cols[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading gazetteer " + resource, e);
            }
        }
        return tags;
    }
}
