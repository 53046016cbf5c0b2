package dev.zhnlp.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes: standard output, or a file written to a temporary sibling and renamed into place by
 * {@link #commit()}, so that a failed run never leaves a half-written file. Notices a closed pipe
 * ({@code zhnlp convert big.txt | head}) so the command can end quietly. One per run; not thread-safe.
 *
 * @since 0.1.0
 */
final class Output implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final GuardedStream stream;
  private final Writer writer;
  private boolean committed;

  private Output(Path target, Path temp, OutputStream raw) {
    this.target = target;
    this.temp = temp;
    this.stream = new GuardedStream(raw);
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Output to {@code file}, or to {@code stdout} when {@code file} is null. */
  static Output open(Path file, OutputStream stdout) throws IOException {
    if (file == null) {
      return new Output(null, null, new NonClosing(stdout));
    }
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new UsageException(file + ": output is a directory");
    }
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(file + ": output directory does not exist");
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    return new Output(abs, temp, Files.newOutputStream(temp));
  }

  Writer writer() {
    return writer;
  }

  /** Whether writing failed because the reader of standard output went away. */
  boolean brokenPipe() {
    return target == null && stream.failed;
  }

  /** Whether {@code e} came from writing (not from reading an input). */
  boolean failedWriting() {
    return stream.failed;
  }

  /** Flushes, and for a file renames the temporary file into place. */
  void commit() throws IOException {
    writer.flush();
    if (target != null) {
      writer.close();
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /**
   * {@link #commit()}s; returns false instead of failing when the reader of standard output has gone away
   * (the quiet end of {@code zhnlp … | head}).
   */
  boolean commitUnlessPipeClosed() throws IOException {
    try {
      commit();
      return true;
    } catch (IOException e) {
      if (brokenPipe()) {
        return false;
      }
      throw e;
    }
  }

  /** Closes; for a file that was not committed, deletes the temporary file. */
  @Override
  public void close() {
    try {
      if (target == null) {
        if (!stream.failed) {
          writer.flush();
        }
      } else if (!committed) {
        try {
          writer.close();
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      // nothing more to do: the command has already reported its outcome
    }
  }

  /** Records whether a write failed. */
  private static final class GuardedStream extends java.io.FilterOutputStream {
    boolean failed;

    GuardedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }

  /** Keeps the process's standard output open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
