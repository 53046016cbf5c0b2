/**
 * Reading bytes as text: byte order marks, strict UTF-8, and detection of GB18030, Big5 and UTF-16, with the
 * choice and its confidence reported.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package dev.zhnlp.io;
