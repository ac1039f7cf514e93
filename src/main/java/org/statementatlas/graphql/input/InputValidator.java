package org.statementatlas.graphql.input;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Checks a mutation input against its Bean Validation annotations and reports the first violation as
 * BAD_USER_INPUT naming the input field. We validate here rather than through SmallRye's automatic
 * {@code @Valid} support because SmallRye reports violations without our error codes; the order is the
 * order of the input's fields, so the same bad input always gives the same error.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return;
        }
        List<String> order = input.getClass().isRecord()
                ? Arrays.stream(input.getClass().getRecordComponents()).map(c -> c.getName()).toList()
                : List.of();
        ConstraintViolation<Object> first = violations.stream()
                .min(Comparator.comparingInt((ConstraintViolation<Object> v) -> position(order, fieldOf(v)))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .orElseThrow();
        String field = fieldOf(first);
        throw new BadUserInputException("Input field '" + field + "' " + first.getMessage() + ".", field);
    }

    /** The top-level input field of a violation, e.g. "countryCodes" for "countryCodes[2].<list element>". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().iterator().next().getName();
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
