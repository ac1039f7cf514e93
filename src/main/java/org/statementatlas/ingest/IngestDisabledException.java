package org.statementatlas.ingest;

import org.statementatlas.graphql.error.ApiException;

import io.smallrye.graphql.api.ErrorCode;

/** Ingestion is switched off on this server (atlas.ingest.enabled=false). */
@ErrorCode("FORBIDDEN")
public class IngestDisabledException extends ApiException {

    public IngestDisabledException() {
        super("Ingestion is disabled on this server (atlas.ingest.enabled=false).");
    }
}
