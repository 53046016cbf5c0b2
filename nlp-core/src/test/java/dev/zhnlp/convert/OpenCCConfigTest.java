package dev.zhnlp.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OpenCC configurations with small dictionaries in OpenCC's text format. The expected outputs were produced by
 * the real {@code opencc} command (Debian 1.1.6) on these very files and checked by hand: segmentation
 * boundaries, group short-circuit, and chain order all show in them.
 */
class OpenCCConfigTest {
  private static Path dir() throws Exception {
    return Path.of(OpenCCConfigTest.class.getResource("opencc").toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chain", "group"})
  void producesOpenCCsOutput(String name) throws Exception {
    Converter c = Converter.fromOpenCCConfig(dir().resolve(name + ".json"));
    String inputsFile = name.equals("chain") ? "inputs.txt" : "group-inputs.txt";
    List<String> inputs = Files.readAllLines(dir().resolve(inputsFile), StandardCharsets.UTF_8);
    List<String> expected = Files.readAllLines(dir().resolve("expected-" + name + ".txt"), StandardCharsets.UTF_8);
    assertThat(inputs).hasSameSizeAs(expected);
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(c.convert(inputs.get(i))).as(inputs.get(i)).isEqualTo(expected.get(i));
    }
    assertThat(c.name()).isEqualTo(name + ".json");
  }

  @Test
  void unknownKeysAndBinaryDictionariesAreRefusedByName(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"x.txt\"}}], \"colour\": 1}");
    assertThatThrownBy(() -> Converter.fromOpenCCConfig(bad))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("unknown key 'colour'");
    Path ocd = tmp.resolve("ocd.json");
    Files.writeString(ocd, "{\"conversion_chain\": [{\"dict\": {\"type\": \"ocd2\", \"file\": \"STPhrases.ocd2\"}}]}");
    assertThatThrownBy(() -> Converter.fromOpenCCConfig(ocd))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("STPhrases.ocd2")
        .hasMessageContaining("not supported");
    Path json = tmp.resolve("broken.json");
    Files.writeString(json, "{\n\"conversion_chain\": [");
    assertThatThrownBy(() -> Converter.fromOpenCCConfig(json))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void missingDictionaryNamesTheFile(@TempDir Path tmp) throws IOException {
    Path cfg = tmp.resolve("c.json");
    Files.writeString(cfg, "{\"conversion_chain\": [{\"dict\": {\"type\": \"text\", \"file\": \"gone.txt\"}}]}");
    assertThatThrownBy(() -> Converter.fromOpenCCConfig(cfg))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("gone.txt");
  }
}
