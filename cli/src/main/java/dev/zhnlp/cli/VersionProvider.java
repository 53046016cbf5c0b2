package dev.zhnlp.cli;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Prints zhnlp's version and the versions of ICU4J and OpenNLP in use. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/zhnlp/cli/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
      "zhnlp " + p.getProperty("version", "unknown"),
      "ICU4J " + VersionInfo.ICU_VERSION,
      "OpenNLP " + opennlp.tools.util.Version.currentVersion(),
      "Java " + Runtime.version()
    };
  }
}
