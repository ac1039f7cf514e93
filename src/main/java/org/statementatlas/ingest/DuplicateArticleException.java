package org.statementatlas.ingest;

import org.statementatlas.graphql.error.ApiException;

import io.smallrye.graphql.api.ErrorCode;

/** The URL names one stored article and the text is another's: updating either would merge two articles. */
@ErrorCode("CONFLICT")
public class DuplicateArticleException extends ApiException {

    public DuplicateArticleException(String message) {
        super(message);
    }
}
