package org.statementatlas.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.statementatlas.dataset.DatasetFiles.SignatureRecord;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The signatories.csv of an export, for spreadsheets: every signature of every statement, one a line. */
final class SignatoriesCsv {

    private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private SignatoriesCsv() {
    }

    /** One line of signatories.csv. */
    @RegisterForReflection
    @JsonPropertyOrder({"statement", "statementTitle", "issuedOn", "country", "countryName", "firstListedOn",
            "disputed", "signerTitle", "sourceUrl", "note"})
    record SignatoryRow(String statement, String statementTitle, LocalDate issuedOn, String country,
            String countryName, LocalDate firstListedOn, boolean disputed, String signerTitle, String sourceUrl,
            String note) {
    }

    /** Writes signatories.csv: one line per signature, with the statement's and the country's names. */
    static void write(Path dir, List<StatementRecord> statements, Map<Long, String> codes,
            Map<Long, String> names) throws IOException {
        Map<String, String> nameByCode = new HashMap<>();
        codes.forEach((id, code) -> nameByCode.put(code, names.get(id)));
        List<SignatoryRow> rows = new ArrayList<>();
        for (StatementRecord statement : statements) {
            for (SignatureRecord s : statement.signatories()) {
                rows.add(new SignatoryRow(statement.key(), statement.title(), statement.issuedOn(), s.code(),
                        nameByCode.get(s.code()), s.firstListedOn(), s.disputed(), s.signerTitle(), s.sourceUrl(),
                        s.note()));
            }
        }
        CSV.writer(CSV.schemaFor(SignatoryRow.class).withHeader())
                .writeValue(dir.resolve("signatories.csv").toFile(), rows);
    }
}
