package dev.zhnlp.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line descriptions of I/O failures, without Java class names. Stateless and thread-safe. */
final class Messages {
  private Messages() {}

  /** A short reason for {@code e} that names the file involved, for a {@code zhnlp: reason} line. */
  static String describeWithFile(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getFile() != null) {
      return ((FileSystemException) cause).getFile() + ": " + describe(cause);
    }
    return describe(cause);
  }

  /** A short reason for {@code e}, for a {@code zhnlp: FILE: reason} line (the caller names the file). */
  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof NoSuchFileException) {
      String reason = ((NoSuchFileException) e).getReason();
      return reason == null ? "no such file" : reason;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      return f.getReason() == null ? "cannot be read" : f.getReason();
    }
    if (e instanceof java.nio.charset.MalformedInputException
        || e instanceof java.nio.charset.UnmappableCharacterException) {
      return "invalid byte sequence for the input encoding (try --encoding)";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
