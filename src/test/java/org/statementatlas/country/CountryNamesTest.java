package org.statementatlas.country;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.io.InputStream;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Country.name(lang:): the world-countries translations by BCP 47 tag, falling back to English. */
@QuarkusTest
class CountryNamesTest {

    @Test
    void namesInTheLanguageOfATagWithEnglishAsTheFallback() {
        ok("""
                { country(code: "KP") {
                    en: name fr: name(lang: "fr") br: name(lang: "pt-BR") zh: name(lang: "zh-Hans-CN")
                    upper: name(lang: "DE") english: name(lang: "en-GB") untranslated: name(lang: "sw") } }""")
                .body("data.country.en", equalTo("North Korea"))
                .body("data.country.fr", equalTo("Corée du Nord"))
                .body("data.country.br", equalTo("Coreia do Norte"))
                .body("data.country.zh", equalTo("朝鲜"))
                .body("data.country.upper", equalTo("Nordkorea"))
                .body("data.country.english", equalTo("North Korea"))
                .body("data.country.untranslated", equalTo("North Korea"));
    }

    @Test
    void organisationsKeepTheirEnglishNameAndListsTranslateEveryItem() {
        ok("{ country(code: \"EU\") { name(lang: \"fr\") } }").body("data.country.name", equalTo("European Union"));
        ok("{ countries(first: 100, filter: {group: \"G7\"}) { nodes { code name(lang: \"ja\") } } }")
                .body("data.countries.nodes.find { it.code == 'JP' }.name", equalTo("日本"))
                .body("data.countries.nodes.find { it.code == 'DE' }.name", equalTo("ドイツ"))
                .body("data.countries.nodes.name", hasItem("アメリカ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a tag", "fr_FR", "x"})
    void aTagThatIsNotBcp47IsBadUserInput(String tag) {
        query("query($lang: String) { country(code: \"FR\") { code name(lang: $lang) } }", "lang", tag)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("BCP 47"))
                .body("data.country", nullValue());
    }

    /** The argument's description lists the languages; it must say what countries.json ships. */
    @Test
    void theDescribedLanguagesAreTheOnesTheDatasetTranslatesTo() throws Exception {
        TreeSet<String> shipped = new TreeSet<>();
        try (InputStream in = CountryNames.class.getResourceAsStream(CountryNames.RESOURCE)) {
            for (JsonNode country : new ObjectMapper().readTree(in).get("countries")) {
                country.path("names").fieldNames().forEachRemaining(shipped::add);
            }
        }
        String schema = RestAssured.get("/graphql/schema.graphql").asString();
        Matcher described = Pattern.compile("translates into ([a-z, ]+) and ([a-z]+);").matcher(schema);
        assertEquals(true, described.find(), "the lang argument's description lists the languages");
        TreeSet<String> listed = new TreeSet<>(java.util.List.of(described.group(1).split(", ")));
        listed.add(described.group(2));
        assertEquals(shipped, listed);
    }
}
