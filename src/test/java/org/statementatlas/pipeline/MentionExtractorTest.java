package org.statementatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementatlas.article.MatchKind;
import org.statementatlas.ingest.TestData;

/** The precision rules of {@link MentionExtractor}, one sentence each, over the real country dictionary. */
class MentionExtractorTest {

    private static final MentionExtractor MENTIONS = new MentionExtractor(TestData.terms());

    private static Map<String, Integer> found(String text) {
        return MENTIONS.extract(text).stream().collect(Collectors.toMap(FoundMention::code, FoundMention::count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Talks on peace on the Korean Peninsula stalled.|",
            "Ships crossed the Indian Ocean.|",
            "The missile fell into the Sea of Japan.|",
            "A tanker sank in the Gulf of Mexico.|",
            "Warships sailed through the Taiwan Strait.|",
            "FLIGHTS OVER THE KOREAN PENINSULA RESUMED.|",
            "The Philippine Sea was calm.|",
            "The bank in Atlanta, Georgia, lent the money.|",
            "She lives in the U.S. state of Georgia.|US",
            "Chad Smith, the bank's chief executive, spoke.|",
            "Former envoy Victoria Nuland welcomed the deal.|",
            "Actor Denzel Washington attended.|",
            "The Kyiv Post reported it first.|",
            "Mr. Jordan declined to comment.|",
            "The stock rose on the Georgia Tech campus.|",
            "WASHINGTON, Jan 9 (Reuters) - Officials met.|",
            "JOIN US TODAY FOR THE DEBATE ON PEACE AND WAR.|",
            "china plates were sold.|"})
    void isNotAMention(String text, String expected) {
        assertEquals(expected == null ? Map.of() : Map.of(expected, 1), found(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Georgia's foreign minister signed.|GE",
            "Tbilisi, Georgia hosted the talks.|GE",
            "North Korean missiles hit Kharkiv.|KP",
            "The DPRK denied it.|KP",
            "The ROK and the U.S. agreed.|KR,US",
            "Moscow and Tehran negotiated.|RU,IR",
            "Pyongyang said the launch was routine.|KP",
            "Officials in Tirana joined the criticism.|AL",
            "The Hague and La Paz protested.|NL,BO",
            "Japan fired back at claims about the Sea of Japan.|JP",
            "London will keep working with its partners.|GB",
            "THE US AND THE UK CONDEMNED RUSSIA.|US,GB,RU",
            "Ukrainians and Americans protested.|UA,US",
            "the US State Department said|US",
            "Russia\u2019s war and North\u00a0Korea's arms|RU,KP"})
    void isAMention(String text, String expected) {
        assertEquals(List.of(expected.split(",")).stream().sorted().toList(),
                found(text).keySet().stream().sorted().toList(), text);
    }

    @Test
    void offsetsPointAtTheWordsAndSayHowTheyMatched() {
        String text = "North Korea (DPRK) sold missiles; Pyongyang denies it. North Korean troops";
        FoundMention kp = MENTIONS.extract(text).get(0);

        assertEquals("KP", kp.code());
        assertEquals(4, kp.count());
        assertEquals(MatchKind.NAME, kp.matchedAs());
        assertEquals(List.of("North Korea", "DPRK", "Pyongyang", "North Korean"),
                kp.spans().stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(List.of(MatchKind.NAME, MatchKind.ALIAS, MatchKind.CAPITAL, MatchKind.DEMONYM),
                kp.spans().stream().map(FoundMention.Span::matchedAs).toList());
    }

    @Test
    void sharedDemonymCountsOnlyWhenTheTextNamesOneOfItsCountries() {
        assertEquals(Map.of(), found("Congolese troops crossed the river."));
        assertEquals(Map.of("CD", 2), found("In DR Congo, Congolese troops crossed the river."));
    }

    @Test
    void emptyAndOddInputFindNothingAndNeverThrow() {
        assertTrue(MENTIONS.extract("").isEmpty());
        assertTrue(MENTIONS.extract(null).isEmpty());
        assertTrue(MENTIONS.extract("\u0000\uD800 \u00a0\n(((").isEmpty());
    }
}
