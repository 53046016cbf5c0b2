package dev.zhnlp.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Opens a byte stream as text. Stateless and thread-safe; the readers it returns are not (one per stream).
 *
 * <p>Order of decisions: a byte order mark (UTF-8, UTF-16LE/BE); else, when the first 64 KiB are valid UTF-8,
 * UTF-8; else ICU4J's {@link CharsetDetector} restricted to GB18030, Big5 and UTF-16. Input with many NUL bytes,
 * or that no candidate fits, is refused with an {@link UndecodableInputException}. Decoding is strict: a byte
 * sequence invalid in the chosen charset fails the read instead of turning silently into U+FFFD.
 *
 * <pre>{@code
 * TextDecoder.Decoded d = TextDecoder.open(Files.newInputStream(path), null);
 * d.guess().charset(); // GB18030
 * d.reader().transferTo(writer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextDecoder {
  /** How many bytes are examined to choose an encoding. */
  public static final int SAMPLE = 1 << 16;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final Set<String> DETECTABLE = Set.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE");

  private TextDecoder() {}

  /** A reader over the decoded stream and the encoding chosen for it. Not thread-safe. */
  public record Decoded(Reader reader, EncodingGuess guess) {}

  /**
   * Opens {@code in} as text, in {@code forced} when it is not null, else in the detected encoding. The
   * returned reader owns {@code in}.
   */
  public static Decoded open(InputStream in, Charset forced) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, SAMPLE);
    b.mark(SAMPLE);
    byte[] sample = b.readNBytes(SAMPLE);
    b.reset();
    EncodingGuess guess = forced != null ? forcedGuess(sample, forced) : guess(sample, sample.length, true);
    int skip = bomLength(sample, guess.charset());
    b.skipNBytes(skip);
    return new Decoded(new InputStreamReader(b, strict(guess.charset())), guess);
  }

  private static EncodingGuess forcedGuess(byte[] sample, Charset forced) {
    return new EncodingGuess(forced, 100, "forced");
  }

  /**
   * Chooses the encoding of {@code bytes[0, len)}; {@code truncated} says the bytes may be cut off in the middle
   * of a character (a sample of a longer stream).
   *
   * @throws UndecodableInputException if the bytes are binary or no candidate fits
   */
  public static EncodingGuess guess(byte[] bytes, int len, boolean truncated) throws UndecodableInputException {
    Charset bom = bom(bytes, len);
    if (bom != null) {
      return new EncodingGuess(bom, 100, "bom");
    }
    int nul = 0;
    for (int i = 0; i < len; i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    if (isUtf8(bytes, len, truncated) && nul == 0) {
      return new EncodingGuess(StandardCharsets.UTF_8, 100, "utf-8");
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(len == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, len));
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch m : matches) {
      if (DETECTABLE.contains(m.getName()) && m.getConfidence() > 10) {
        Charset cs = Charset.forName(m.getName());
        boolean utf16 = cs.name().startsWith("UTF-16");
        if (!utf16 && nul > 0) {
          continue;
        }
        if (fits(bytes, len, cs, truncated)) {
          return new EncodingGuess(cs, m.getConfidence(), "detected");
        }
      }
    }
    if (nul > 0) {
      throw new UndecodableInputException("binary data (" + nul + " NUL bytes in the first " + len + ")");
    }
    // The detector found no Chinese encoding with confidence: fall back on whichever decodes cleanly.
    for (Charset cs : new Charset[] {GB18030, BIG5}) {
      if (fits(bytes, len, cs, truncated)) {
        return new EncodingGuess(cs, 10, "detected");
      }
    }
    throw new UndecodableInputException("not text in UTF-8, GB18030, Big5 or UTF-16 (use --encoding)");
  }

  private static Charset bom(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static int bomLength(byte[] b, Charset cs) {
    Charset found = bom(b, b.length);
    if (found == null || !found.equals(cs)) {
      return 0;
    }
    return found.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static boolean isUtf8(byte[] b, int len, boolean truncated) {
    return fits(b, len, StandardCharsets.UTF_8, truncated);
  }

  private static boolean fits(byte[] b, int len, Charset cs, boolean truncated) {
    CharsetDecoder d = strict(cs);
    // A sample may end inside a character: allow the last few bytes to be an incomplete sequence.
    int end = len;
    for (int cut = 0; cut <= (truncated ? 3 : 0) && cut <= len; cut++) {
      try {
        d.reset();
        d.decode(ByteBuffer.wrap(b, 0, end - cut));
        return true;
      } catch (CharacterCodingException e) {
        // try with one byte fewer
      }
    }
    return false;
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
