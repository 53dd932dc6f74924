package dev.okr.connectors.kafka.internal;

import dev.okr.connectors.kafka.CallType;
import dev.okr.connectors.kafka.EventProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The dedup key of an event without a {@code messageId} (specification §1): a hash of identity,
 * call, event name, event time and properties. SHA-256 over a length-prefixed encoding, so that no
 * two different contents share an input; its first 128 bits, in hex, after {@code "content:"}.
 */
public final class ContentHash {

    private static final String PREFIX = "content:";
    private static final ThreadLocal<MessageDigest> SHA256 =
            ThreadLocal.withInitial(ContentHash::newDigest);

    private ContentHash() {}

    /** The content key of an event; {@code eventName} is the track event or page/screen name. */
    public static String dedupKey(
            String identity,
            CallType type,
            String eventName,
            long timestampMillis,
            EventProperties properties) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        string(digest, identity);
        digest.update((byte) type.ordinal());
        string(digest, eventName);
        long t = timestampMillis;
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (t >>> (56 - 8 * i)));
        }
        for (int i = 0; i < properties.size(); i++) {
            string(digest, properties.key(i));
            Object value = properties.value(i);
            if (value instanceof Double d) {
                digest.update((byte) 'd');
                string(digest, Double.toString(d));
            } else if (value instanceof Boolean b) {
                digest.update((byte) (b ? 'T' : 'F'));
            } else {
                digest.update((byte) 's');
                string(digest, (String) value);
            }
        }
        byte[] hash = digest.digest();
        return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
    }

    private static void string(MessageDigest digest, String s) {
        if (s == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        int n = bytes.length;
        digest.update(
                new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
