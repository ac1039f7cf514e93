import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a scale dataset as CSV files for bench/scale/load.sql: N generated statements with about S signatures in all,
 * and M articles with bodies, statement links, country mentions (with offsets) and one signatory-count claim each, over
 * the real countries of the bundled dataset. The same arguments always give the same bytes: SplittableRandom's
 * sequence is fixed by its seed, and nothing depends on the clock or the machine.
 * <p>
 * Run with the JDK's source launcher, from the project root:
 * {@code java bench/scale/ScaleData.java --statements 10000 --signatures 1000000 --articles 100000 --seed 1 --out DIR}
 */
public class ScaleData {

    private static final Pattern COUNTRY = Pattern.compile(
            "\"code\":\\s*\"([A-Z]{2})\",\\s*\"alpha3\":[^,]*,\\s*\"name\":\\s*\"([^\"]*)\"");
    private static final String[] TOPICS = {"ballistic missile transfers", "arms transfers", "sanctions evasion",
            "troop deployments", "nuclear tests", "cyber attacks", "maritime security", "satellite launches",
            "human rights", "forced labour", "ship-to-ship transfers", "the Panel of Experts"};
    private static final String[] PLACES = {"Washington", "Seoul", "Tokyo", "Brussels", "London", "Ottawa",
            "Canberra", "Paris", "Berlin", "New York", null, null};
    private static final String[] OUTLETS = {"Example Wire|wire.example", "The Daily Example|daily.example",
            "Example Herald|herald.example", "Example Post|post.example"};
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    record Country(String code, String name) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--statements", "10000", "--signatures", "1000000",
                "--articles", "100000", "--seed", "1", "--out", "target/scale"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        int statements = Integer.parseInt(options.get("--statements"));
        long signatures = Long.parseLong(options.get("--signatures"));
        int articles = Integer.parseInt(options.get("--articles"));
        long seed = Long.parseLong(options.get("--seed"));
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out);
        List<Country> countries = countries();
        new ScaleData(countries, new SplittableRandom(seed)).write(out, statements, signatures, articles);
    }

    /** The countries of the bundled dataset, in file order (ISO countries, then organisations such as the EU). */
    static List<Country> countries() throws IOException {
        List<Country> countries = new ArrayList<>();
        for (String file : List.of("countries.json", "organizations.json")) {
            Matcher m = COUNTRY.matcher(Files.readString(Path.of("src/main/resources/dataset", file)));
            while (m.find()) {
                countries.add(new Country(m.group(1), m.group(2)));
            }
        }
        return countries;
    }

    private final List<Country> countries;
    private final SplittableRandom random;

    ScaleData(List<Country> countries, SplittableRandom random) {
        this.countries = countries;
        this.random = random;
    }

    void write(Path out, int statementCount, long signatureTarget, int articleCount) throws IOException {
        double perStatement = Math.min(countries.size(), (double) signatureTarget / Math.max(1, statementCount));
        int[][] signers = new int[statementCount][];
        LocalDate[] issued = new LocalDate[statementCount];
        String[] topics = new String[statementCount];
        long written = 0;
        try (BufferedWriter st = csv(out, "statements.csv", "slug,title,kind,issued_on,issued_in,summary");
                BufferedWriter sig = csv(out, "signatures.csv", "slug,code,first_listed_on,disputed")) {
            for (int s = 0; s < statementCount; s++) {
                String slug = slug(s);
                topics[s] = TOPICS[random.nextInt(TOPICS.length)];
                issued[s] = EPOCH.plusDays(random.nextInt(9500));
                String place = PLACES[random.nextInt(PLACES.length)];
                row(st, slug, "Joint statement on " + topics[s] + " (" + (s + 1) + ")", "JOINT_STATEMENT",
                        issued[s].toString(), place, "Generated statement " + (s + 1) + " condemning " + topics[s] + ".");
                int low = (int) Math.max(1, Math.round(perStatement / 2));
                int high = (int) Math.min(countries.size(), Math.round(perStatement * 1.5));
                signers[s] = sample(low + random.nextInt(Math.max(1, high - low + 1)));
                for (int k = 0; k < signers[s].length; k++) {
                    // Most sign on the first list; some join within two weeks, as real lists grow.
                    LocalDate listed = k == 0 || random.nextInt(10) < 8 ? issued[s] : issued[s].plusDays(1 + random.nextInt(14));
                    row(sig, slug, countries.get(signers[s][k]).code(), listed.toString(),
                            random.nextInt(200) == 0 ? "TRUE" : "FALSE");
                }
                written += signers[s].length;
            }
        }
        try (BufferedWriter art = csv(out, "articles.csv",
                "url,headline,outlet_name,outlet_domain,published_on,text,content_hash");
                BufferedWriter link = csv(out, "links.csv", "url,slug,confidence");
                BufferedWriter men = csv(out, "mentions.csv", "url,code,mention_count");
                BufferedWriter span = csv(out, "spans.csv", "url,code,position,start_offset,end_offset");
                BufferedWriter claim = csv(out, "claims.csv", "url,slug,phrase,claimed_value,start_offset,end_offset")) {
            for (int a = 0; a < articleCount && statementCount > 0; a++) {
                int s = random.nextInt(statementCount);
                String url = "https://" + OUTLETS[a % OUTLETS.length].split("\\|")[1] + "/news/" + (a + 1);
                Article body = article(a, s, signers[s], topics[s]);
                String[] outlet = OUTLETS[a % OUTLETS.length].split("\\|");
                row(art, url, body.headline, outlet[0], outlet[1], issued[s].plusDays(random.nextInt(4)).toString(),
                        body.text, sha256(body.text));
                row(link, url, slug(s), "0.9");
                for (Map.Entry<String, List<int[]>> mention : body.mentions.entrySet()) {
                    row(men, url, mention.getKey(), Integer.toString(mention.getValue().size()));
                    for (int p = 0; p < mention.getValue().size(); p++) {
                        int[] at = mention.getValue().get(p);
                        row(span, url, mention.getKey(), Integer.toString(p), Integer.toString(at[0]), Integer.toString(at[1]));
                    }
                }
                row(claim, url, slug(s), body.claimPhrase, Integer.toString(signers[s].length),
                        Integer.toString(body.claimStart), Integer.toString(body.claimStart + body.claimPhrase.length()));
            }
        }
        System.out.printf("statements %d, signatures %d, articles %d -> %s%n", statementCount, written, articleCount, out);
    }

    record Article(String headline, String text, Map<String, List<int[]>> mentions, String claimPhrase, int claimStart) {
    }

    /** A short report naming some signatories, with the offsets of every name and of the count it claims. */
    private Article article(int a, int s, int[] signers, String topic) {
        // The report number keeps every text, and so every content hash, unique.
        StringBuilder text = new StringBuilder("Report ").append(a + 1).append(". ");
        Map<String, List<int[]>> mentions = new LinkedHashMap<>();
        String claimPhrase = signers.length + " countries";
        text.append("Foreign ministers of ");
        int claimStart = text.length();
        text.append(claimPhrase).append(" condemned ").append(topic).append(" in a joint statement. ");
        int named = Math.min(signers.length, 2 + random.nextInt(4));
        for (int i = 0; i < named; i++) {
            Country c = countries.get(signers[random.nextInt(signers.length)]);
            text.append(i % 2 == 0 ? "The statement was also signed by " : "Officials from ");
            int start = text.length();
            text.append(c.name());
            mentions.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(new int[]{start, text.length()});
            text.append(i % 2 == 0 ? ", diplomats said. " : " welcomed the move. ");
        }
        text.append("The text calls on all states to join it.");
        return new Article("Countries condemn " + topic + " (" + (s + 1) + ")", text.toString(), mentions, claimPhrase,
                claimStart);
    }

    /** k distinct country indexes (a partial Fisher-Yates shuffle). */
    private int[] sample(int k) {
        int[] all = new int[countries.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] picked = new int[k];
        System.arraycopy(all, 0, picked, 0, k);
        return picked;
    }

    private static String slug(int s) {
        return String.format("gen-%06d", s + 1);
    }

    private static BufferedWriter csv(Path out, String name, String header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8);
        writer.write(header);
        writer.write('\n');
        return writer;
    }

    /** One CSV row; every field quoted, quotes doubled, null as an empty unquoted field (H2's CSVREAD reads NULL). */
    private static void row(BufferedWriter writer, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            if (fields[i] != null) {
                writer.write('"');
                writer.write(fields[i].replace("\"", "\"\""));
                writer.write('"');
            }
        }
        writer.write('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
