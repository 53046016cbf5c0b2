/**
 * Conversion between simplified and traditional Chinese, phrase-aware, with Taiwan and Hong Kong variants and
 * OpenCC-compatible conversion names; script detection.
 *
 * <p>Start with {@link dev.zhnlp.convert.Converter#of(Conversion)}. Null policy: parameters and return values are
 * non-null unless a member's documentation says otherwise.
 */
package dev.zhnlp.convert;
