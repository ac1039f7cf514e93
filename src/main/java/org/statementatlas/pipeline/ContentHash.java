package org.statementatlas.pipeline;

import org.apache.commons.codec.digest.DigestUtils;

/** The SHA-256 fingerprint of an article's cleaned text, used to recognise the same article under another URL. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
