package org.statementatlas.explorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.digest.DigestUtils;
import org.statementatlas.net.EntityTags;

/**
 * The explorer's files (resources under {@code explorer/}), read once at start, each kept as it is and gzipped.
 * <p>
 * Every file but the page is served under {@code /assets/<version>/}, where the version is a hash of all the files'
 * contents: a changed file gives a new version, so browsers may keep a versioned file forever, and a page that
 * names the new version never meets a stale script. Relative imports between the modules stay inside one version
 * without rewriting them. The page itself ({@code index.html}, whose {@code {assets}} placeholders become the
 * versioned prefix) is revalidated on every load against its ETag.
 */
@ApplicationScoped
class ExplorerAssets {

    static final String ROOT = "explorer";
    /** Where the versioned files are served. */
    static final String PREFIX = "/assets/";

    /** One file: its bytes as they are, gzipped, its media type and a strong ETag. */
    record Asset(byte[] raw, byte[] gzip, String contentType, String etag) {

        static Asset of(byte[] raw, String contentType) {
            return new Asset(raw, ExplorerAssets.gzip(raw), contentType,
                    EntityTags.of(raw));
        }
    }

    /** The hash of every file's path and contents: the path segment after {@code /assets/}. */
    private final String version;
    private final Map<String, Asset> files;
    private final Asset page;

    ExplorerAssets() {
        Map<String, byte[]> tree = readTree();
        MessageDigest digest = DigestUtils.getSha256Digest();
        tree.forEach((path, bytes) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
        });
        this.version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        byte[] html = tree.remove("index.html");
        if (html == null) {
            throw new IllegalStateException("Missing " + ROOT + "/index.html");
        }
        String rendered = new String(html, StandardCharsets.UTF_8).replace("{assets}", PREFIX + version);
        this.page = Asset.of(rendered.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        Map<String, Asset> assets = new TreeMap<>();
        tree.forEach((path, bytes) -> assets.put(path, Asset.of(bytes, contentType(path))));
        this.files = Map.copyOf(assets);
    }

    /** The explorer's HTML page, the same for every one of its URLs. */
    Asset page() {
        return page;
    }

    /** The file at a path under {@code /assets/}, if it is one of this version's (for example "app/main.js"). */
    Optional<Asset> file(String version, String path) {
        return this.version.equals(version) ? Optional.ofNullable(files.get(path)) : Optional.empty();
    }

    private static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return switch (extension) {
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }

    /**
     * Reads every file under {@link #ROOT}, keyed by its path below it. The classpath holds them as files (tests, dev
     * mode), in a jar (the packaged app) or as native-image resources; the last two are read through a file system
     * opened on the resource's URI.
     */
    private static Map<String, byte[]> readTree() {
        URL marker = Thread.currentThread().getContextClassLoader().getResource(ROOT + "/index.html");
        if (marker == null) {
            throw new IllegalStateException("Missing " + ROOT + "/index.html");
        }
        try {
            URI uri = marker.toURI();
            if ("file".equals(uri.getScheme())) {
                return readTree(Path.of(uri).getParent());
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return readTree(fs.provider().getPath(uri).getParent());
            } catch (FileSystemAlreadyExistsException e) {
                return readTree(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                tree.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return tree;
    }

    private static byte[] gzip(byte[] raw) {
        var out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out) {

            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
