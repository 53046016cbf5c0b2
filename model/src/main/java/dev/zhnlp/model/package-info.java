/**
 * The plain records that zhnlp produces: immutable values with no dependency beyond the JDK, so that code
 * which only reads zhnlp output needs neither ICU4J nor OpenNLP.
 *
 * <p>Null policy: parameters and return values are non-null unless a member's documentation says otherwise.
 * Every type in this package is immutable and thread-safe.
 */
package dev.zhnlp.model;
