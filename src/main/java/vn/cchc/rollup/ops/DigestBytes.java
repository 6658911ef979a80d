package vn.cchc.rollup.ops;

/**
 * Values written as bytes for a digest, without a text in between: each ASCII character as one
 * byte, any other as a zero and its two bytes (a {@code StringBuilder} holding one Vietnamese letter
 * doubles in size and is then encoded again), counts as decimal digits ended by {@code ':'}. A
 * subclass says where the bytes go.
 */
public abstract class DigestBytes {

    /** One byte (the low eight bits of {@code b}). */
    protected abstract void put(int b);

    /** The characters of {@code text}, one byte per ASCII character, three for the others. */
    protected final void chars(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0 && c < 0x80) {
                put(c);
            } else {
                put(0);
                put(c >>> 8);
                put(c);
            }
        }
    }

    /** A count in decimal digits, then {@code ':'}: written before a text, no text can pass for the end of another. */
    protected final void count(int count) {
        String digits = Integer.toString(count);
        for (int i = 0; i < digits.length(); i++) {
            put(digits.charAt(i));
        }
        put(':');
    }
}
