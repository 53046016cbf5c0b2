/**
 * Implementation of the conversion engine: compiled tries, dictionary groups, conversion chains, and the loaders
 * of the bundled data. Not API: types here may change without notice.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 */
package dev.zhnlp.convert.internal;
