package org.lector.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The streaming under {@link WebAnnotationReader} (decision 0017): a file of annotations is read one element of each
 * long list (the items, the entities, the rejections) at a time, and each element becomes a tree of a bounded number
 * of values, so that no file, however it is made, holds more than a bounded part of the heap at once. A {@link Pass}
 * says what to keep of each element; the reader makes two, the head and then the records.
 */
final class AnnotationStream {
    static final String OA = "http://www.w3.org/ns/oa#";
    /** The most JSON values one annotation (or one entity, or the file's head) may have; Lector's have about 40. */
    static final int MAX_NODES = 20_000;
    /** Strings (a note, a quote's text) of up to 10 M characters; nesting no deeper than any annotation needs. */
    static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
            .builder().maxStringLength(10_000_000).maxNestingDepth(64).build()).build();

    /** Opens the file's text again for each pass. */
    interface Input {
        Reader open() throws ImportException;
    }

    private AnnotationStream() {
    }

    /** What a pass does with each element of the lists a file may make long; by default it skips them. */
    abstract static class Pass {
        boolean array;

        /** An element of the root array: an annotation, if it says it is one. */
        final void arrayElement(JsonParser p) throws IOException, ImportException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            JsonNode n = element(p, "an entry of the array");
            if (isA(n, "Annotation")) {
                arrayAnnotation(n);
            }
        }

        void arrayAnnotation(JsonNode annotation) throws ImportException {
        }

        /** An element of the root's {@code items} ({@code first} false) or of its first page's. */
        void item(JsonParser p, boolean first) throws IOException, ImportException {
            p.skipChildren();
        }

        void cluster(JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }

        void rejected(JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }

        /** Whether the pass has what it needs once it reaches the items. */
        boolean doneBeforeItems() {
            return false;
        }

        /** A field of the root this pass keeps: the head (small, bounded) on the first pass. */
        void headField(String name, JsonParser p) throws IOException, ImportException {
            p.skipChildren();
        }
    }

    /** Reads {@code in} through {@code pass}, one element of each long list at a time. */
    static void walk(Input in, Path file, Pass pass) throws ImportException {
        try (Reader reader = in.open(); JsonParser p = JSON.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                pass.array = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    pass.arrayElement(p);
                }
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ImportException("not a Web Annotation file (neither a JSON object nor an array)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("items") || name.equals("first") && v == JsonToken.START_OBJECT)
                        && pass.doneBeforeItems()) {
                    return;
                }
                switch (name) {
                    case "items" -> elements(p, v, q -> pass.item(q, false));
                    case "first" -> {
                        if (v == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                JsonToken pv = p.nextToken();
                                if (p.currentName().equals("items")) {
                                    elements(p, pv, q -> pass.item(q, true));
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            pass.headField(name, p);
                        }
                    }
                    case "lector:clusters" -> elements(p, v, pass::cluster);
                    case "lector:rejected" -> elements(p, v, pass::rejected);
                    case "@context" -> p.skipChildren();
                    default -> pass.headField(name, p);
                }
            }
        } catch (StreamConstraintsException e) {
            throw new ImportException((file == null ? "the file" : file.toString()) + " holds a value larger than "
                    + "any annotation has (a text of over 10,000,000 characters, or values nested over 64 deep)", e);
        } catch (JsonProcessingException e) {
            throw new ImportException("not JSON: " + e.getOriginalMessage(), e);
        } catch (CharacterCodingException e) {
            throw ImportFile.notUtf8(file, "annotation", e);
        } catch (IOException e) {
            throw ImportFile.unreadable(file, e);
        }
    }

    private interface Element {
        void accept(JsonParser p) throws IOException, ImportException;
    }

    private static void elements(JsonParser p, JsonToken start, Element each) throws IOException, ImportException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            each.accept(p);
        }
    }

    /**
     * The value at the parser as a tree, of at most {@code budget[0]} values (counted down), so that no single
     * annotation, however the file is made, takes more than a bounded part of the heap.
     */
    static JsonNode tree(JsonParser p, int[] budget, String what) throws IOException, ImportException {
        if (--budget[0] < 0) {
            throw new ImportException(what + " is larger than any annotation (more than "
                    + String.format(Locale.ROOT, "%,d", MAX_NODES) + " values); nothing was imported");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, tree(p, budget, what));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(tree(p, budget, what));
                }
                yield a;
            }
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> f.numberNode(p.getIntValue());
                case LONG -> f.numberNode(p.getLongValue());
                default -> f.numberNode(p.getBigIntegerValue());
            };
            // exact, as written: a quantity's value comes back as it went out
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> f.booleanNode(true);
            case VALUE_FALSE -> f.booleanNode(false);
            default -> f.nullNode();
        };
    }

    static JsonNode element(JsonParser p, String what) throws IOException, ImportException {
        return tree(p, new int[] {MAX_NODES}, what);
    }

    /** Whether {@code n}'s type (compacted, prefixed or expanded, one or several) is {@code type}. */
    static boolean isA(JsonNode n, String type) {
        JsonNode t = n.has("type") ? n.get("type") : n.path("@type");
        List<String> types = new ArrayList<>();
        if (t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        } else if (t.isTextual()) {
            types.add(t.asText());
        }
        return types.stream().anyMatch(x -> x.equals(type) || x.equals("oa:" + type) || x.equals(OA + type)
                || x.equals("as:" + type) || x.equals("http://www.w3.org/ns/activitystreams#" + type));
    }
}
