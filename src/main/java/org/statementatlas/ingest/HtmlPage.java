package org.statementatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.statementatlas.graphql.error.BadUserInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a news page's HTML (jsoup): the metadata its publisher declares ({@code og:title}, {@code og:site_name},
 * {@code article:published_time}, canonical URL, JSON-LD {@code NewsArticle}) and its body as plain text, one line per
 * paragraph, for the text pipeline. The body is the {@code <article>} element, else the element holding the most
 * paragraph text; scripts, navigation, headers, footers, asides and forms are dropped first. Chrome left inside the
 * body is the text pipeline's to remove. Stateless and thread-safe.
 */
public final class HtmlPage {

    /** Largest accepted page, in UTF-8 bytes: pages carry far more markup than text. */
    public static final int MAX_HTML_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, time";

    /** What the page declares and its body text; any metadata field may be null. */
    public record Page(String text, String url, String headline, String siteName, LocalDate publishedOn) {
    }

    private HtmlPage() {
    }

    /** The request the text pipeline ingests: the caller's values first, then what the page declares. */
    public static IngestRequest toRequest(String html, String url, String headline, String outlet, LocalDate publishedOn,
            String language) {
        Page page = parse(html);
        return new IngestRequest(page.text(), blank(url) ? page.url() : url, blank(headline) ? page.headline() : headline,
                blank(outlet) ? page.siteName() : outlet, publishedOn == null ? page.publishedOn() : publishedOn,
                language);
    }

    public static Page parse(String html) {
        if (html == null || html.isBlank()) {
            throw new BadUserInputException("The HTML is empty.", "input.html");
        }
        if (html.length() > MAX_HTML_BYTES || html.getBytes(StandardCharsets.UTF_8).length > MAX_HTML_BYTES) {
            throw new BadUserInputException(
                    "The HTML is larger than " + (MAX_HTML_BYTES / 1024 / 1024) + " MB (UTF-8); send one page at a time.",
                    "input.html");
        }
        Document doc = Jsoup.parse(html);
        JsonNode article = newsArticle(doc);
        String headline = first(text(article, "headline"), meta(doc, "og:title"), doc.title());
        String siteName = first(meta(doc, "og:site_name"), text(article.path("publisher"), "name"));
        String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        LocalDate published = date(first(meta(doc, "article:published_time"), text(article, "datePublished"),
                attr(doc, "time[datetime]", "datetime")));

        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button").remove();
        Element articleElement = doc.selectFirst("article");
        Element body = articleElement != null ? articleElement : densest(doc);
        List<Element> blocks = body.select(BLOCKS);
        Set<Element> blockSet = Collections.newSetFromMap(new IdentityHashMap<>());
        blockSet.addAll(blocks);
        StringBuilder text = new StringBuilder();
        if (headline != null && !body.text().startsWith(headline)) {
            text.append(headline).append("\n\n");
        }
        for (Element block : blocks) {
            // Nested blocks (a <p> inside an <li>) are printed once, by the outer one.
            if (block.parents().stream().anyMatch(blockSet::contains)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append("\n\n");
            }
        }
        if (text.toString().isBlank()) {
            text.append(body.text());
        }
        return new Page(text.toString().strip() + "\n", url, headline, siteName, published);
    }

    /** The element whose own paragraphs hold the most text. */
    private static Element densest(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element candidate : doc.body().select("div, section, main, td")) {
            int length = candidate.children().stream().filter(c -> c.tagName().equals("p"))
                    .mapToInt(c -> c.text().length()).sum();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** The first JSON-LD object typed NewsArticle (or Article, ReportageNewsArticle), searching arrays and @graph. */
    private static JsonNode newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // A page's broken JSON-LD is its publisher's bug; the page is still read without it.
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        if (types.stream().anyMatch(t -> t.endsWith("Article"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    /** The date of an ISO timestamp or date; null when absent or unreadable. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() > 10 ? OffsetDateTime.parse(value.strip()).toLocalDate() : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException again) {
                return null;
            }
        }
    }

    private static String meta(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : nonBlank(meta.attr("content"));
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element element = doc.selectFirst(selector);
        return element == null ? null : nonBlank(element.attr(attribute));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? nonBlank(value.asText()) : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!blank(value)) {
                return value.strip();
            }
        }
        return null;
    }

    private static String nonBlank(String s) {
        return blank(s) ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
