package org.statementatlas.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.statementatlas.pipeline.HtmlPage;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.IngestRequest;

/**
 * The files a bulk import reads: every {@code .txt}, {@code .html} and {@code .htm} file under a directory, in path
 * order, each one article. In a text file, a first line that is only an address ({@code https://...} or
 * {@code URL: https://...}) is the article's URL and not part of its text; without one, the article is keyed by its
 * text. An HTML file is a saved page: it goes through the same HTML reading as {@code ingestArticle(html:)}, which
 * takes the URL from the page's canonical link or {@code og:url}.
 */
public final class ImportFiles {

    /** One file's article: its text or its HTML (the other null), and the URL its text file named. */
    public record Article(String text, String html, String url) {

        /** The request for the text pipeline; HTML is read into text and metadata first. */
        public IngestRequest toRequest() {
            return html != null
                    ? HtmlPage.toRequest(html, url, null, null, null, null)
                    : new IngestRequest(text, url, null, null, null, null);
        }
    }

    private static final Pattern URL_LINE = Pattern.compile("^\\s*(?:url\\s*:\\s*)?(https?://\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ImportFiles() {
    }

    /** The .txt, .html and .htm files under {@code dir}, sorted; fails when {@code dir} is not a directory. */
    public static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> isText(p) || isHtml(p)).sorted().toList();
        }
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * Reads one file as strict UTF-8 (a binary file fails here with a clear message); splits off the URL line of a text
     * file.
     */
    public static Article read(Path file) throws IOException {
        boolean html = isHtml(file);
        int limit = html ? HtmlPage.MAX_HTML_BYTES : IngestPipeline.MAX_TEXT_BYTES + 4096;
        if (Files.size(file) > limit) {
            throw new IOException("larger than " + (html
                    ? HtmlPage.MAX_HTML_BYTES / 1024 / 1024 + " MB"
                    : IngestPipeline.MAX_TEXT_BYTES / 1024 + " KB"));
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (html) {
            return new Article(null, text, null);
        }
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        Matcher url = URL_LINE.matcher(firstLine);
        if (url.matches()) {
            return new Article(firstBreak < 0 ? "" : text.substring(firstBreak + 1), null, url.group(1));
        }
        return new Article(text, null, null);
    }
}
