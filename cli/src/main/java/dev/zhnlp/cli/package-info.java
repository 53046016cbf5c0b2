/**
 * The {@code zhnlp} command: a thin picocli front end over zhnlp-core. No logic here that a library user would
 * also need.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package dev.zhnlp.cli;
