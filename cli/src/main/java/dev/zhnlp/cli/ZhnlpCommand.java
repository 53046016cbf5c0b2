package dev.zhnlp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code zhnlp} command: holds the shared options and the subcommands. One instance per run;
 * not thread-safe.
 *
 * @since 0.1.0
 */
@Command(
    name = "zhnlp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Chinese policy news to clean text and structured data.",
      "",
      "Exit codes: 0 success, 1 an input could not be read or decoded, 2 usage error."
    },
    subcommands = {ConvertCommand.class, DetectCommand.class, CommandLine.HelpCommand.class})
public final class ZhnlpCommand implements Runnable {
  final Streams streams;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces with error messages.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  ZhnlpCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
