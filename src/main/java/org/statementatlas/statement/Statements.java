package org.statementatlas.statement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.statementatlas.changelog.Edits;

/** Lookups and snapshots that the statement writes share. */
final class Statements {

    /** Lower-case words of letters and digits joined by single hyphens. */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_RULE = "must be lower-case letters and digits in words joined by hyphens";
    /** Null passes (the field is optional); a value must have a non-space character. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private Statements() {
    }

    /** What statement writes edit. */
    static final Edits.Target<Statement> STATEMENTS = new Edits.Target<>(Statement.class, Statement.TYPE, "statement");

    /** The read model of a statement as a write leaves it (the write path holds the entity already). */
    static StatementView view(Statement s) {
        return new StatementView(s.id, s.slug, s.title, s.kind, s.issuedOn, s.issuedIn, s.signerRole, s.summary, s.text,
                s.version);
    }

    /** The statement's own fields, for the change log. */
    static Map<String, Object> snapshot(Statement s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("slug", s.slug);
        map.put("title", s.title);
        map.put("kind", s.kind);
        map.put("issuedOn", s.issuedOn);
        map.put("issuedIn", s.issuedIn);
        map.put("summary", s.summary);
        map.put("version", s.version);
        return map;
    }

    static Map<String, Object> snapshot(Signature g) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("country", g.country.code);
        map.put("firstListedOn", g.firstListedOn);
        map.put("signerTitle", g.signerTitle);
        map.put("disputed", g.disputed);
        map.put("sourceUrl", g.sourceUrl);
        map.put("note", g.note);
        return map;
    }
}
