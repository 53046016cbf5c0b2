package dev.zhnlp.convert.internal;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports the rules of ICU4J's {@code Hans-Hant} and {@code Hant-Hans} transliterators as plain dictionary
 * entries: the base layer of zhnlp's conversion data. Stateless and thread-safe.
 *
 * <p>Simple rules {@code X > Y;} become entries; context rules such as {@code [一二三]{只} > 隻;} are expanded
 * into one entry per context character ({@code 一只 → 一隻}), converting the context characters with the
 * transliterator's own single-character rules. Where ICU lists the same key twice, the first rule wins, as in
 * ICU. The build runs {@link #main} once, so that start-up reads a small text resource instead of compiling the
 * transliterator; {@link BuiltinData} falls back to importing at run time when that resource is missing.
 */
public final class IcuRulesImporter {
  /** The transliterator ids imported, and the resource names they are written to. */
  static final String[][] TABLES = {{"Hans-Hant", "hans-hant.tsv"}, {"Hant-Hans", "hant-hans.tsv"}};

  private IcuRulesImporter() {}

  /** The entries of transliterator {@code id}, in rule order. */
  public static Map<String, String> importRules(String id) {
    return parse(Transliterator.getInstance(id).toRules(false), id);
  }

  /** Parses transliterator rules into entries; {@code id} names the rules in error messages. */
  static Map<String, String> parse(String rules, String id) {
    Map<String, String> singles = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String raw : rules.split("\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.endsWith(";") || !line.contains(" > ")) {
        throw new IllegalStateException(id + " rule " + lineNo + " not understood: " + line);
      }
      line = line.substring(0, line.length() - 1);
      int arrow = line.indexOf(" > ");
      String left = line.substring(0, arrow).strip();
      String right = line.substring(arrow + 3).strip();
      rows.add(new String[] {left, right, Integer.toString(lineNo)});
      if (isLiteral(left) && left.codePointCount(0, left.length()) == 1) {
        singles.putIfAbsent(left, right);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : rows) {
      String left = row[0];
      String right = row[1];
      if (!isLiteral(right)) {
        throw new IllegalStateException(id + " rule " + row[2] + ": unsupported output " + right);
      }
      if (isLiteral(left)) {
        if (!left.isEmpty()) {
          out.putIfAbsent(left, right);
        }
        continue;
      }
      int open = left.indexOf('{');
      int close = left.indexOf('}');
      if (open < 0 || close < open) {
        throw new IllegalStateException(id + " rule " + row[2] + ": unsupported rule " + left);
      }
      List<String> before = alternatives(left.substring(0, open), id, row[2]);
      String target = left.substring(open + 1, close);
      List<String> after = alternatives(left.substring(close + 1), id, row[2]);
      for (String b : before) {
        for (String a : after) {
          out.putIfAbsent(b + target + a, convert(b, singles) + right + convert(a, singles));
        }
      }
    }
    return out;
  }

  private static boolean isLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[' || c == ']' || c == '{' || c == '}' || c == '\\' || c == '\'' || c == '$' || c == ' ') {
        return false;
      }
    }
    return true;
  }

  /** A context: empty, a literal, or a set of literal characters such as {@code [一二三]}. */
  private static List<String> alternatives(String context, String id, String lineNo) {
    List<String> result = new ArrayList<>();
    if (context.isEmpty() || isLiteral(context)) {
      result.add(context);
      return result;
    }
    if (!context.startsWith("[") || !context.endsWith("]")) {
      throw new IllegalStateException(id + " rule " + lineNo + ": unsupported context " + context);
    }
    String body = context.substring(1, context.length() - 1);
    if (!isLiteral(body) || body.indexOf('-') >= 0 || body.indexOf('^') >= 0) {
      throw new IllegalStateException(id + " rule " + lineNo + ": unsupported set " + context);
    }
    body.codePoints().forEach(cp -> result.add(new String(Character.toChars(cp))));
    return result;
  }

  private static String convert(String s, Map<String, String> singles) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              b.append(singles.getOrDefault(ch, ch));
            });
    return b.toString();
  }

  /**
   * Writes the imported tables as dictionary text files into the directory {@code args[0]}. Run by the build
   * (exec-maven-plugin, phase process-classes).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: IcuRulesImporter OUTPUT_DIR");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (String[] table : TABLES) {
      Map<String, String> entries = importRules(table[0]);
      Path tmp = dir.resolve(table[1] + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write("# Generated at build time from ICU4J " + VersionInfo.ICU_VERSION + " transliterator " + table[0]
            + " by " + IcuRulesImporter.class.getName() + "; do not edit.\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
          w.write(e.getKey());
          w.write('\t');
          w.write(e.getValue());
          w.write('\n');
        }
      }
      Files.move(tmp, dir.resolve(table[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
