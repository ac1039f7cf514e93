package org.statementatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementatlas.ingest.TestData;

/**
 * Relative days ("on Thursday", "yesterday", "last week") resolved against the date the article was found to carry:
 * a labelled publication date, a wire dateline or a closing timestamp.
 */
class RelativeDatesTest {

    private static final DateExtractor DATES = new DateExtractor();
    private static final SiteChromeStripper STRIPPER = new SiteChromeStripper();
    private static final MetadataExtractor METADATA = new MetadataExtractor(TestData.outlets(), STRIPPER, DATES);

    /** Published on Friday 12 January 2024. */
    @ParameterizedTest
    @CsvSource({"on Thursday, 2024-01-11", "On Friday, 2024-01-12", "last Monday, 2024-01-08", "since Sunday, 2024-01-07",
            "yesterday, 2024-01-11", "Today, 2024-01-12", "last week, 2024-01-05", "on Saturday, 2024-01-06"})
    void aRelativeDayIsTheLatestSuchDayOnOrBeforeThePublicationDate(String phrase, String expected) {
        List<DateExtractor.RelativeDate> found = DATES.relativeDays("The allies met " + phrase + " in Seoul.",
                LocalDate.of(2024, 1, 12));
        assertEquals(1, found.size());
        assertEquals(phrase, found.get(0).phrase());
        assertEquals(LocalDate.parse(expected), found.get(0).date());
    }

    @Test
    void wordsThatOnlyLookRelativeAreNotDates() {
        assertTrue(DATES.relativeDays("Sunday Times columnists and Friday prayers; a Monday-morning meeting.",
                LocalDate.of(2024, 1, 12)).isEmpty());
    }

    @Test
    void withoutAFoundDateNothingIsResolved() {
        assertTrue(DATES.relativeDays("The allies met on Thursday.", null).isEmpty());
        String raw = "Allies rebuke Pyongyang\n\nFifty countries on Thursday condemned North Korea's missile sales to"
                + " Russia, officials said.";
        assertTrue(METADATA.extract(raw, STRIPPER.strip(raw), null).relativeDates().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SEOUL, Jan. 12, 2024 (Yonhap) -- Fifty countries on Thursday condemned North Korea's missile sales to Russia.|2024-01-11",
            "KYIV, 12 January 2024 (Ukrinform) - Fifty countries on Tuesday condemned North Korea's missile sales to Russia.|2024-01-09",
            "Published: 12/01/2024 14:30 CET\\n\\nFifty countries yesterday condemned North Korea's missile sales to Russia.|2024-01-11",
            "Fifty countries on Wednesday condemned North Korea's missile sales to Russia, officials said.\\n\\n2024/01/12 08:12 KST|2024-01-10"})
    void theFoundDateMayBeADatelineALabelOrAClosingTimestamp(String body, String expected) {
        String raw = "Allies rebuke Pyongyang over arms sales\n\n" + body.replace("\\n", "\n");
        MetadataExtractor.Metadata metadata = METADATA.extract(raw, STRIPPER.strip(raw), null);
        assertEquals(LocalDate.of(2024, 1, 12), metadata.publishedOn(), "the found date");
        assertEquals(List.of(LocalDate.parse(expected)),
                metadata.relativeDates().stream().map(DateExtractor.RelativeDate::date).toList());
    }
}
