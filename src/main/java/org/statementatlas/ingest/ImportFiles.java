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

/**
 * The files a bulk import reads: every {@code .txt} file under a directory, in path order, each one article. A first line
 * that is only an address ({@code https://...} or {@code URL: https://...}) is the article's URL and not part of its
 * text; without one, the article is keyed by its text.
 */
public final class ImportFiles {

    private static final Pattern URL_LINE = Pattern.compile("^\\s*(?:url\\s*:\\s*)?(https?://\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ImportFiles() {
    }

    /** The .txt files under {@code dir}, sorted; fails when {@code dir} is not a directory. */
    public static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
    }

    /** Reads one file as strict UTF-8 (a binary file fails here with a clear message) and splits off a URL line. */
    public static IngestRequest read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > IngestPipeline.MAX_TEXT_BYTES + 4096) {
            throw new IOException("larger than " + IngestPipeline.MAX_TEXT_BYTES / 1024 + " KB");
        }
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
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        Matcher url = URL_LINE.matcher(firstLine);
        if (url.matches()) {
            return new IngestRequest(firstBreak < 0 ? "" : text.substring(firstBreak + 1), url.group(1), null, null, null,
                    null);
        }
        return IngestRequest.of(text);
    }
}
