package dev.zhnlp.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles, read from the repository's {@code seeds/} folder (tests run in the module folder). */
final class Seeds {
  private Seeds() {}

  static Path dir() {
    return Path.of("..", "seeds");
  }

  static List<Path> all() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
