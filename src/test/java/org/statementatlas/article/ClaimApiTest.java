package org.statementatlas.article;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.statementatlas.graphql.GraphQL.ok;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The verdicts on the bundled articles' signatory-count claims, against the list on each publication date. The January
 * statement's list (reference-facts.json) had 48 signatories on 9 January (47 states + EU), 49 on 10 January (North
 * Macedonia added: 48 states + EU) and 51 from 12 January (50 states + EU); it was issued in Washington, so its lead
 * signer is the United States.
 */
@QuarkusTest
class ClaimApiTest {

    private static final String CLAIMS = "query($url: String) { sourceArticle(url: $url) { claims { phrase value approximate"
            + " qualifier counts inHeadline actualOnPublication verdict explanation statement { slug } article { url } } } }";

    @Test
    void ukrainskaPravdas47CountriesOn10JanuaryIsRightWithoutTheUnitedStates() {
        ok(CLAIMS, "url", "https://www.pravda.com.ua/eng/news/2024/01/10/7436557/")
                .body("data.sourceArticle.claims.phrase", contains("47 countries"))
                .body("data.sourceArticle.claims[0].value", equalTo(47))
                .body("data.sourceArticle.claims[0].counts", equalTo("COUNTRIES"))
                .body("data.sourceArticle.claims[0].actualOnPublication", equalTo(48))
                .body("data.sourceArticle.claims[0].verdict", equalTo("MATCHES_EXCLUDING_LEAD"))
                .body("data.sourceArticle.claims[0].explanation", containsString("on 2024-01-10 the list had 48 countries"))
                .body("data.sourceArticle.claims[0].explanation", containsString("United States"))
                .body("data.sourceArticle.claims[0].statement.slug",
                        equalTo("dprk-russia-ballistic-missile-transfers-2024-01"));
    }

    @Test
    void informEuropes48CountriesOn11JanuaryMatches() {
        ok(CLAIMS, "url",
                "https://informeurope.com/2024/01/11/ballistic-missile-transfers-joint-statement-by-48-countries-jan-10-2024/")
                .body("data.sourceArticle.claims.phrase", contains("48 Countries"))
                .body("data.sourceArticle.claims[0].inHeadline", equalTo(true))
                .body("data.sourceArticle.claims[0].actualOnPublication", equalTo(48))
                .body("data.sourceArticle.claims[0].verdict", equalTo("MATCHES"))
                .body("data.sourceArticle.claims[0].explanation",
                        containsString("on 2024-01-11 the list had 48 countries (49 signatories with European Union)"))
                .body("data.sourceArticle.claims[0].explanation", containsString("Read in the headline."));
    }

    @Test
    void kyivPostsClaimsAreApproximateAndExcludeTheLead() {
        ok(CLAIMS, "url", "https://www.kyivpost.com/post/26530")
                .body("data.sourceArticle.claims.phrase",
                        contains("Nearly 50 countries", "47 foreign ministers", "47 countries"))
                .body("data.sourceArticle.claims.verdict",
                        contains("APPROXIMATE", "MATCHES_EXCLUDING_LEAD", "MATCHES_EXCLUDING_LEAD"))
                .body("data.sourceArticle.claims.approximate", contains(true, false, false))
                .body("data.sourceArticle.claims[0].qualifier", equalTo("NEARLY"))
                .body("data.sourceArticle.claims[1].explanation", containsString("Read in the sentence \""))
                .body("data.sourceArticle.claims[1].explanation", containsString("47 foreign ministers"))
                .body("data.sourceArticle.claims.counts", contains("COUNTRIES", "MINISTERS", "COUNTRIES"))
                .body("data.sourceArticle.claims.actualOnPublication", contains(48, 48, 48));
    }

    @Test
    void ukrinformsTenNationsAndTheEuMatchTheMayStatement() {
        ok(CLAIMS, "url",
                "https://ukrinform.net/rubric-polytics/3870149-ten-countries-eu-condemn-defense-cooperation-between-north-korea-russia.html")
                .body("data.sourceArticle.claims.phrase", contains("Ten nations and the European Union"))
                .body("data.sourceArticle.claims[0].counts", equalTo("COUNTRIES_AND_ORGANIZATIONS"))
                .body("data.sourceArticle.claims[0].actualOnPublication", equalTo(10))
                .body("data.sourceArticle.claims[0].verdict", equalTo("MATCHES"))
                .body("data.sourceArticle.claims[0].statement.slug", equalTo("dprk-russia-joint-statement-2024-05-31"));
    }

    @Test
    void statementListsTheClaimsMadeAboutIt() {
        ok("{ statement(slug: \"dprk-russia-ballistic-missile-transfers-2024-01\") { claims { phrase verdict article { publishedOn } } } }")
                .body("data.statement.claims.phrase",
                        contains("47 countries", "Nearly 50 countries", "47 foreign ministers", "47 countries", "48 Countries"))
                .body("data.statement.claims.verdict", hasItem("MATCHES"))
                .body("data.statement.claims.article.publishedOn",
                        contains("2024-01-10", "2024-01-10", "2024-01-10", "2024-01-10", "2024-01-11"));
    }
}
