package org.lector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.lector.export.FactJson;
import org.lector.library.Carryover;
import org.lector.library.ClaimGroup;
import org.lector.library.Dossier;
import org.lector.library.Person;
import org.lector.library.TextChange;
import org.lector.model.ArticleRef;
import org.lector.model.EntityType;
import org.lector.model.Fact;
import org.lector.model.Quote;
import org.lector.model.Span;

/** The JSON of the views across the library, for {@code people}, {@code claims}, {@code versions} and analyze. */
final class ViewsJson {

    private ViewsJson() {
    }

    static ObjectNode person(Person p) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("key", p.key());
        o.put("name", p.name());
        o.put("type", p.type() == EntityType.PERSON ? "person" : "organisation");
        o.put("quotes", p.quotes());
        o.put("articles", p.articles());
        o.put("lastSeen", p.lastSeen() == null ? null : p.lastSeen().toString());
        ArrayNode variants = o.putArray("variants");
        p.variants().forEach(variants::add);
        return o;
    }

    static ObjectNode article(ArticleRef a) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("documentId", a.documentId());
        o.put("versionId", a.versionId());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("date", a.date() == null ? null : a.date().toString());
        return o;
    }

    static ObjectNode dossier(Dossier d) {
        ObjectNode o = person(d.person());
        ArrayNode roles = o.putArray("roles");
        for (Dossier.Counted r : d.roles()) {
            roles.addObject().put("role", r.text()).put("articles", r.articles());
        }
        ArrayNode quotes = o.putArray("quoted");
        for (Dossier.PersonQuote pq : d.quotes()) {
            Quote q = pq.quote();
            ObjectNode n = quotes.addObject();
            n.set("article", article(pq.article()));
            span(n, q.span());
            n.put("text", q.text());
            n.put("kind", q.kind().id());
            n.put("cue", q.cueText());
        }
        ArrayNode articles = o.putArray("appearances");
        for (Dossier.Appearance a : d.appearances()) {
            ObjectNode n = articles.addObject();
            n.set("article", article(a.article()));
            n.put("mentions", a.mentions());
            n.put("quotes", a.quotes());
            ArrayNode r = n.putArray("roles");
            a.roles().forEach(r::add);
        }
        ArrayNode companions = o.putArray("appearsWith");
        for (Dossier.Companion c : d.companions()) {
            companions.addObject().put("key", c.person().key()).put("name", c.person().name())
                    .put("articles", c.articles());
        }
        return o;
    }

    static ObjectNode group(ClaimGroup g) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("key", g.key());
        o.put("subject", g.subject());
        o.put("predicate", g.predicate());
        o.put("articles", g.articles());
        o.put("disputed", g.disputed());
        ArrayNode claims = o.putArray("claims");
        for (var c : g.claims()) {
            claims.add(claim(c.article(), c.fact()));
        }
        ArrayNode disagreements = o.putArray("disagreements");
        for (ClaimGroup.Disagreement d : g.disagreements()) {
            ObjectNode n = disagreements.addObject();
            n.put("kind", d.kind() == ClaimGroup.Disagreement.Kind.QUANTITY ? "quantity" : "date");
            n.set("first", claim(d.first().article(), d.first().fact()).put("says", d.says()));
            n.set("second", claim(d.second().article(), d.second().fact()).put("says", d.other()));
        }
        return o;
    }

    private static ObjectNode claim(ArticleRef article, Fact f) {
        ObjectNode n = AnalysisJson.mapper().createObjectNode();
        n.set("article", article(article));
        n.put("fact", f.id());
        span(n, f.span());
        n.put("text", f.text());
        n.put("object", f.object());
        FactJson.putQuantitiesAndTime(n, f, "quantities", "time");
        n.put("status", f.status().id());
        return n;
    }

    static ArrayNode changes(List<TextChange> changes) {
        ArrayNode a = AnalysisJson.mapper().createArrayNode();
        for (TextChange c : changes) {
            ObjectNode n = a.addObject();
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("kind", c.kind().id());
            n.put("before", c.before());
            n.put("after", c.after());
        }
        return a;
    }

    static ObjectNode carryover(Carryover c) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.set("changes", changes(c.changes()));
        int[] counts = c.counts();
        o.putObject("annotations").put("carried", counts[Carryover.Status.CARRIED.ordinal()])
                .put("changed", counts[Carryover.Status.CHANGED.ordinal()])
                .put("orphaned", counts[Carryover.Status.ORPHAN.ordinal()]);
        ArrayNode moved = o.putArray("notCarried");
        for (Carryover.Carried a : c.carried()) {
            if (a.status() == Carryover.Status.CARRIED) {
                continue;
            }
            ObjectNode n = moved.addObject();
            n.put("kind", a.kind().id());
            n.put("id", a.id());
            n.put("status", a.status() == Carryover.Status.CHANGED ? "changed" : "orphan");
            n.put("text", a.text());
            if (a.newSpan() != null) {
                span(n, a.newSpan());
            }
        }
        ArrayNode flagged = o.putArray("flagged");
        for (Carryover.Flagged f : c.flagged()) {
            ObjectNode n = flagged.addObject();
            n.put("kind", f.kind().id());
            n.put("id", f.id());
            span(n, f.span());
            n.put("text", f.text());
            n.set("changes", changes(f.changes()));
        }
        return o;
    }

    private static void span(ObjectNode o, Span s) {
        o.put("start", s.start());
        o.put("end", s.end());
    }
}
