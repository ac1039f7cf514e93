package org.statementatlas.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.statementatlas.graphql.error.BadUserInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.dankito.readability4j.Readability4J;

/**
 * Reads a news page's HTML (jsoup): the metadata its publisher declares ({@code og:title}, {@code og:site_name},
 * {@code article:published_time}, canonical URL, JSON-LD {@code NewsArticle}) and its body as plain text, one line per
 * block, for the text pipeline. Scripts, navigation, headers, footers, asides and forms (by element or ARIA role) are
 * dropped first; the body is then what Readability (readability4j) keeps by link and text density, position and class
 * names. Chrome left inside the body is the text pipeline's to remove. Stateless and thread-safe.
 */
public final class HtmlPage {

    /** Largest accepted page, in UTF-8 bytes: pages carry far more markup than text. */
    public static final int MAX_HTML_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_URL = "https://page.invalid/";
    /** Elements that start a line of text of their own, besides those jsoup knows as blocks. */
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, pre, figcaption, td, th, time";
    /** Markup whose content is not text a reader sees. */
    private static final String NOT_TEXT = "script, style, noscript, template";
    /** Besides that, controls and the page regions (by element or ARIA role) that never hold the article. */
    private static final String DROPPED = NOT_TEXT + ", iframe, svg, button, select, textarea, nav,"
            + " header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=search], [hidden], [aria-hidden=true]";

    /**
     * What the page declares and its body text; any metadata field may be null. {@code publishedAt} is set when the page
     * declares the time and its offset, not only the day.
     */
    public record Page(String text, String url, String headline, String siteName, LocalDate publishedOn,
            OffsetDateTime publishedAt) {
    }

    private HtmlPage() {
    }

    /** The request the text pipeline ingests: the caller's values first, then what the page declares. */
    public static IngestRequest toRequest(String html, String url, String headline, String outlet, LocalDate publishedOn,
            String language) {
        Page page = parse(html);
        return new IngestRequest(page.text(), blank(url) ? page.url() : url, blank(headline) ? page.headline() : headline,
                blank(outlet) ? page.siteName() : outlet, publishedOn == null ? page.publishedOn() : publishedOn,
                language, publishedOn == null ? page.publishedAt() : null);
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
        String declared = first(meta(doc, "article:published_time"), text(article, "datePublished"),
                attr(doc, "time[datetime]", "datetime"));

        doc.select(DROPPED).remove();
        Element body = articleBody(doc, url);
        // Blocks that are mostly link text are teasers and menus, wherever they sit (boilerpipe's link density).
        body.select(BLOCKS + ", div, section").stream().filter(e -> e != body && mostlyLinks(e)).forEach(Element::remove);
        StringBuilder text = new StringBuilder();
        List<String> lines = lines(body);
        if (headline != null && (lines.isEmpty() || !lines.get(0).startsWith(headline))) {
            text.append(headline).append("\n\n");
        }
        lines.forEach(line -> text.append(line).append("\n\n"));
        return new Page(text.toString().strip() + "\n", url, headline, siteName, date(declared), timestamp(declared));
    }

    /**
     * The article's content as Readability finds it (text and link density, commas, class names, position), or, when it
     * finds none, the {@code <article>} element or else the element whose own paragraphs hold the most text.
     */
    private static Element articleBody(Document doc, String url) {
        Document copy = doc.clone();
        try {
            // Readability resolves relative links against the page's address; a page without one gets a placeholder.
            Element content = new Readability4J(url == null ? NO_URL : url, copy).parse().getArticleContent();
            if (content != null && !lines(content).isEmpty()) {
                return content;
            }
        } catch (RuntimeException e) {
            // Readability gives up on some malformed pages; the fallback below still reads them.
        }
        Element article = doc.selectFirst("article");
        return article != null ? article : densest(doc);
    }

    /**
     * The text of an element as lines, one per block: a block element with no blocks inside is one line; text beside
     * blocks, or between {@code <br>}s, is a line of its own. Whitespace inside a line is collapsed.
     */
    public static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(root, lines, line);
        flush(lines, line);
        return lines;
    }

    private static void collect(Element element, List<String> lines, StringBuilder line) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                line.append(textNode.getWholeText());
            } else if (child instanceof Element e && !e.is(NOT_TEXT)) {
                if (e.is("br")) {
                    flush(lines, line);
                } else if (e.isBlock() || e.is(BLOCKS)) {
                    flush(lines, line);
                    collect(e, lines, line);
                    flush(lines, line);
                } else {
                    collect(e, lines, line);
                }
            }
        }
    }

    private static void flush(List<String> lines, StringBuilder line) {
        String text = line.toString().replaceAll("[\\s\u00A0]+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    private static boolean mostlyLinks(Element block) {
        int length = block.text().length();
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return length > 0 && linked * 2 >= length;
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

    /** The instant of an ISO timestamp with its offset; null for a bare date, a time without offset, or none. */
    static OffsetDateTime timestamp(String value) {
        if (value == null || value.strip().length() <= 10) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
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
