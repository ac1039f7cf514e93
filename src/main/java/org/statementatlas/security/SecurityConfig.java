package org.statementatlas.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Bearer tokens that may authenticate (the {@code atlas.security.*} properties). */
@ConfigMapping(prefix = "atlas.security")
public interface SecurityConfig {

    /**
     * Tokens with the editor role, as comma-separated {@code name:sha256hex} entries: the SHA-256 digest (hex) of
     * each token, never the token itself. The name is recorded as the actor in the change log. None by default, so
     * writes stay closed until configured. Env: ATLAS_SECURITY_EDITOR_TOKENS.
     */
    Optional<List<String>> editorTokens();

    /**
     * Tokens that authenticate without any role, in the same format: their holders are known but may not write
     * (FORBIDDEN), e.g. for a monitoring client. Env: ATLAS_SECURITY_READER_TOKENS.
     */
    Optional<List<String>> readerTokens();

    /**
     * A file of more editor tokens, in the same format, one entry per line (or comma-separated; # starts a
     * comment): a mounted Kubernetes Secret, for instance. Re-read within a second of a change, so that tokens can
     * be added and revoked without a restart. Env: ATLAS_SECURITY_EDITOR_TOKENS_FILE.
     */
    Optional<Path> editorTokensFile();
}
