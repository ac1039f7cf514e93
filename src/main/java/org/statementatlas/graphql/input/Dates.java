package org.statementatlas.graphql.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Dates in mutation inputs. Input fields are declared as the {@code Date} scalar but carried as strings
 * ({@code @ToScalar(Scalar.Date.class) String}) and parsed here: SmallRye converts a LocalDate input field
 * while it builds the whole input object, and a date that does not exist ("2024-02-30") then fails the
 * entire input with an uncoded error that does not name the field. Parsed here, it is BAD_USER_INPUT with
 * extensions.field, like every other input mistake.
 */
public final class Dates {

    /** ISO 8601 calendar dates only; STRICT rejects February 30th instead of moving it to March. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** The date, or null for null; BAD_USER_INPUT naming the field when it is not a date that exists. */
    public static LocalDate parse(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            throw new BadUserInputException("Input field '" + field + "' is not a date that exists (YYYY-MM-DD): '"
                    + value + "'.", field);
        }
    }

    /** The date and time with its offset, or null for null; BAD_USER_INPUT naming the field when it is not one. */
    public static OffsetDateTime parseDateTime(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadUserInputException("Input field '" + field
                    + "' is not a date and time with an offset (e.g. 2024-01-12T09:30:00+01:00): '" + value + "'.",
                    field);
        }
    }
}
