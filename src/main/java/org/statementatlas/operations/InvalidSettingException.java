package org.statementatlas.operations;

/**
 * A setting that parsed but makes no sense, found while the service starts. Its message names the property and
 * says what is wrong, and never quotes the value: settings may hold secrets or their digests.
 */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }
}
