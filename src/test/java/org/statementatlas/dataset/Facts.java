package org.statementatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The curated facts file, read independently of the loader so tests derive expectations from the source. */
public final class Facts {

    private static final JsonNode ROOT = read();

    private Facts() {
    }

    public static JsonNode root() {
        return ROOT;
    }

    /** Slugs of the statements whose signatory lists include the given code. */
    public static List<String> statementsSignedBy(String code) {
        List<String> slugs = new ArrayList<>();
        for (JsonNode statement : ROOT.get("statements")) {
            for (JsonNode version : statement.get("signatoryVersions")) {
                for (JsonNode added : version.get("added")) {
                    if (added.asText().equals(code)) {
                        slugs.add(statement.get("key").asText());
                    }
                }
            }
        }
        return slugs;
    }

    private static JsonNode read() {
        try (InputStream in = Facts.class.getResourceAsStream("/dataset/reference-facts.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
