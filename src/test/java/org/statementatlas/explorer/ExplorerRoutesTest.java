package org.statementatlas.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExplorerRoutesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/, 200",
            "/statements/dprk-russia-ballistic-missile-transfers-2024-01, 200",
            "/statements/dprk-russia-ballistic-missile-transfers-2024-01/, 200",
            "/statements/no-such-statement, 404",
            "/countries/jp, 200",
            "/countries/EU, 200",
            "/countries/ZZ, 404",
            "/articles/U291cmNlQXJ0aWNsZTox, 200",
            "/articles/U291cmNlQXJ0aWNsZTo5OTk, 404",
            "/articles/U3RhdGVtZW50OjE, 404",
            "/articles/not-an-id, 404"})
    void deepLinksServeTheExplorerWith200OnlyForExistingObjects(String path, int status) {
        given().when().get(path).then().statusCode(status)
                .contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/app/main.js, text/javascript", "/app/style.css, text/css", "/map/world.json, application/json"})
    void assetsShipInTheJar(String path, String type) {
        given().when().get(path).then().statusCode(200).contentType(startsWith(type));
    }
}
