package org.statementatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that {@link SiteChromeStripper} keeps article bodies and drops site chrome, on real and hand-written layouts.
 * Over 300 lines on purpose: one case per layout seen on a real site.
 */
class SiteChromeStripperTest {

    private static final SiteChromeStripper STRIPPER = new SiteChromeStripper();

    /** Chrome seen on the bundled news sites; none of it may survive in any cleaned article. */
    private static final List<String> BUNDLED_CHROME = List.of("Support Us", "Support UP", "patron", "Advertisement",
            "Read also",
            "Related Articles", "Other Topics of Interest", "Comments (", "Ctrl + Enter", "\u00a9", "All rights reserved",
            "Extended search", "By period", "Getty Images", "Stock photo", "Home Awareness", "Trumptard destroyer",
            "Comrade Jack",
            "This comment contains spoilers", "Zelensky impatient to receive the Mirage 2000",
            "Judge Ulrich Xavier Ovono Ondoua",
            "Syrsky Admits", "The Ukrainian Armed Forces chief assured", "To suggest a correction", "highlight the text",
            "While citing and using any materials", "Wednesday, 10 January 2024", "Friday, 5 January 2024");

    /** An article resource with its hand-written first and last body sentences and chrome that must be gone. */
    record Case(String resource, String first, String last, List<String> chrome) {

        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<Case> bundledArticles() {
        return Stream.of(
                new Case("/dataset/articles/000_ac203d616922ef85.txt",
                        "The foreign ministers of 47 countries have condemned North Korea's supply of ballistic missiles to Russia"
                                + " in a joint statement.",
                        "It was reported that the United States is preparing additional sanctions against those involved in the"
                                + " provision of military aid to Russia from North Korea and Iran, including ballistic missiles.",
                        BUNDLED_CHROME),
                new Case("/dataset/articles/001_e496a8bf6516ed57.txt",
                        "We condemn in the strongest possible terms North Korea\u2019s export and Russian acquisition of ballistic"
                                + " missiles from North Korea, as well as Russia\u2019s use of these missiles against Ukraine on"
                                + " December 30 2023 and January 2, 2024.",
                        "We also ask North Korea to respond favorably to the numerous and sincere proposals made to it to return to"
                                + " diplomacy, the only solution to achieve lasting peace on the Korean peninsula.",
                        BUNDLED_CHROME),
                new Case("/dataset/articles/002_34d9f876f1976b22.txt",
                        "The UK has condemned Russia's decision to use ballistic missiles obtained from North Korea in recent"
                                + " attacks on Ukraine.",
                        "In December, Russia and Iran signed a joint declaration on\u00a0working together to counter Western"
                                + " sanctions\u00a0imposed on both countries.",
                        BUNDLED_CHROME),
                new Case("/dataset/articles/003_0d33d92b3b156293.txt",
                        "Nearly 50 countries joined the United States on Tuesday in condemning North Korea's alleged transfer of"
                                + " missiles to Russia, demanding an immediate end to the cooperation.",
                        "Other signatories include Israel, which has been cautious in its statements on Russia \u2013 heavily"
                                + " involved in neighboring Syria \u2013 but also has counted on US support in its three-month"
                                + " military campaign in Gaza in response to a Hamas attack.",
                        BUNDLED_CHROME),
                new Case("/dataset/articles/004_c7f105b3da0fbea6.txt",
                        "Ten nations and the European Union jointly condemned the illegal military cooperation between Russia and"
                                + " the DPRK.",
                        "U.S. intelligence has officially confirmed the transfer of at least 3 million artillery rounds and dozens"
                                + " of ballistic missiles from North Korea to Russia. Fragments of North Korean munitions have"
                                + " already been found in several locations across Ukraine hit by Russian strikes.",
                        BUNDLED_CHROME));
    }

    static Stream<Case> ownLayouts() {
        return Stream.of(
                new Case("/ingest/wire_reuters.txt",
                        "WASHINGTON, Jan 9 (Reuters) - The United States and 47 other countries on Tuesday condemned North"
                                + " Korea's transfer of ballistic missiles to Russia, saying the weapons were used against Ukraine.",
                        "Reuters could not independently verify the launches.",
                        List.of("Nearly 50 nations condemn", "By Jane Roe", "minute read", "Updated 2 days ago",
                                "REUTERS/Jane Roe",
                                "Advertisement", "Scroll to continue", "Reporting by", "Our Standards", "Read Next",
                                "Kyiv hit by drones", "Patriot missiles")),
                new Case("/ingest/caps_chrome_newsletter.txt",
                        "Foreign ministers from Europe and Asia rebuked Pyongyang on Wednesday for selling ballistic missiles to"
                                + " Moscow.",
                        "South Korea said it would keep working with its partners on the matter.",
                        List.of("SHARE THIS ARTICLE", "Share on Facebook", "Share this article", "Ministers rebuke Pyongyang",
                                "Staff Writer", "ADVERTISEMENT", "newsletter", "Subscribe", "morning briefing", "More from",
                                "Drone attack", "Officials said several buildings", "Parliament debates", "Lawmakers argued",
                                "\u00a9", "Privacy policy")),
                new Case("/ingest/crlf_odd_whitespace.txt",
                        "The governments of nearly fifty countries on\nTuesday condemned the delivery of North Korean\nmissiles to"
                                + " Russia.",
                        "The signatories\tsaid the deliveries violated\u00a0sanctions.",
                        List.of("Home", "World", "Allies condemn missile deliveries", "Read more", "Tags", "Share", "Print",
                                "\r")),
                new Case("/ingest/all_caps.txt",
                        "FORTY-SEVEN COUNTRIES CONDEMNED NORTH KOREA ON WEDNESDAY FOR SUPPLYING BALLISTIC MISSILES TO RUSSIA.",
                        "THEY CALLED ON BOTH COUNTRIES TO STOP IMMEDIATELY.",
                        List.of("BREAKING", "FORTY-SEVEN COUNTRIES CONDEMN PYONGYANG", "10.01.2024", "PHOTO", "AFP",
                                "READ ALSO", "KYIV REPORTS", "ADVERTISEMENT", "COMMENTS", "READER ONE", "VERY LONG COMMENT")),
                new Case("/ingest/inline_related_box.txt",
                        "Forty-eight countries warned North Korea on Wednesday that its missile sales to Russia breach"
                                + " international law.",
                        "The ministers also urged Pyongyang to return to talks.",
                        List.of("Support independent journalism", "Allies warn Pyongyang", "Listen to this article",
                                "RELATED STORIES", "Kremlin denies", "Moscow rejected the accusation", "Seoul summons",
                                "Illustrative photo", "Photo: Reuters", "typo", "Leave a comment", "Anonymous",
                                "Great article")));
    }

    static Stream<Case> allArticles() {
        return Stream.concat(bundledArticles(), ownLayouts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allArticles")
    void keepsBodyFromFirstToLastSentence(Case article) {
        String cleaned = STRIPPER.strip(load(article.resource()));

        assertTrue(cleaned.startsWith(article.first()), () -> "unexpected start:\n" + cleaned);
        assertTrue(cleaned.endsWith(article.last()), () -> "unexpected end:\n" + cleaned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allArticles")
    void dropsChrome(Case article) {
        String cleaned = STRIPPER.strip(load(article.resource()));

        for (String chrome : article.chrome()) {
            assertFalse(cleaned.contains(chrome), () -> "chrome \"" + chrome + "\" survived:\n" + cleaned);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allArticles")
    void normalisesWhitespace(Case article) {
        String cleaned = STRIPPER.strip(load(article.resource()));

        assertFalse(cleaned.contains("\n\n\n"), "at most one blank line between paragraphs");
        assertFalse(cleaned.contains("\r"), "line endings are LF");
        for (String line : cleaned.split("\n", -1)) {
            assertEquals(line.strip(), line, "lines are trimmed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allArticles")
    void isIdempotent(Case article) {
        String cleaned = STRIPPER.strip(load(article.resource()));

        assertEquals(cleaned, STRIPPER.strip(cleaned));
    }

    @Test
    void keepsUkrainskaPravdaLabelledParagraphs() {
        String cleaned = STRIPPER.strip(load("/dataset/articles/000_ac203d616922ef85.txt"));

        assertTrue(cleaned.contains(
                "\n\nSource: website of the Ministry of Foreign Affairs of Ukraine, reported by European Pravda\n\n"));
        assertTrue(cleaned.contains("\n\nDetails: The statement was signed, in particular,"));
        assertTrue(cleaned.contains("\n\nQuote: \"The transfer of these weapons"));
        assertTrue(cleaned.contains("\n\nBackground: Last week, John Kirby"));
    }

    @Test
    void removesInlineTeaserBoxButKeepsTheParagraphAfterIt() {
        String cleaned = STRIPPER.strip(load("/dataset/articles/003_0d33d92b3b156293.txt"));

        assertTrue(cleaned.contains("treaty-bound allies of the United States.\n\nOther signatories include Israel,"),
                () -> cleaned);
    }

    @Test
    void dropsRelatedListAndCreditAfterOfficialStatement() {
        String cleaned = STRIPPER.strip(load("/dataset/articles/001_e496a8bf6516ed57.txt"));

        assertFalse(cleaned.contains("originally published"));
        assertFalse(cleaned.contains("B\u00fcrgenstock"));
        assertFalse(cleaned.contains("Tbilisi"));
        assertEquals(3, cleaned.split("\n\n").length, "the statement's three paragraphs");
    }

    @Test
    void keepsOutletNameInsideBodyButNotAsLoneCredit() {
        String cleaned = STRIPPER.strip(load("/dataset/articles/004_c7f105b3da0fbea6.txt"));

        assertTrue(cleaned.contains("the UK, US, and the EU, Ukrinform reports."));
        assertFalse(cleaned.startsWith("Ukrinform"));
    }

    @Test
    void leavesTextWithoutChromeUnchanged() {
        String body = load("/ingest/no_chrome.txt").strip();

        assertEquals(body, STRIPPER.strip(body));
    }

    @Test
    void leavesTextWithoutChromeUnchangedApartFromWhitespace() {
        String body = load("/ingest/no_chrome.txt").strip();
        String messy = "\uFEFF\r\n \t\r\n" + body.replace("\n\n", " \r\n\t\r\n\r\n\u00a0\r\n").replace("\n", "  \r\n  ")
                + "\r\n\r\n";

        assertEquals(body, STRIPPER.strip(messy));
    }

    @Test
    void keepsHardWrappedParagraphsTogether() {
        String cleaned = STRIPPER.strip(load("/ingest/crlf_odd_whitespace.txt"));

        assertEquals("The governments of nearly fifty countries on\nTuesday condemned the delivery of North Korean\n"
                + "missiles to Russia.\n\nThe signatories\tsaid the deliveries violated\u00a0sanctions.", cleaned);
    }

    @Test
    void treatsCarriageReturnLineEndingsLikeLineFeeds() {
        for (Case article : allArticles().toList()) {
            String raw = load(article.resource()).replace("\r\n", "\n");
            String expected = STRIPPER.strip(raw);

            assertEquals(expected, STRIPPER.strip(raw.replace("\n", "\r\n")), article.resource());
            assertEquals(expected, STRIPPER.strip(raw.replace("\n", "\r")), article.resource());
        }
    }

    @Test
    void dropsImmediatelyRepeatedHeadline() {
        String raw = "Allies condemn arms deal\nAllies condemn arms deal\n\nThe allies condemned the arms deal on Monday.\n\n"
                + "Further talks are planned\n\nFurther talks are planned\n\nTalks resume next week in Geneva.";

        assertEquals("The allies condemned the arms deal on Monday.\n\nFurther talks are planned\n\n"
                + "Talks resume next week in Geneva.", STRIPPER.strip(raw));
    }

    @Test
    void returnsEmptyForEmptyInput() {
        assertEquals("", STRIPPER.strip(""));
        assertEquals("", STRIPPER.strip(null));
        assertEquals("", STRIPPER.strip(" \n\t\r\n\u00a0\u200b\n"));
    }

    @Test
    void returnsEmptyWhenEverythingIsChrome() {
        String raw = "Support Us\n\nAdvertisement:\n\nRead also: Japan slaps sanctions on Russia\n\nShare this article\n"
                + "Stock photo: Getty Images\n\nIf you notice an error, select the required text and press Ctrl + Enter.\n\n"
                + "New sorting camps in Europe,...\n\n"
                + "\u00a9 2015-2024 Ukrinform. All rights reserved.\n\nExtended searchHide extended search\nBy period:\n\n"
                + "Comments (2)";

        assertEquals("", STRIPPER.strip(raw));
    }

    @Test
    void keepsShortTextWithoutProse() {
        assertEquals("Kyiv, Warsaw and Vilnius", STRIPPER.strip("Kyiv, Warsaw and Vilnius\nAdvertisement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u0002\u0007\u001b\u007f\u0085\u009f", "\u0000", "\uD800", "\uDC00abc\uD800",
            "(((((((((((((((((((((((((((((", "\\\\\\Q\\E$1${x}", "\u00a9", ":", "...", "\u2026", "Comments ("})
    void neverThrowsOnOddInput(String raw) {
        String cleaned = assertDoesNotThrow(() -> STRIPPER.strip(raw));

        assertNotNull(cleaned);
        assertFalse(cleaned.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'));
    }

    @Test
    void handlesVeryLongSingleLines() {
        String noSpaces = "a".repeat(2_000_000);
        String words = "ministers condemn the transfer of missiles ".repeat(100_000) + "today.";

        assertEquals(noSpaces, assertDoesNotThrow(() -> STRIPPER.strip(noSpaces)));
        assertEquals(words, assertDoesNotThrow(() -> STRIPPER.strip(words)));
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(42);
        String alphabet = "aZ09 .,:;!?()[]{}<>|/\\-\u2013\u2014\"'\u201c\u201d\u2019\u00a9\u00a0\u200b\t\r\n\u0000\u2026";
        for (int i = 0; i < 500; i++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = raw.toString();
            assertDoesNotThrow(() -> STRIPPER.strip(input), input);
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> raws = allArticles().map(article -> load(article.resource())).toList();
        List<String> expected = raws.stream().map(STRIPPER::strip).toList();

        List<String> parallel = IntStream.range(0, 400).parallel().mapToObj(i -> STRIPPER.strip(raws.get(i % raws.size())))
                .toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(expected.get(i % raws.size()), parallel.get(i));
        }
    }

    private static String load(String resource) {
        try (InputStream in = SiteChromeStripperTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
