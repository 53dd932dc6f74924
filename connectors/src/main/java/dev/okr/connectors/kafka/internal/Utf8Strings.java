package dev.okr.connectors.kafka.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Strings in a serializer's binary layout: a variable-length header, then the string's UTF-8 bytes.
 * Event strings are nearly all ASCII, for which the JDK encodes and decodes UTF-8 as a plain array
 * copy; Flink's char-by-char {@code StringValue} encoding was a visible share of the shuffle's cost
 * per event.
 *
 * <p>The header is 0 for null, else {@code (length << 1 | form) + 1}. Form 0 is UTF-8 bytes; form
 * 1, UTF-16 chars, is for the rare string with an unpaired surrogate (a JSON {@code "\ud800"}
 * escape), which UTF-8 cannot carry: every string comes back exactly as it went in.
 */
final class Utf8Strings {

    private static final int UTF8 = 0;
    private static final int CHARS = 1;

    private Utf8Strings() {}

    static void write(String s, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        // The JDK writes an unpaired surrogate as '?': only then can one have been lost.
        if (contains(bytes, (byte) '?') && hasSurrogate(s)) {
            writeHeader(s.length(), CHARS, out);
            out.writeChars(s);
        } else {
            writeHeader(bytes.length, UTF8, out);
            out.write(bytes);
        }
    }

    static String read(DataInputView in) throws IOException {
        long header = readHeader(in);
        if (header == 0) {
            return null;
        }
        int length = (int) ((header - 1) >>> 1);
        if (((header - 1) & 1) == CHARS) {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /** Surrogates, paired or not, take the rare path: testing pairing is not worth it here. */
    private static boolean hasSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void writeHeader(int length, int form, DataOutputView out) throws IOException {
        long value = ((long) length << 1 | form) + 1;
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readHeader(DataInputView in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a string header longer than 10 bytes: the data is corrupt");
    }
}
