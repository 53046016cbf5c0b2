package dev.zhnlp.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The standard streams a run of {@code zhnlp} uses; injected so that tests can supply their own. Immutable
 * holder; the streams themselves are not thread-safe.
 *
 * @param stdin standard input (raw bytes: decoding is the command's business)
 * @param stdout standard output (raw bytes: commands write UTF-8 and must notice a closed pipe)
 * @param err standard error, for one-line messages
 */
record Streams(InputStream stdin, OutputStream stdout, PrintWriter err) {}
