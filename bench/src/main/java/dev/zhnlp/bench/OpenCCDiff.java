package dev.zhnlp.bench;

import dev.zhnlp.convert.Conversion;
import dev.zhnlp.convert.Converter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts every seed with zhnlp (in process) and with the OpenCC command-line tool, and lists every place where
 * the two outputs differ, with six characters of context on each side, grouped by the differing text.
 *
 * <ul>
 *   <li>s2t: the simplified seeds (000, 002, 003, 004);
 *   <li>t2s: seed 001 (traditional) and zhnlp's s2t output of the simplified seeds (so both engines get the same
 *       input).
 * </ul>
 *
 * <p>The outputs are compared line by line (neither engine changes line breaks). A line whose two outputs have the
 * same number of code points is compared position by position; otherwise a longest-common-subsequence alignment of
 * the line is used. Each maximal run of differing code points is one disagreement, keyed by (direction, source
 * text, zhnlp's text, OpenCC's text); the source text is the input at the same positions when the input line has
 * the zhnlp output's length, else "?".
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.zhnlp.bench.OpenCCDiff [--opencc /usr/bin/opencc] [--seeds DIR]
 *     [--out FILE] [--summary FILE.md] [--top N] [--work DIR] [--commit ID]
 * </pre>
 *
 * <p>Prints the groups (every occurrence) and the totals; {@code --out} writes the same full list to a file,
 * {@code --summary} a Markdown table of the {@code --top} (default 30) most frequent kinds.
 */
public final class OpenCCDiff {
  private static final int CONTEXT = 6;

  private OpenCCDiff() {}

  /** One disagreement. */
  record Hit(String dir, String doc, int line, String source, String zhnlp, String opencc, String left, String right) {
    String key() {
      return dir + "\t" + source + "\t" + zhnlp + "\t" + opencc;
    }
  }

  public static void main(String[] args) throws Exception {
    String opencc = "/usr/bin/opencc";
    Path out = null;
    Path summary = null;
    Path work = Paths.get(System.getProperty("java.io.tmpdir"), "zhnlp-opencc-diff");
    int top = 30;
    String commit = "?";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--opencc" -> opencc = args[++i];
        case "--seeds" -> System.setProperty("zhnlp.seeds", args[++i]);
        case "--out" -> out = Paths.get(args[++i]);
        case "--summary" -> summary = Paths.get(args[++i]);
        case "--work" -> work = Paths.get(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--commit" -> commit = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(work);
    Converter s2t = Converter.of(Conversion.S2T);
    Converter t2s = Converter.of(Conversion.T2S);

    List<Hit> hits = new ArrayList<>();
    int docs = 0;
    long chars = 0;
    for (Path seed : Corpus.seeds()) {
      String name = seed.getFileName().toString().replaceFirst("\\.txt$", "");
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      if (name.startsWith("001")) {
        hits.addAll(compare("t2s", name, text, t2s.convert(text), opencc(opencc, "t2s", text, work, name)));
        docs++;
        chars += text.length();
      } else {
        String trad = s2t.convert(text);
        hits.addAll(compare("s2t", name, text, trad, opencc(opencc, "s2t", text, work, name)));
        hits.addAll(compare("t2s", name + ".s2t", trad, t2s.convert(trad),
            opencc(opencc, "t2s", trad, work, name + ".s2t")));
        docs += 2;
        chars += text.length() + trad.length();
      }
    }

    Map<String, List<Hit>> groups = new LinkedHashMap<>();
    for (Hit h : hits) {
      groups.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h);
    }
    List<List<Hit>> sorted = new ArrayList<>(groups.values());
    sorted.sort(Comparator.<List<Hit>>comparingInt(List::size).reversed()
        .thenComparing(g -> g.get(0).key()));

    String header = String.format(Locale.ROOT,
        "# zhnlp (commit %s) vs %s: %d disagreements in %d kinds over %d conversions (%,d chars of input)%n"
            + "# format: [dir] source -> zhnlp | opencc  xCOUNT, then one line per occurrence:"
            + " doc:line  left[zhnlp|opencc]right%n",
        commit, openccVersion(opencc), hits.size(), groups.size(), docs, chars);
    StringBuilder full = new StringBuilder(header);
    for (List<Hit> g : sorted) {
      Hit h = g.get(0);
      full.append(String.format(Locale.ROOT, "%n[%s] %s -> %s | %s  x%d%n", h.dir(), show(h.source()),
          show(h.zhnlp()), show(h.opencc()), g.size()));
      for (Hit o : g) {
        full.append(String.format(Locale.ROOT, "  %s:%d  %s[%s|%s]%s%n", o.doc(), o.line(), o.left(),
            show(o.zhnlp()), show(o.opencc()), o.right()));
      }
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.print(full);
    if (out != null) {
      Files.writeString(out, full, StandardCharsets.UTF_8);
    }
    if (summary != null) {
      StringBuilder md = new StringBuilder();
      md.append("| # | dir | source | zhnlp | OpenCC | count |\n|---:|---|---|---|---|---:|\n");
      for (int i = 0; i < Math.min(top, sorted.size()); i++) {
        Hit h = sorted.get(i).get(0);
        md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %d |%n", i + 1, h.dir(), show(h.source()),
            show(h.zhnlp()), show(h.opencc()), sorted.get(i).size()));
      }
      Files.writeString(summary, md, StandardCharsets.UTF_8);
    }
    stdout.printf(Locale.ROOT, "%nTOTAL: %d disagreements in %d kinds (s2t: %d, t2s: %d)%n", hits.size(),
        groups.size(), hits.stream().filter(h -> h.dir().equals("s2t")).count(),
        hits.stream().filter(h -> h.dir().equals("t2s")).count());
  }

  private static String show(String s) {
    return s.isEmpty() ? "∅" : s.replace("\n", "⏎");
  }

  private static String opencc(String exe, String config, String text, Path work, String name)
      throws IOException, InterruptedException {
    Path in = work.resolve(name + "." + config + ".in.txt");
    Path outFile = work.resolve(name + "." + config + ".opencc.txt");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(exe, "-c", config, "-i", in.toString(), "-o", outFile.toString())
        .redirectErrorStream(true).start();
    String msg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(exe + " -c " + config + " failed: " + msg);
    }
    return Files.readString(outFile, StandardCharsets.UTF_8);
  }

  private static String openccVersion(String exe) {
    try {
      Process p = new ProcessBuilder(exe, "--version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Version:\\s*(\\S+)").matcher(v);
      return "OpenCC " + (m.find() ? m.group(1) : "?") + " (" + exe + ")";
    } catch (IOException | InterruptedException e) {
      return "OpenCC (" + exe + ")";
    }
  }

  /** The disagreements between the zhnlp and OpenCC outputs of one input. */
  static List<Hit> compare(String dir, String doc, String input, String zh, String oc) {
    String[] inLines = input.split("\n", -1);
    String[] zhLines = zh.split("\n", -1);
    String[] ocLines = oc.split("\n", -1);
    List<Hit> hits = new ArrayList<>();
    if (zhLines.length != ocLines.length) {
      // Should not happen (neither engine touches line breaks); compare as one line.
      inLines = new String[] {input};
      zhLines = new String[] {zh};
      ocLines = new String[] {oc};
    }
    for (int l = 0; l < zhLines.length; l++) {
      if (zhLines[l].equals(ocLines[l])) {
        continue;
      }
      int[] in = l < inLines.length ? inLines[l].codePoints().toArray() : new int[0];
      int[] a = zhLines[l].codePoints().toArray();
      int[] b = ocLines[l].codePoints().toArray();
      for (int[] d : diff(a, b)) {
        // d = {aStart, aEnd, bStart, bEnd}
        String source = in.length == a.length ? str(in, d[0], d[1]) : "?";
        hits.add(new Hit(dir, doc, l + 1, source, str(a, d[0], d[1]), str(b, d[2], d[3]),
            str(a, Math.max(0, d[0] - CONTEXT), d[0]), str(a, d[1], Math.min(a.length, d[1] + CONTEXT))));
      }
    }
    return hits;
  }

  private static String str(int[] cps, int from, int to) {
    return new String(cps, from, to - from);
  }

  /** Maximal differing runs between a and b, as {aStart, aEnd, bStart, bEnd}. */
  static List<int[]> diff(int[] a, int[] b) {
    List<int[]> out = new ArrayList<>();
    if (a.length == b.length) {
      int i = 0;
      while (i < a.length) {
        if (a[i] == b[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < a.length && a[j] != b[j]) {
          j++;
        }
        out.add(new int[] {i, j, i, j});
        i = j;
      }
      return out;
    }
    // LCS table on the (short) line.
    int n = a.length;
    int m = b.length;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    int si = -1;
    int sj = -1;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] == b[j]) {
        if (si >= 0) {
          out.add(new int[] {si, i, sj, j});
          si = -1;
        }
        i++;
        j++;
        continue;
      }
      if (si < 0) {
        si = i;
        sj = j;
      }
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    if (si >= 0) {
      out.add(new int[] {si, i, sj, j});
    }
    return out;
  }
}
