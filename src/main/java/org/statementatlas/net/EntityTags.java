package org.statementatlas.net;

import java.util.Base64;

import org.apache.commons.codec.digest.DigestUtils;

/** HTTP entity tags (RFC 9110 8.8.3): strong tags made from exact response bytes, and If-None-Match matching. */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong entity tag: the SHA-256 of the exact response bytes. */
    public static String of(byte[] body) {
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(DigestUtils.sha256(body)) + '"';
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; "*" matches any tag. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
