package org.lector.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lector.model.AnchorSelector;
import org.lector.model.Reanchor;
import org.lector.model.Repair;
import org.lector.model.RepairKind;
import org.lector.model.Span;

/**
 * Repairs applied to a text as a version of it is made, and taken back: the texts one repair at a time, the
 * re-anchoring through them, and the repairs as the version row keeps them.
 */
final class TextRepairs {

    private TextRepairs() {
    }

    /**
     * {@code text}, then {@code text} after each of {@code repairs} in turn, the rightmost first, so each step changes
     * one region and leaves the offsets of the repairs still to apply as they were.
     */
    static List<String> steps(String text, List<Repair> repairs) {
        List<Repair> fromTheRight = new ArrayList<>(repairs);
        fromTheRight.sort(Comparator.comparingInt(Repair::start).reversed());
        List<String> texts = new ArrayList<>(repairs.size() + 1);
        texts.add(text);
        String at = text;
        int limit = Integer.MAX_VALUE;
        for (Repair r : fromTheRight) {
            if (r.end() > limit || r.end() > at.length() || !at.startsWith(r.text(), r.start())) {
                throw new IllegalArgumentException("the repair of \"" + r.text() + "\" at " + r.span()
                        + " does not fit the text or overlaps another");
            }
            at = r.applyTo(at);
            texts.add(at);
            limit = r.start();
        }
        return texts;
    }

    /**
     * The repairs that take {@code applied} back: on the repaired text, each replacement turned back into the text it
     * replaced.
     */
    static List<Repair> inverse(List<Repair> applied) {
        List<Repair> inOrder = new ArrayList<>(applied);
        inOrder.sort(Comparator.comparingInt(Repair::start));
        List<Repair> out = new ArrayList<>(inOrder.size());
        int shift = 0;
        for (Repair r : inOrder) {
            int start = r.start() + shift;
            out.add(new Repair(new Span(start, start + r.replacement().length()), r.replacement(), r.text(), r.kind()));
            shift += r.replacement().length() - r.text().length();
        }
        return out;
    }

    /**
     * Re-anchoring from the first of {@code texts} to the last through each step: a passage outside every repaired
     * region keeps its place exactly, one a repair touched is found by its quote selector as a changed file would
     * find it. The method reported is the least sure of the steps'.
     */
    static RecordMover.Locator locator(List<String> texts) {
        List<Reanchor> steps = new ArrayList<>(texts.size() - 1);
        for (int i = 1; i < texts.size(); i++) {
            steps.add(new Reanchor(texts.get(i - 1), texts.get(i)));
        }
        return (selector, oldSpan) -> {
            AnchorSelector sel = selector;
            Span at = oldSpan;
            Reanchor.Method worst = Reanchor.Method.POSITION;
            double score = 1;
            for (int i = 0; i < steps.size(); i++) {
                Reanchor.Result r = steps.get(i).locate(sel, at);
                if (r.isOrphan()) {
                    return r;
                }
                if (r.method().compareTo(worst) > 0) {
                    worst = r.method();
                }
                score = Math.min(score, r.score());
                at = r.span();
                sel = AnchorSelector.of(texts.get(i + 1), at);
            }
            return new Reanchor.Result(worst, at, score);
        };
    }

    /** The title after the repairs: a title that was the text's first line is the new first line. */
    static String title(String title, String oldText, String newText) {
        String oldFirst = firstLine(oldText);
        String newFirst = firstLine(newText);
        return title.strip().equals(oldFirst) && !newFirst.isEmpty() ? newFirst : title;
    }

    private static String firstLine(String text) {
        String stripped = text.stripLeading();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    static String toJson(List<Repair> repairs) {
        ArrayNode out = AnalysisJson.MAPPER.createArrayNode();
        for (Repair r : repairs) {
            ObjectNode n = out.addObject();
            n.put("start", r.start());
            n.put("end", r.end());
            n.put("text", r.text());
            n.put("replacement", r.replacement());
            n.put("kind", r.kind().id());
        }
        return out.toString();
    }

    static List<Repair> fromJson(String json) {
        List<Repair> out = new ArrayList<>();
        for (JsonNode n : AnalysisJson.parse(json)) {
            out.add(new Repair(new Span(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText(),
                    n.get("replacement").asText(), RepairKind.fromId(n.get("kind").asText())));
        }
        return out;
    }
}
