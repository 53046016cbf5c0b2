package dev.zhnlp.convert.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhnlp.convert.Dictionary;
import dev.zhnlp.convert.DictionaryFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenCC JSON configuration into a {@link Chain}. Stateless; each call reads its own files.
 *
 * <p>Understood: {@code name}, {@code segmentation} ({@code type} {@code "mmseg"} and a {@code dict}),
 * {@code conversion_chain} (a list of {@code {"dict": …}}), and dictionaries of {@code "type": "text"} (a
 * {@code file}) and {@code "group"} (a list of {@code dicts}, tried in order, the first with a match winning).
 * Anything else is an error that names the key and the file, rather than a silent fallback.
 */
public final class OpenCCConfigLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenCCConfigLoader() {}

  /** Loads the configuration at {@code config}. */
  public static Chain load(Path config) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(config));
    } catch (JsonProcessingException e) {
      throw new DictionaryFormatException(
          config + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new DictionaryFormatException(config + ": expected a JSON object");
    }
    checkKeys(root, Set.of("name", "segmentation", "conversion_chain"), config, "configuration");
    Path base = config.toAbsolutePath().getParent();
    Map<Path, CharTrie> cache = new HashMap<>();
    Matcher segmentation = null;
    JsonNode seg = root.get("segmentation");
    if (seg != null) {
      checkKeys(seg, Set.of("type", "dict"), config, "segmentation");
      String type = seg.path("type").asText("");
      if (!type.equals("mmseg")) {
        throw new DictionaryFormatException(config + ": segmentation type '" + type + "' not supported (mmseg)");
      }
      segmentation = dict(seg.get("dict"), base, config, cache);
    }
    JsonNode chainNode = root.get("conversion_chain");
    if (chainNode == null || !chainNode.isArray() || chainNode.isEmpty()) {
      throw new DictionaryFormatException(config + ": conversion_chain must be a non-empty list");
    }
    List<Matcher> stages = new ArrayList<>();
    for (JsonNode step : chainNode) {
      checkKeys(step, Set.of("dict"), config, "conversion_chain entry");
      stages.add(dict(step.get("dict"), base, config, cache));
    }
    return new Chain(segmentation, stages);
  }

  private static Matcher dict(JsonNode node, Path base, Path config, Map<Path, CharTrie> cache)
      throws IOException {
    if (node == null || !node.isObject()) {
      throw new DictionaryFormatException(config + ": expected a dict object");
    }
    String type = node.path("type").asText("");
    switch (type) {
      case "text":
        {
          checkKeys(node, Set.of("type", "file"), config, "text dict");
          String file = node.path("file").asText("");
          if (file.isEmpty()) {
            throw new DictionaryFormatException(config + ": text dict without a file");
          }
          Path path = base.resolve(file).normalize();
          CharTrie trie = cache.get(path);
          if (trie == null) {
            Dictionary d;
            try {
              d = Dictionary.fromTsv(path);
            } catch (NoSuchFileException e) {
              throw new NoSuchFileException(path.toString(), null, "dictionary named in " + config + " not found");
            }
            if (d.size() == 0) {
              throw new DictionaryFormatException(path + ": dictionary has no entries");
            }
            trie = CharTrie.compile(d.entries());
            cache.put(path, trie);
          }
          return trie;
        }
      case "group":
        {
          checkKeys(node, Set.of("type", "dicts"), config, "group dict");
          JsonNode dicts = node.get("dicts");
          if (dicts == null || !dicts.isArray() || dicts.isEmpty()) {
            throw new DictionaryFormatException(config + ": group dict needs a non-empty dicts list");
          }
          List<Matcher> members = new ArrayList<>();
          for (JsonNode d : dicts) {
            members.add(dict(d, base, config, cache));
          }
          return members.size() == 1 ? members.get(0) : new GroupMatcher(members);
        }
      case "ocd":
      case "ocd2":
        throw new DictionaryFormatException(
            config + ": binary dictionary " + node.path("file").asText("?") + " (type " + type
                + ") is not supported; point the config at the plain-text .txt dictionaries (type \"text\")");
      default:
        throw new DictionaryFormatException(config + ": unknown dict type '" + type + "'");
    }
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, Path config, String what)
      throws DictionaryFormatException {
    if (!node.isObject()) {
      throw new DictionaryFormatException(config + ": " + what + " must be a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new DictionaryFormatException(config + ": unknown key '" + key + "' in " + what);
      }
    }
  }
}
